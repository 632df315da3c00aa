package cn.qinglian.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;

/** Who holds a post on a date. */
public final class Posts {

    private Posts() {
    }

    /** The tenures of {@code post} held on {@code asOf}, in document order. */
    public static List<Tenure> currentTenures(Post post, LocalDate asOf) {
        List<Tenure> current = new ArrayList<>(1);
        for (Tenure tenure : post.getTenures()) {
            if (Dated.isCurrent(tenure, asOf)) {
                current.add(tenure);
            }
        }
        return current;
    }

    /** The people holding {@code post} on {@code asOf}, each once. */
    public static List<Person> holders(Post post, LocalDate asOf) {
        Set<Person> holders = new LinkedHashSet<>();
        for (Tenure tenure : currentTenures(post, asOf)) {
            if (tenure.getPerson() != null) {
                holders.add(tenure.getPerson());
            }
        }
        return List.copyOf(holders);
    }
}
