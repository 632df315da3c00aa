package cn.qinglian.inspection.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/** The units, posts and people of an organisation the inspection sample draws from, in document order. */
final class SamplePools {

    final List<Unit> stations = new ArrayList<>();
    final List<Unit> associations = new ArrayList<>();
    /** Held non-head posts in stations (and their sections): who findings and complaints are about. */
    final List<Post> frontlinePosts = new ArrayList<>();
    /** Enforcement officers (or station staff) with their post: who files enterprise inspections. */
    final List<Post> officerPosts = new ArrayList<>();
    /** People of the discipline commission and departments: inspection teams, liaison service teams. */
    final List<Person> inspectors = new ArrayList<>();
    /** Everyone holding a post anywhere. */
    final List<Person> holders = new ArrayList<>();
    private final LocalDate asOf;

    SamplePools(Organisation organisation, LocalDate asOf) {
        this.asOf = asOf;
        Set<Person> inspectorSet = new LinkedHashSet<>();
        Set<Person> holderSet = new LinkedHashSet<>();
        for (Unit unit : OrganisationIndex.of(organisation).units()) {
            if (unit.getKind() == UnitKind.STATION) {
                stations.add(unit);
            } else if (unit.getKind() == UnitKind.ASSOCIATION) {
                associations.add(unit);
            }
            Unit station = stationOf(unit);
            boolean district = isDistrictBody(unit);
            for (Post post : unit.getPosts()) {
                List<Person> people = Posts.holders(post, asOf);
                holderSet.addAll(people);
                if (people.isEmpty()) {
                    continue;
                }
                if (station != null && post.getRole() != PostRole.HEAD) {
                    frontlinePosts.add(post);
                    if (post.getRole() == PostRole.ENFORCEMENT_OFFICER || post.getRole() == PostRole.STAFF) {
                        officerPosts.add(post);
                    }
                }
                if (district && post.getRole() != PostRole.HEAD) {
                    inspectorSet.addAll(people);
                }
            }
        }
        inspectors.addAll(inspectorSet);
        holders.addAll(holderSet);
    }

    Person holder(Post post) {
        List<Person> people = Posts.holders(post, asOf);
        return people.isEmpty() ? null : people.get(0);
    }

    private static Unit stationOf(Unit unit) {
        for (Unit u : Units.ancestorsOrSelf(unit)) {
            if (u.getKind() == UnitKind.STATION) {
                return u;
            }
        }
        return null;
    }

    private static boolean isDistrictBody(Unit unit) {
        for (Unit u : Units.ancestorsOrSelf(unit)) {
            if (u.getKind() == UnitKind.LEADERSHIP_BODY || u.getKind() == UnitKind.DEPARTMENT) {
                return true;
            }
        }
        return false;
    }
}
