package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import cn.qinglian.model.Post;

/**
 * Puts people into every post of a district: the district leaders first (a deputy head may have
 * been promoted from heading a street), then departments, streets with their stations and village
 * committees, and associations; last, former holders for single posts that changed hands in
 * 2018 or 2019.
 */
final class DistrictStaffing {

    private final District district;
    private final SplittableRandom random;
    private final Careers careers;

    DistrictStaffing(District district, OrganisationBuilder build, SplittableRandom random) {
        this.district = district;
        this.random = random;
        this.careers = new Careers(build, random, district.plan().code(), pools(district));
    }

    void staff() {
        staffUnit(district.partyCommittee());
        staffGovernment(district.government());
        for (BuiltUnit department : district.departments().values()) {
            staffUnit(department);
        }
        for (District.Street street : district.streets()) {
            staffUnit(street.unit());
            for (District.Station station : street.stations()) {
                staffUnit(station.unit());
            }
            for (BuiltUnit village : street.villages()) {
                staffUnit(village);
            }
        }
        for (BuiltUnit association : district.associations()) {
            staffUnit(association);
        }
        for (BuiltUnit unit : district.allUnits()) {
            for (Post post : unit.singlePosts()) {
                careers.addPredecessorIfUncovered(post, unit.family());
            }
        }
    }

    /** A unit and its sections: head, leadership members, discipline secretary, then the shared posts. */
    private void staffUnit(BuiltUnit unit) {
        List<Post> nearby = sharedPostsOf(unit);
        careers.hire(unit.head(), unit.family(), nearby, promotion(unit, nearby), false);
        for (Post deputy : unit.deputies()) {
            careers.hire(deputy, unit.family(), nearby, null, false);
        }
        unit.discipline().ifPresent(post -> careers.hire(post, unit.family(), nearby, null, false));
        staffShared(unit, nearby);
        for (BuiltUnit section : unit.sections()) {
            List<Post> own = sharedPostsOf(section);
            Post from = random.nextInt(100) < 25 ? own.get(0) : null;
            careers.hire(section.head(), section.family(), nearby, from, false);
            staffShared(section, nearby);
        }
    }

    private void staffShared(BuiltUnit unit, List<Post> nearby) {
        for (SharedPost shared : unit.shared()) {
            for (int i = 0; i < shared.holders(); i++) {
                careers.hire(shared.post(), unit.family(), nearby, null, i == 0);
            }
        }
    }

    /** Deputy heads of the district; some headed a street before (the street's head then changed that day). */
    private void staffGovernment(BuiltUnit government) {
        careers.hire(government.head(), Family.DISTRICT, List.of(), promotion(government, List.of()), false);
        Set<Integer> usedStreets = new HashSet<>();
        for (Post deputy : government.deputies()) {
            Post from = null;
            int street = random.nextInt(district.streets().size());
            if (random.nextInt(100) < 25 && usedStreets.add(street)) {
                from = district.streets().get(street).unit().head();
            }
            careers.hire(deputy, Family.DISTRICT, List.of(), from, false);
        }
    }

    /** The post a new head held before: the first leadership member's post, or a post of the unit's staff. */
    private Post promotion(BuiltUnit unit, List<Post> nearby) {
        int draw = random.nextInt(100);
        if (!unit.deputies().isEmpty() && draw < 30) {
            return unit.deputies().get(0);
        }
        if (!nearby.isEmpty() && draw < 45 && unit.family() != Family.ASSOCIATION) {
            return nearby.get(random.nextInt(nearby.size()));
        }
        return null;
    }

    private static List<Post> sharedPostsOf(BuiltUnit unit) {
        List<Post> posts = new ArrayList<>();
        for (BuiltUnit part : unit.withSections()) {
            for (SharedPost shared : part.shared()) {
                posts.add(shared.post());
            }
        }
        return posts;
    }

    /** Shared posts by family, where earlier careers are spent; district leaders come from the streets. */
    private static Map<Family, List<Post>> pools(District district) {
        Map<Family, List<Post>> pools = new EnumMap<>(Family.class);
        for (BuiltUnit unit : district.allUnits()) {
            if (unit.family() == Family.VILLAGE || unit.family() == Family.ASSOCIATION) {
                continue;
            }
            for (SharedPost shared : unit.shared()) {
                pools.computeIfAbsent(unit.family(), f -> new ArrayList<>()).add(shared.post());
            }
        }
        pools.put(Family.DISTRICT, pools.getOrDefault(Family.STREET, List.of()));
        return pools;
    }
}
