package cn.qinglian.award.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;

/** The hall of honour (荣誉榜): every award won, newest period first, for the whole book, a unit or a person. */
public final class HallOfHonour {

    /** One award won. */
    public record Honour(String period, String award, Unit unit, Person winner, Election election) {
    }

    private HallOfHonour() {
    }

    public static List<Honour> all(AwardBook book) {
        List<Honour> honours = new ArrayList<>();
        for (Election election : book.getElections()) {
            if (election.getDecision() != null) {
                for (Person winner : election.getDecision().getWinners()) {
                    honours.add(new Honour(election.getPeriod(), election.getAwardType().getName(), election.getScope(),
                            winner, election));
                }
            }
        }
        honours.sort(Comparator.comparing((Honour h) -> h.election().getPeriodStart(),
                Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder())));
        return honours;
    }

    /** The awards of elections held in {@code unit} or below it. */
    public static List<Honour> ofUnit(AwardBook book, Unit unit) {
        return all(book).stream().filter(h -> h.unit() != null && Units.isWithin(h.unit(), unit)).toList();
    }

    public static List<Honour> ofPerson(AwardBook book, Person person) {
        return all(book).stream().filter(h -> h.winner() == person).toList();
    }
}
