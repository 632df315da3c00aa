package cn.qinglian.core.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Tenure;

/**
 * {@value #ID}: a tenure does not end before it starts, and nobody holds two HEAD posts at overlapping
 * times (tenures are half-open, so a tenure ending on the day the next one starts does not overlap).
 */
public final class TenureDatesRule extends BuiltInRule {

    public static final String ID = "tenure.dates";

    /** The end lies before the start; data: the tenure, its person, its post. */
    public static final int END_BEFORE_START = 1;
    /** Two HEAD posts held at overlapping times; data: the person, the earlier tenure, the later one. */
    public static final int OVERLAPPING_HEADS = 2;

    public TenureDatesRule() {
        super(ID, Diagnostic.ERROR);
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        for (Person person : organisation.getPeople()) {
            List<Tenure> heads = new ArrayList<>(1);
            for (Tenure tenure : person.getTenures()) {
                if (tenure.getStart() == null) {
                    continue;
                }
                if (tenure.getEnd() != null && tenure.getEnd().isBefore(tenure.getStart())) {
                    context.report(END_BEFORE_START,
                            message(context, "endBeforeStart", tenure, tenure.getStart(), tenure.getEnd()), tenure,
                            person, tenure.getPost());
                } else if (tenure.getPost() != null && tenure.getPost().getRole() == PostRole.HEAD) {
                    heads.add(tenure);
                }
            }
            if (heads.size() > 1) {
                reportOverlaps(person, heads, context);
            }
        }
    }

    private void reportOverlaps(Person person, List<Tenure> heads, RuleContext context) {
        heads.sort((a, b) -> a.getStart().compareTo(b.getStart()));
        for (int i = 0; i < heads.size(); i++) {
            for (int j = i + 1; j < heads.size(); j++) {
                Tenure earlier = heads.get(i);
                Tenure later = heads.get(j);
                if (earlier.getPost() != later.getPost() && overlap(earlier, later)) {
                    context.report(OVERLAPPING_HEADS,
                            message(context, "overlappingHeads", person, earlier, later), person, earlier, later);
                }
            }
        }
    }

    private static boolean overlap(Tenure earlier, Tenure later) {
        LocalDate end = earlier.getEnd();
        return end == null || later.getStart().isBefore(end);
    }
}
