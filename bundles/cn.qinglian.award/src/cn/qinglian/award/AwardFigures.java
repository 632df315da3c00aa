package cn.qinglian.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.output.HallOfHonour;
import cn.qinglian.core.dashboard.ContributedFigure;
import cn.qinglian.core.dashboard.FigureSource;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.model.Person;

/**
 * The award module's cards in the overview: elections not decided yet (the elections), and the awards
 * won in the year of the day shown (the winners).
 */
public final class AwardFigures implements FigureSource {

    @Override
    public List<ContributedFigure> figures(cn.qinglian.model.Organisation organisation, LocalDate asOf, Locale locale) {
        AwardBook book = WorkspaceParts.rootOf(organisation, AwardBook.class).orElse(null);
        if (book == null) {
            return List.of();
        }
        List<Election> open = book.getElections().stream().filter(e -> e.getStatus() != ElectionStatus.DECIDED).toList();
        List<Person> winners = HallOfHonour.all(book).stream()
                .filter(h -> h.election().getPeriodStart() != null && h.election().getPeriodStart().getYear() == asOf.getYear())
                .map(HallOfHonour.Honour::winner).toList();
        return List.of(
                new ContributedFigure("award.open-elections", AwardMessages.format(locale, "figure.openElections"),
                        open.size(), List.copyOf(open)),
                new ContributedFigure("award.winners-this-year",
                        AwardMessages.format(locale, "figure.winnersThisYear", String.valueOf(asOf.getYear())),
                        winners.size(), List.copyOf(winners)));
    }
}
