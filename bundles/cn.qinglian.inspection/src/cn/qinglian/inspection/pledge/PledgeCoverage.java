package cn.qinglian.inspection.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.Units;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * Coverage of the "十不" pledge: who is in scope (holds a post on the day in a unit of one of the current
 * pledge's unit kinds, or below such a unit), who signed the current version, who has not.
 */
public final class PledgeCoverage {

    /** The result: people in scope, in roster order, and those among them without a signature of the current version. */
    public record Coverage(Pledge current, List<Person> inScope, List<Person> signed, List<Person> unsigned) {
    }

    private PledgeCoverage() {
    }

    /** The pledge with the highest version, if any. */
    public static Optional<Pledge> current(InspectionRoot root) {
        return root.getPledges().stream().max(Comparator.comparingInt(Pledge::getVersion));
    }

    public static Coverage of(InspectionRoot root, Organisation organisation, LocalDate asOf) {
        Optional<Pledge> current = current(root);
        if (current.isEmpty()) {
            return new Coverage(null, List.of(), List.of(), List.of());
        }
        Pledge pledge = current.get();
        Set<Person> scope = new LinkedHashSet<>();
        for (Unit unit : OrganisationIndex.of(organisation).units()) {
            if (inScope(unit, pledge)) {
                for (Post post : unit.getPosts()) {
                    scope.addAll(Posts.holders(post, asOf));
                }
            }
        }
        Set<Person> signers = new HashSet<>();
        for (PledgeSignature signature : root.getSignatures()) {
            if (signature.getPledge() == pledge && signature.getPerson() != null) {
                signers.add(signature.getPerson());
            }
        }
        List<Person> inScope = organisation.getPeople().stream().filter(scope::contains).toList();
        List<Person> signed = new ArrayList<>();
        List<Person> unsigned = new ArrayList<>();
        for (Person person : inScope) {
            (signers.contains(person) ? signed : unsigned).add(person);
        }
        return new Coverage(pledge, inScope, signed, unsigned);
    }

    private static boolean inScope(Unit unit, Pledge pledge) {
        for (Unit u : Units.ancestorsOrSelf(unit)) {
            if (pledge.getScope().contains(u.getKind())) {
                return true;
            }
        }
        return false;
    }
}
