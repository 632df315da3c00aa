package cn.qinglian.inspection.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists of the inspection sample: enterprise names, purposes, finding texts per category. */
final class SampleText {

    static final String BRAND_FIRST = "华恒宏瑞嘉鑫盛泰永丰祥兴隆达通成信德安康利源正联创新佳海天宇";
    static final String BRAND_SECOND = "泰达昌源盛丰安华信通宇成嘉诚鸿远辉发明光润顺和美隆鼎力越";
    static final List<String> TRADES = List.of("鞋业", "服饰", "电气", "阀门", "眼镜", "包装", "印刷", "汽配", "五金",
            "塑料", "机械", "食品", "化工", "建材", "物流", "电子", "制笔", "锁具", "泵业", "皮革");
    static final List<String> SECTORS = List.of("制造业", "制造业", "制造业", "批发零售", "建筑业", "交通运输", "住宿餐饮",
            "信息技术");
    static final List<String> PURPOSES = List.of("安全生产检查", "消防安全检查", "食品安全抽检", "环保排污检查",
            "计量器具检定", "特种设备检查", "广告合规检查", "价格行为检查", "产品质量抽查", "用工情况检查");
    static final List<String> BANQUET_OCCASIONS = List.of("亲属婚宴", "子女升学宴", "同学聚会", "战友聚会", "乔迁宴",
            "老人寿宴", "丧事酒席");
    static final List<String> PLACES = List.of("家中", "东方大酒店", "江滨饭店", "锦华宾馆", "老家祠堂", "新城酒楼");
    static final List<String> SURNAMES = List.of("陈", "林", "王", "李", "张", "黄", "郑", "吴", "周", "潘", "金", "叶",
            "徐", "胡", "朱", "刘");
    static final String GIVEN = "伟强军磊芳娜敏静丽杰涛斌超明刚平辉鹏华飞秀玲英萍";
    static final List<String> PLEDGE_ITEMS = List.of("不违规为他人谋取利益", "不违规接受宴请", "不违规向企业借款",
            "不违规经商办企业", "不违规乱摊派", "不违规收受礼品礼金", "不慵懒散慢", "不选择性执法、随意性执法",
            "不违规乱收费", "不泄露举报人信息");
    static final List<String> TOUR_FOCUS = List.of("涉企行政执法", "行政审批", "收费罚没", "窗口服务", "“一把手”用权",
            "干部作风");
    static final List<String> VISIT_NOTES = List.of("走访会员企业，了解涉企检查频次", "座谈听取企业对执法的意见",
            "宣传投诉举报直通渠道", "回访上月反映问题的整改情况", "了解企业融资和用工困难");

    /** Per category id: finding titles (one drawn per finding). */
    static List<String> findingTitles(String category) {
        return switch (category) {
            case "benefit-seeking" -> List.of("为亲属企业承揽工程打招呼", "引导企业购买指定产品", "对关系企业“一家两制”");
            case "banquet" -> List.of("接受管理对象宴请", "在KTV接受企业安排娱乐活动", "为“人情案”说情打招呼");
            case "borrowing" -> List.of("向管理对象企业借款未还", "通过亲属向企业借款");
            case "business" -> List.of("通过亲属入股辖区企业", "为企业充当“保护伞”");
            case "levy" -> List.of("向企业摊派年终聚餐费用", "要求企业赞助活动经费");
            case "gifts" -> List.of("节日收受企业购物卡", "收受企业礼金", "收受土特产和烟酒");
            case "work-style" -> List.of("窗口办事推诿拖延", "企业诉求长期未答复", "上班时间脱岗");
            case "arbitrary-enforcement" -> List.of("同类违法行为处罚标准不一", "检查频次畸高干扰企业经营");
            default -> List.of("超标准收取检测费用", "违规收取资料费");
        };
    }

    static final List<String> MEASURES = List.of("召开专题民主生活会，制定整改方案", "清退违规所得并作出书面检查",
            "建立涉企检查报备和公示制度", "规范自由裁量基准并公开", "开展作风专项整治并回访企业",
            "修订窗口服务承诺并设立投诉台");

    private SampleText() {
    }

    static String pick(SplittableRandom random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    static char pick(SplittableRandom random, String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    static String personName(SplittableRandom random) {
        StringBuilder name = new StringBuilder(pick(random, SURNAMES)).append(pick(random, GIVEN));
        if (random.nextInt(3) > 0) {
            name.append(pick(random, GIVEN));
        }
        return name.toString();
    }
}
