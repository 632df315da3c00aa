package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/** Who works in a unit and everything below it on a date. */
public final class Staffing {

    private Staffing() {
    }

    /**
     * The tenures held on {@code asOf} in the posts of {@code unit} and of every unit below it: units
     * parents first, posts and tenures in document order.
     */
    public static List<Tenure> currentTenures(Unit unit, LocalDate asOf) {
        List<Tenure> tenures = new ArrayList<>();
        for (Unit u : Units.subtree(unit)) {
            for (Post post : u.getPosts()) {
                tenures.addAll(Posts.currentTenures(post, asOf));
            }
        }
        return tenures;
    }

    /** The people of {@link #currentTenures(Unit, LocalDate)}, each once, in the same order. */
    public static List<Person> staff(Unit unit, LocalDate asOf) {
        Set<Person> people = new LinkedHashSet<>();
        for (Tenure tenure : currentTenures(unit, asOf)) {
            if (tenure.getPerson() != null) {
                people.add(tenure.getPerson());
            }
        }
        return List.copyOf(people);
    }
}
