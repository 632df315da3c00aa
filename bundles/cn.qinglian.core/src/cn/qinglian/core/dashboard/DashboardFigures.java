package cn.qinglian.core.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qinglian.core.preferences.ReportingPeriod;
import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.ReportCompleteness;
import cn.qinglian.core.query.ReportGap;
import cn.qinglian.core.query.ReportPeriod;
import cn.qinglian.core.query.TenureLengths;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * The figures of the dashboard (概览) of an organisation on a date, each with the objects it counts.
 * Reports are counted as report periods: a monthly line expects three in a quarter; a period is done
 * when the line has a report dated in it ({@link ReportCompleteness}).
 */
public final class DashboardFigures {

    private final Map<FigureKind, Figure> figures;
    private final ReportPeriod period;
    private final LocalDate asOf;

    private DashboardFigures(Map<FigureKind, Figure> figures, ReportPeriod period, LocalDate asOf) {
        this.figures = figures;
        this.period = period;
        this.asOf = asOf;
    }

    /**
     * The figures on {@code asOf}, the rotation alert at {@code rotationYears} in one post, reports over
     * {@code [from, to]}.
     */
    public static DashboardFigures compute(Organisation organisation, LocalDate asOf, int rotationYears,
            LocalDate from, LocalDate to) {
        OrganisationIndex index = OrganisationIndex.of(organisation);
        Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
        figures.put(FigureKind.UNITS, Figure.of(FigureKind.UNITS, index.units()));
        figures.put(FigureKind.STAFF, Figure.of(FigureKind.STAFF, staff(organisation, asOf)));
        figures.put(FigureKind.VACANT_POSTS, Figure.of(FigureKind.VACANT_POSTS, vacantPosts(index, asOf)));
        figures.put(FigureKind.HEADS_MISSING, Figure.of(FigureKind.HEADS_MISSING, headsMissing(index, asOf)));
        figures.put(FigureKind.LONG_IN_POST,
                Figure.of(FigureKind.LONG_IN_POST, longInPost(organisation, asOf, rotationYears)));
        addReports(figures, index, from, to);
        return new DashboardFigures(figures, new ReportPeriod(from, to), asOf);
    }

    /** The calendar period of length {@code length} containing {@code date}. */
    public static ReportPeriod periodContaining(ReportingPeriod length, LocalDate date) {
        int months = length.months();
        LocalDate first = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / months * months + 1, 1);
        return new ReportPeriod(first, first.plusMonths(months).minusDays(1));
    }

    public Figure get(FigureKind kind) {
        return figures.get(kind);
    }

    /** All figures in the order of {@link FigureKind}. */
    public List<Figure> all() {
        return List.copyOf(figures.values());
    }

    /** The period the report figures count. */
    public ReportPeriod period() {
        return period;
    }

    /**
     * For every unit of one of {@code kinds} (in document order), how many of the staff hold a post in it
     * or in a unit below it on the date.
     */
    public Map<Unit, Integer> staffPerUnit(Set<UnitKind> kinds) {
        Map<Unit, Integer> counts = new LinkedHashMap<>();
        for (Object object : get(FigureKind.UNITS).objects()) {
            Unit unit = (Unit) object;
            if (kinds.contains(unit.getKind())) {
                counts.put(unit, 0);
            }
        }
        // one pass over the staff: each person counts once in every counted unit at or above a post held
        for (Object object : get(FigureKind.STAFF).objects()) {
            Set<Unit> counted = new HashSet<>();
            for (Tenure tenure : ((Person) object).getTenures()) {
                if (!Dated.isCurrent(tenure, asOf) || tenure.getPost() == null) {
                    continue;
                }
                for (Unit unit = tenure.getPost().getUnit(); unit != null; unit = unit.getParent()) {
                    if (counts.containsKey(unit) && counted.add(unit)) {
                        counts.merge(unit, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static List<Person> staff(Organisation organisation, LocalDate asOf) {
        List<Person> staff = new ArrayList<>();
        for (Person person : organisation.getPeople()) {
            if (person.getTenures().stream().anyMatch(tenure -> Dated.isCurrent(tenure, asOf))) {
                staff.add(person);
            }
        }
        return staff;
    }

    private static List<Post> vacantPosts(OrganisationIndex index, LocalDate asOf) {
        return index.posts().stream().filter(post -> Posts.currentTenures(post, asOf).isEmpty()).toList();
    }

    private static List<Unit> headsMissing(OrganisationIndex index, LocalDate asOf) {
        List<Unit> missing = new ArrayList<>();
        for (Unit unit : index.units()) {
            if (unit.getKind() != UnitKind.SECTION && !unit.getPosts().isEmpty() && Units.headPosts(unit)
                    .stream().allMatch(head -> Posts.currentTenures(head, asOf).isEmpty())) {
                missing.add(unit);
            }
        }
        return missing;
    }

    private static List<Tenure> longInPost(Organisation organisation, LocalDate asOf, int years) {
        List<Tenure> tenures = new ArrayList<>();
        for (Person person : organisation.getPeople()) {
            Set<Post> counted = new HashSet<>(2);
            for (Tenure tenure : person.getTenures()) {
                // one entry per person and post, even when the person holds the post twice at once
                if (tenure.getPost() != null && Dated.isCurrent(tenure, asOf) && !counted.contains(tenure.getPost())
                        && TenureLengths.inPost(person, tenure.getPost(), asOf).atLeastYears(years, asOf)) {
                    counted.add(tenure.getPost());
                    tenures.add(tenure);
                }
            }
        }
        return tenures;
    }

    private static void addReports(Map<FigureKind, Figure> figures, OrganisationIndex index, LocalDate from,
            LocalDate to) {
        int expected = 0;
        List<ReportingLine> expecting = new ArrayList<>();
        for (ReportingLine line : index.organisation().getReportingLines()) {
            int periods = ReportCompleteness.expectedPeriods(line.getCadence(), from, to).size();
            if (periods > 0) {
                expected += periods;
                expecting.add(line);
            }
        }
        List<ReportGap> gaps = new ReportCompleteness(index).missingReports(from, to);
        int missing = gaps.stream().mapToInt(gap -> gap.missing().size()).sum();
        List<Report> reports = index.organisation().getReports().stream()
                .filter(report -> report.getDate() != null && !report.getDate().isBefore(from)
                        && !report.getDate().isAfter(to))
                .toList();
        figures.put(FigureKind.REPORTS_DONE, new Figure(FigureKind.REPORTS_DONE, expected - missing,
                List.copyOf(reports)));
        figures.put(FigureKind.REPORTS_EXPECTED, new Figure(FigureKind.REPORTS_EXPECTED, expected,
                List.copyOf(expecting)));
        figures.put(FigureKind.REPORTS_MISSING, new Figure(FigureKind.REPORTS_MISSING, missing,
                gaps.stream().map(ReportGap::line).map(Object.class::cast).toList()));
    }
}
