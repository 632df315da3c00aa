package cn.qinglian.ui.internal.editing;

import java.util.ArrayList;
import java.util.List;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/** The units and posts of an organisation in tree order (depth first), for pickers. */
public final class OrganisationContents {

    private OrganisationContents() {
    }

    public static List<Unit> units(Organisation organisation) {
        List<Unit> units = new ArrayList<>();
        organisation.getUnits().forEach(unit -> collect(unit, units));
        return units;
    }

    public static List<Post> posts(Organisation organisation) {
        List<Post> posts = new ArrayList<>();
        units(organisation).forEach(unit -> posts.addAll(unit.getPosts()));
        return posts;
    }

    /** Every unit followed by its posts: what a reporting line may connect. */
    public static List<Party> parties(Organisation organisation) {
        List<Party> parties = new ArrayList<>();
        for (Unit unit : units(organisation)) {
            parties.add(unit);
            parties.addAll(unit.getPosts());
        }
        return parties;
    }

    private static void collect(Unit unit, List<Unit> units) {
        units.add(unit);
        unit.getChildren().forEach(child -> collect(child, units));
    }
}
