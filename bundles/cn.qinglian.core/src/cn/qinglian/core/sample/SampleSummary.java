package cn.qinglian.core.sample;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * What an organisation holds, counted.
 *
 * @param currentStaff people with a current tenure
 * @param pledgeSigners people with a current tenure in a street or town, its stations, sections or
 *        village committees: those who sign the "十不" pledge
 */
public record SampleSummary(int districts, int units, int posts, int people, int currentStaff, int pledgeSigners,
        int tenures, int chargeAssignments, int reportingLines, int reports, int copyNotices) {

    public static SampleSummary of(Organisation organisation) {
        int districts = 0;
        int units = 0;
        int posts = 0;
        for (TreeIterator<EObject> it = organisation.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof Unit unit) {
                units++;
                posts += unit.getPosts().size();
                districts += unit.getKind() == UnitKind.DISTRICT ? 1 : 0;
            } else if (!(object instanceof Post)) {
                it.prune();
            }
        }
        int current = 0;
        int signers = 0;
        int tenures = 0;
        for (Person person : organisation.getPeople()) {
            tenures += person.getTenures().size();
            Tenure now = person.getTenures().stream().filter(t -> t.getEnd() == null).findFirst().orElse(null);
            if (now != null) {
                current++;
                signers += inStreet(now.getPost().getUnit()) ? 1 : 0;
            }
        }
        return new SampleSummary(districts, units, posts, organisation.getPeople().size(), current, signers, tenures,
                organisation.getChargeAssignments().size(), organisation.getReportingLines().size(),
                organisation.getReports().size(), organisation.getCopyNotices().size());
    }

    private static boolean inStreet(Unit unit) {
        for (Unit u = unit; u != null; u = u.getParent()) {
            if (u.getKind() == UnitKind.STREET) {
                return true;
            }
        }
        return false;
    }
}
