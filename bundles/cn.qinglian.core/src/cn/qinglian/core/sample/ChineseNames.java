package cn.qinglian.core.sample;

import java.util.SplittableRandom;

import cn.qinglian.model.Gender;

/**
 * Realistic Chinese personal names: a surname drawn by how common it is (weighted towards the
 * surnames of southern Zhejiang, where W city lies), and a given name of one or two characters
 * chosen from characters typical for men or for women.
 */
final class ChineseNames {

    /** Surnames with a relative weight each; compound surnames are rare. */
    private static final String[] SURNAMES = {
        "陈", "林", "王", "李", "张", "黄", "郑", "吴", "周", "潘", "金", "叶", "徐", "胡", "朱",
        "刘", "杨", "赵", "孙", "马", "高", "何", "谢", "郭", "罗", "梁", "宋", "许", "蔡", "项",
        "卢", "池", "戴", "董", "章", "季", "应", "谷", "倪", "缪", "麻", "包", "蒋", "沈", "汪",
        "方", "程", "曾", "彭", "姜", "钱", "施", "薛", "夏", "余", "杜", "邵", "陶", "毛", "苏",
        "欧阳", "上官", "司马"
    };
    private static final int[] SURNAME_WEIGHTS = {
        90, 70, 75, 60, 60, 45, 40, 40, 30, 25, 25, 25, 22, 22, 20,
        20, 18, 16, 14, 12, 12, 12, 12, 10, 10, 10, 10, 10, 10, 9,
        9, 8, 8, 8, 8, 7, 7, 6, 6, 6, 5, 5, 7, 7, 7,
        7, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4,
        2, 1, 1
    };
    private static final int SURNAME_TOTAL = sum(SURNAME_WEIGHTS);

    private static final String MALE_CHARACTERS =
        "伟强军磊勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林东海峰建国文志永立新成春德胜振博昊晨阳宏松忠诚";
    private static final String FEMALE_CHARACTERS =
        "芳娜敏静丽艳娟霞秀玲英萍红燕梅莉婷雪琳洁倩颖佳慧晶璐琴云兰凤丹蕾薇莹月欣怡悦晓素雅珍琼";

    private ChineseNames() {
    }

    static String draw(SplittableRandom random, Gender gender) {
        return surname(random) + givenName(random, gender);
    }

    private static String surname(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_TOTAL);
        for (int i = 0; i < SURNAMES.length; i++) {
            pick -= SURNAME_WEIGHTS[i];
            if (pick < 0) {
                return SURNAMES[i];
            }
        }
        throw new IllegalStateException("surname weights do not add up");
    }

    private static String givenName(SplittableRandom random, Gender gender) {
        String characters = gender == Gender.FEMALE ? FEMALE_CHARACTERS : MALE_CHARACTERS;
        String first = character(random, characters);
        if (random.nextInt(100) < 28) {
            return first;
        }
        String second = character(random, characters);
        while (second.equals(first) && random.nextInt(4) != 0) {
            second = character(random, characters);
        }
        return first + second;
    }

    private static String character(SplittableRandom random, String characters) {
        return String.valueOf(characters.charAt(random.nextInt(characters.length())));
    }

    private static int sum(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        return total;
    }
}
