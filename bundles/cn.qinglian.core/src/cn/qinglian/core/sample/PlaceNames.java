package cn.qinglian.core.sample;

import java.util.Set;
import java.util.SplittableRandom;

/** Two-character place names for streets, towns, communities and villages (invented, not real places). */
final class PlaceNames {

    private static final String FIRST = "东西南北青白黄金丰双新永长福安平和兴龙凤松竹梅桃柳江湖溪山岭塘桥港湾上下前后大小仁广瑞嘉华";
    private static final String SECOND = "山江湖溪塘桥岭湾港门浦田林坪源洋岙垟头埠园湖亭庄堡川阳城";

    private PlaceNames() {
    }

    /** A name not in {@code taken}; it is added there. */
    static String draw(SplittableRandom random, Set<String> taken) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String name = pick(random, FIRST) + pick(random, SECOND);
            if (name.charAt(0) != name.charAt(1) && taken.add(name)) {
                return name;
            }
        }
        for (int i = 1;; i++) {
            String name = pick(random, FIRST) + pick(random, SECOND) + i;
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String pick(SplittableRandom random, String characters) {
        return String.valueOf(characters.charAt(random.nextInt(characters.length())));
    }
}
