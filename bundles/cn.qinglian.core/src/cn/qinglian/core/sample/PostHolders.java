package cn.qinglian.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/** Who stood for a party on a day: the holder of a post, or the holder of a unit's head post. */
final class PostHolders {

    private final Map<Unit, Post> heads = new HashMap<>();

    PostHolders(District district) {
        for (BuiltUnit unit : district.allUnits()) {
            heads.put(unit.unit(), unit.head());
        }
    }

    /** The person, or null when the post was vacant; one of them, at random, when several held it. */
    Person on(Party party, LocalDate day, SplittableRandom random) {
        Post post = party instanceof Unit unit ? heads.get(unit) : (Post) party;
        List<Person> holders = new ArrayList<>(2);
        for (Tenure tenure : post.getTenures()) {
            if (!tenure.getStart().isAfter(day) && (tenure.getEnd() == null || !tenure.getEnd().isBefore(day))) {
                holders.add(tenure.getPerson());
            }
        }
        if (holders.isEmpty()) {
            return null;
        }
        return holders.size() == 1 ? holders.get(0) : holders.get(random.nextInt(holders.size()));
    }
}
