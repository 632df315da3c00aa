package cn.qinglian.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import cn.qinglian.award.election.ElectionCommands;
import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionRefused;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.election.Elections;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.rules.BuiltInEligibilityRules;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.award.scoring.criteria.BuiltInScoringCriteria;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.Staffing;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * Past elections for a sample organisation, the same every time for the same organisation: 每月之星 of
 * September to November 2019 in the first {@value #STATIONS} stations with at least
 * {@value #MIN_STAFF} staff, and 业务标兵 (季度) of 2019-Q3 in the first street. Each runs through the
 * real steps (nominations by colleagues and the head, capped votes, decision on the ranking of the
 * built-in rules and criteria); the November elections re-nominate September's winner, whom the rule
 * {@code award.no-repeat} excludes.
 */
public final class AwardSample {

    static final int STATIONS = 3;
    static final int MIN_STAFF = 6;
    /** Votes of the first staff members only, so the shipped file stays small. */
    static final int MAX_VOTERS = 12;
    private static final LocalDate FIRST_MONTH = LocalDate.of(2019, 9, 1);
    private static final int MONTHS = 3;
    private static final String[] REASONS = {
        "主动上门服务企业，办事效率高，群众评价好",
        "执法规范文明，全年无投诉",
        "牵头完成专项整治任务，加班加点不计报酬",
        "廉洁自律，拒收企业礼品并主动报告",
        "带头落实“十不”承诺，业务考核名列前茅",
        "耐心细致化解矛盾纠纷，多次受到群众书面表扬",
    };

    private final Organisation organisation;
    private final Locale locale = Locale.SIMPLIFIED_CHINESE;
    private final ElectionEvaluation evaluation = new ElectionEvaluation(
            new Eligibility(BuiltInEligibilityRules.all()), new Scoring(BuiltInScoringCriteria.all()));
    private final BasicCommandStack stack = new BasicCommandStack();
    private final ElectionCommands commands;
    private int nextId;

    public AwardSample(Organisation organisation) {
        this.organisation = organisation;
        this.commands = new ElectionCommands(new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack),
                locale, () -> StandardAwardTypes.id(organisation.getId() + "/award/sample/" + nextId++));
    }

    public void fill(AwardBook book) {
        AwardType monthly = book.getAwardTypes().get(0);
        List<Unit> stations = units(UnitKind.STATION).stream()
                .filter(station -> Staffing.staff(station, FIRST_MONTH).size() >= MIN_STAFF).limit(STATIONS).toList();
        for (int month = 0; month < MONTHS; month++) {
            for (Unit station : stations) {
                run(book, monthly, station, FIRST_MONTH.plusMonths(month), month);
            }
        }
        units(UnitKind.STREET).stream().findFirst()
                .ifPresent(street -> run(book, book.getAwardTypes().get(1), street, FIRST_MONTH, 0));
    }

    private void run(AwardBook book, AwardType type, Unit scope, LocalDate dayInPeriod, int round) {
        Election election = Elections.create(type, scope, dayInPeriod, nextId());
        SplittableRandom random = new SplittableRandom(election.getId().hashCode());
        List<Person> staff = Staffing.staff(scope, election.getPeriodEnd());
        if (staff.size() < MIN_STAFF) {
            return; // too few people for an election (a generated organisation may have such units)
        }
        Person head = Units.headPost(scope, election.getPeriodEnd()).flatMap(post -> Posts.holders(post, election.getPeriodEnd())
                .stream().findFirst()).orElse(staff.get(0));
        List<Person> colleagues = staff.stream().filter(person -> person != head).toList();
        try {
            execute(commands.open(book, election, election.getNominationOpens()));
            List<Person> nominees = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                nominees.add(colleagues.get((round * 3 + k * 2) % colleagues.size()));
            }
            if (round == MONTHS - 1) {
                firstWinner(book, type, scope).filter(winner -> !nominees.contains(winner) && winner != head)
                        .ifPresent(nominees::add);
            }
            LocalDate day = election.getNominationOpens();
            for (int i = 0; i < nominees.size(); i++) {
                Person nominee = nominees.get(i);
                boolean byHead = i == 0;
                Person nominator = byHead ? head : colleagues.get((colleagues.indexOf(nominee) + 1) % colleagues.size());
                execute(commands.nominate(election, nominee, nominator, byHead ? NominationKind.LEADER
                        : NominationKind.COLLEAGUE, REASONS[random.nextInt(REASONS.length)], day.plusDays(i)));
            }
            execute(commands.closeNominations(election, election.getNominationCloses()));
            for (Person voter : staff.subList(0, Math.min(staff.size(), MAX_VOTERS))) {
                int votes = 1 + random.nextInt(type.getVotesPerVoter());
                List<Person> choices = new ArrayList<>(nominees);
                choices.remove(voter);
                for (int v = 0; v < votes && !choices.isEmpty(); v++) {
                    Person choice = choices.remove(random.nextInt(choices.size()));
                    execute(commands.vote(election, voter, choice, election.getVotingOpens().plusDays(random.nextInt(7))));
                }
            }
            ElectionResult result = evaluation.evaluate(organisation, book, election, locale);
            if (result.ranking().isEmpty()) {
                return;
            }
            execute(commands.decide(result, scope.getKind() == UnitKind.STATION ? "站所班子会议" : "街道党工委会议",
                    election.getVotingCloses().plusDays(1)));
        } catch (ElectionRefused e) {
            throw new IllegalStateException("the award sample breaks a rule of the election steps: " + e.getMessage(), e);
        }
    }

    /** The first winner of the first sample period's election of {@code type} in {@code scope}. */
    private static java.util.Optional<Person> firstWinner(AwardBook book, AwardType type, Unit scope) {
        return book.getElections().stream()
                .filter(e -> e.getAwardType() == type && e.getScope() == scope && FIRST_MONTH.equals(e.getPeriodStart())
                        && e.getDecision() != null && !e.getDecision().getWinners().isEmpty())
                .map(e -> e.getDecision().getWinners().get(0)).findFirst();
    }

    private void execute(Command command) {
        stack.execute(command);
    }

    private String nextId() {
        return StandardAwardTypes.id(organisation.getId() + "/award/sample/" + nextId++);
    }

    private List<Unit> units(UnitKind kind) {
        List<Unit> found = new ArrayList<>();
        for (Unit top : organisation.getUnits()) {
            Units.subtree(top).stream().filter(unit -> unit.getKind() == kind).forEach(found::add);
        }
        return found;
    }
}
