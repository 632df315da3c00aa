package cn.qinglian.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The problems a leader points out in a report, from the seed paper's list (six kinds of violation,
 * plus work style, arbitrary enforcement, illegal fees and posts unchanged for ten years), each
 * written as "kind：what was found", and what was done about them.
 */
final class ProblemCatalogue {

    /** One problem: its kind (the violation taxonomy) and what was found. */
    record Problem(String kind, String finding) {

        String text() {
            return kind + "：" + finding;
        }
    }

    private static final List<Problem> PROBLEMS = List.of(
            new Problem("违规为他人谋取利益", "个别工作人员暗示企业购买指定产品或服务，为亲友经营活动谋取利益"),
            new Problem("违规为他人谋取利益", "存在“一家两制”“朋友圈”利益输送苗头，以“依法依规”为名对企业“合法伤害”"),
            new Problem("违规接受宴请", "个别执法人员为他人说情打招呼后接受请托人宴请"),
            new Problem("违规接受宴请", "有人员办“人情案”“关系案”，并出入KTV等娱乐场所"),
            new Problem("违规向企业借款", "个别工作人员向辖区企业借款，长期不还，用于自身营利活动"),
            new Problem("违规经商", "个别执法人员以亲属名义向管辖企业入股，定期收取分红"),
            new Problem("违规乱摊派", "以“年终办集体分岁酒”为名向辖区企业主按桌摊派费用"),
            new Problem("违规收礼", "少数执法人员收受辖区企业烟酒、礼卡、礼金"),
            new Problem("作风效能", "涉企服务“慵懒散慢”，办事拖沓、不担当"),
            new Problem("随意性执法", "存在选择性执法、随意性执法，自由裁量标准不统一"),
            new Problem("乱收费", "基层所队存在向企业乱收费问题，经费保障不到位"),
            new Problem("交流轮岗", "部分人员在同一站所、同一岗位十年以上未交流轮岗"),
            new Problem("报备不到位", "涉企行政执法检查报备、“饭局或活动报备”不及时、不完整"));

    private static final List<String> FOLLOW_UPS = List.of(
            "已责令限期一个月整改，按期报送整改情况",
            "已约谈提醒相关人员，建立问题台账，整改到位后销号",
            "问题线索已移交区纪委监委，当事人停职接受调查，实行“一案双查”",
            "已在全系统通报，举一反三开展自查自纠",
            "已制定整改方案，纳入年终考核跟踪");

    private static final List<String> QUIET_FOLLOW_UPS = List.of(
            "未发现突出问题，继续抓好日常监督",
            "按计划推进，下次报告时汇报进展",
            "已落实“十不”承诺和“制度小卡片”人手一份");

    private ProblemCatalogue() {
    }

    /** One or two different problems. */
    static List<Problem> draw(SplittableRandom random) {
        List<Problem> drawn = new ArrayList<>(2);
        drawn.add(PROBLEMS.get(random.nextInt(PROBLEMS.size())));
        if (random.nextInt(100) < 35) {
            Problem second = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
            if (!second.equals(drawn.get(0))) {
                drawn.add(second);
            }
        }
        return drawn;
    }

    static String followUp(SplittableRandom random, boolean problems) {
        List<String> texts = problems ? FOLLOW_UPS : QUIET_FOLLOW_UPS;
        return texts.get(random.nextInt(texts.size()));
    }
}
