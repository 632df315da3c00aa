package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The shape of one district before any unit exists: its name, and its streets and towns with their
 * stations and village committees. The number of streets grows with the staff, about 134 pledge
 * signers per street or town, so L district with 801 signers has six (four streets, two towns).
 */
record DistrictPlan(int index, String name, String code, List<StreetPlan> streets) {

    private static final double STAFF_PER_STREET = 133.5;
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    /** A street (街道) or town (镇) of the plan. */
    record StreetPlan(int index, String place, boolean town, boolean key, List<StationType> stations,
            List<String> villages) {

        String unitName() {
            return place + (town ? "镇" : "街道");
        }

        /** Name of a village committee's unit: 村两委 in towns, 社区两委 in streets. */
        String villageUnitName(String village) {
            return village + (town ? "村两委" : "社区两委");
        }
    }

    static DistrictPlan of(int index, int staff, SplittableRandom random) {
        int count = Math.max(1, (int) Math.round(staff / STAFF_PER_STREET));
        int firstTown = count - count / 3;
        Set<String> taken = new HashSet<>();
        List<StreetPlan> streets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean town = i >= firstTown;
            boolean key = i % 2 == 0;
            String place = PlaceNames.draw(random, taken);
            int villages = town ? 5 + random.nextInt(4) : 3 + random.nextInt(3);
            List<String> villageNames = new ArrayList<>(villages);
            for (int v = 0; v < villages; v++) {
                villageNames.add(PlaceNames.draw(random, taken));
            }
            streets.add(new StreetPlan(i, place, town, key, stationsOf(town, key), List.copyOf(villageNames)));
        }
        return new DistrictPlan(index, nameOf(index), codeOf(index), List.copyOf(streets));
    }

    private static List<StationType> stationsOf(boolean town, boolean key) {
        List<StationType> types = new ArrayList<>();
        for (StationType type : StationType.values()) {
            boolean wanted = switch (type) {
                case ENVIRONMENT -> key || town;
                case TAX -> key;
                default -> true;
            };
            if (wanted) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    /** L区 first, then 甲区 to 癸区, then 第12区 and on. */
    static String nameOf(int index) {
        if (index == 0) {
            return "L区";
        }
        if (index <= STEMS.length()) {
            return STEMS.charAt(index - 1) + "区";
        }
        return "第" + (index + 1) + "区";
    }

    /** Prefix of the roster numbers of the district's people: L, D02, D03 ... */
    static String codeOf(int index) {
        return index == 0 ? "L" : String.format("D%02d", index + 1);
    }
}
