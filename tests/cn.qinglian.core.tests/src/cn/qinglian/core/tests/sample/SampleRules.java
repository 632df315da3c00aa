package cn.qinglian.core.tests.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import cn.qinglian.model.ChargeAssignment;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Report;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * The rules the sample must keep, checked here with small code of our own (the real validation rules
 * are written elsewhere). Each method returns the violations it found, as readable lines.
 *
 * <p>The head of a unit is its HEAD post; a section's head is its SECTION_HEAD post. A staff post is a
 * STAFF or ENFORCEMENT_OFFICER post.
 */
final class SampleRules {

    static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

    private final Organisation organisation;
    private final List<Unit> units = new ArrayList<>();

    SampleRules(Organisation organisation) {
        this.organisation = organisation;
        for (TreeIterator<EObject> it = organisation.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Unit unit) {
                units.add(unit);
            } else {
                it.prune();
            }
        }
    }

    List<Unit> units() {
        return units;
    }

    static boolean isCurrent(Tenure tenure) {
        return tenure.getEnd() == null;
    }

    static boolean holdsOn(Tenure tenure, LocalDate day) {
        return !tenure.getStart().isAfter(day) && (tenure.getEnd() == null || !tenure.getEnd().isBefore(day));
    }

    static boolean isHeadOf(Post post, Unit unit) {
        PostRole head = unit.getKind() == UnitKind.SECTION ? PostRole.SECTION_HEAD : PostRole.HEAD;
        return post.getUnit() == unit && post.getRole() == head;
    }

    static boolean isStaffPost(Post post) {
        return post.getRole() == PostRole.STAFF || post.getRole() == PostRole.ENFORCEMENT_OFFICER;
    }

    /** People with a current post in a street or town, its sections, stations or village committees. */
    long pledgeSigners() {
        return organisation.getPeople().stream().filter(p -> p.getTenures().stream()
                .anyMatch(t -> isCurrent(t) && ancestorOfKind(t.getPost().getUnit(), UnitKind.STREET) != null)).count();
    }

    static Unit ancestorOfKind(Unit unit, UnitKind kind) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            if (u.getKind() == kind) {
                return u;
            }
        }
        return null;
    }

    /** Days a tenure lasted, up to the sample's day for a current one. */
    static long days(Tenure tenure) {
        return ChronoUnit.DAYS.between(tenure.getStart(), tenure.getEnd() == null ? AS_OF : tenure.getEnd()) + 1;
    }

    List<String> oneCurrentHeadPerUnitWithPosts() {
        List<String> problems = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.getPosts().isEmpty()) {
                continue;
            }
            long heads = unit.getPosts().stream().filter(p -> isHeadOf(p, unit))
                    .flatMap(p -> p.getTenures().stream()).filter(SampleRules::isCurrent).count();
            if (heads != 1) {
                problems.add(unit.getName() + " has " + heads + " current heads");
            }
        }
        return problems;
    }

    List<String> tenuresWellFormed() {
        List<String> problems = new ArrayList<>();
        for (Person person : organisation.getPeople()) {
            List<Tenure> tenures = person.getTenures();
            if (tenures.isEmpty() || tenures.size() > 4) {
                problems.add(person.getPersonId() + " has " + tenures.size() + " tenures");
            }
            for (int i = 0; i < tenures.size(); i++) {
                Tenure tenure = tenures.get(i);
                if (tenure.getEnd() != null && tenure.getEnd().isBefore(tenure.getStart())) {
                    problems.add(person.getPersonId() + " ends a tenure before it starts");
                }
                if (i > 0 && !tenures.get(i - 1).getEnd().isBefore(tenure.getStart())) {
                    problems.add(person.getPersonId() + " holds two posts at once: " + tenures.get(i - 1).getPost().getName()
                            + " and " + tenure.getPost().getName());
                }
                if (i < tenures.size() - 1 && tenure.getEnd() == null) {
                    problems.add(person.getPersonId() + " has a current tenure that is not the last");
                }
            }
        }
        return problems;
    }

    /** Posts one person holds at a time never have two holders on the same day. */
    List<String> singlePostsNeverShared() {
        List<String> problems = new ArrayList<>();
        for (Unit unit : units) {
            for (Post post : unit.getPosts()) {
                if (isStaffPost(post)) {
                    continue;
                }
                List<Tenure> tenures = new ArrayList<>(post.getTenures());
                tenures.sort((a, b) -> a.getStart().compareTo(b.getStart()));
                for (int i = 1; i < tenures.size(); i++) {
                    Tenure before = tenures.get(i - 1);
                    if (before.getEnd() == null || !before.getEnd().isBefore(tenures.get(i).getStart())) {
                        problems.add(unit.getName() + " " + post.getName() + " held by two people at once");
                    }
                }
            }
        }
        return problems;
    }

    List<String> stationsHaveDepartmentAndLeader() {
        List<String> problems = new ArrayList<>();
        Set<Unit> charged = new HashSet<>();
        for (ChargeAssignment charge : organisation.getChargeAssignments()) {
            if (charge.getEnd() == null) {
                charged.addAll(charge.getUnits());
            }
        }
        for (Unit unit : units) {
            if (unit.getKind() != UnitKind.STATION) {
                continue;
            }
            if (unit.getCompetentDepartment() == null || unit.getCompetentDepartment().getKind() != UnitKind.DEPARTMENT) {
                problems.add(unit.getName() + " has no competent department");
            }
            boolean covered = false;
            for (Unit u = unit; u != null && !covered; u = u.getParent()) {
                covered = charged.contains(u);
            }
            if (!covered) {
                problems.add(unit.getName() + " has no leader in charge");
            }
        }
        return problems;
    }

    List<String> noCycleAmongNonMutualLines() {
        Map<Party, List<Party>> next = new HashMap<>();
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() != ReportingKind.MUTUAL) {
                next.computeIfAbsent(line.getFrom(), p -> new ArrayList<>()).add(line.getTo());
            }
        }
        Map<Party, Integer> state = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Party start : next.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<Party> stack = new ArrayDeque<>();
            Deque<Integer> positions = new ArrayDeque<>();
            stack.push(start);
            positions.push(0);
            state.put(start, 1);
            while (!stack.isEmpty()) {
                Party top = stack.peek();
                int position = positions.pop();
                List<Party> targets = next.getOrDefault(top, List.of());
                if (position == targets.size()) {
                    state.put(stack.pop(), 2);
                    continue;
                }
                positions.push(position + 1);
                Party target = targets.get(position);
                Integer seen = state.get(target);
                if (seen == null) {
                    state.put(target, 1);
                    stack.push(target);
                    positions.push(0);
                } else if (seen == 1) {
                    problems.add("cycle through " + target.getName());
                }
            }
        }
        return problems;
    }

    List<String> mutualLinesJoinHeadAndLeadershipMember() {
        List<String> problems = new ArrayList<>();
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() != ReportingKind.MUTUAL) {
                continue;
            }
            if (!(line.getFrom() instanceof Post from) || !(line.getTo() instanceof Post to)) {
                problems.add("mutual line between units");
                continue;
            }
            boolean pair = from.getUnit() == to.getUnit()
                    && (from.getRole() == PostRole.HEAD && to.getRole() == PostRole.LEADERSHIP_MEMBER
                            || from.getRole() == PostRole.LEADERSHIP_MEMBER && to.getRole() == PostRole.HEAD);
            if (!pair) {
                problems.add("mutual line " + from.getName() + " - " + to.getName());
            }
        }
        return problems;
    }

    /** Every staff post reaches, by internal lines only, its own unit's head and the HEAD of the unit above its sections. */
    List<String> staffPostsReachTheirHeads() {
        Map<Party, List<Party>> internal = new HashMap<>();
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() == ReportingKind.INTERNAL) {
                internal.computeIfAbsent(line.getFrom(), p -> new ArrayList<>()).add(line.getTo());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Unit unit : units) {
            for (Post post : unit.getPosts()) {
                if (!isStaffPost(post)) {
                    continue;
                }
                Set<Party> reached = reachable(post, internal);
                Unit above = unit;
                while (above.getKind() == UnitKind.SECTION) {
                    above = above.getParent();
                }
                if (!reachesHeadOf(reached, unit) || !reachesHeadOf(reached, above)) {
                    problems.add(unit.getName() + " " + post.getName() + " does not reach its head");
                }
            }
        }
        return problems;
    }

    private static boolean reachesHeadOf(Set<Party> reached, Unit unit) {
        return reached.stream().anyMatch(p -> p instanceof Post post && isHeadOf(post, unit));
    }

    private static Set<Party> reachable(Party from, Map<Party, List<Party>> next) {
        Set<Party> seen = new HashSet<>();
        Deque<Party> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            for (Party target : next.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(target)) {
                    todo.push(target);
                }
            }
        }
        return seen;
    }

    /** The reporter held the line's "from" end on the day (a unit by its head), the recipient its "to" end. */
    List<String> reportsMatchLineEndsAndTenures() {
        List<String> problems = new ArrayList<>();
        for (Report report : organisation.getReports()) {
            ReportingLine line = report.getLine();
            if (!stoodFor(report.getReporter(), line.getFrom(), report.getDate())
                    || !stoodFor(report.getRecipient(), line.getTo(), report.getDate())) {
                problems.add("report " + report.getTopic() + " of " + report.getDate() + " by "
                        + report.getReporter().getName() + " to " + report.getRecipient().getName());
            }
        }
        return problems;
    }

    private static boolean stoodFor(Person person, Party party, LocalDate day) {
        for (Tenure tenure : person.getTenures()) {
            if (!holdsOn(tenure, day)) {
                continue;
            }
            Post post = tenure.getPost();
            if (post == party || party instanceof Unit unit && isHeadOf(post, unit)) {
                return true;
            }
        }
        return false;
    }
}
