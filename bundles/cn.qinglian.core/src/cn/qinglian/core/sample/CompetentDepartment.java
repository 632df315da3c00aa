package cn.qinglian.core.sample;

import java.util.List;

/**
 * The district departments that manage grassroots stations. The seed paper names environmental
 * protection, market supervision and comprehensive administrative enforcement as the key
 * enterprise-facing units; tax is enterprise-facing too.
 */
enum CompetentDepartment {
    ENVIRONMENT("区生态环境局", Family.ENVIRONMENT, true, new SectionSpec("执法监督科", "科长", PostSpec.staff("科员", 1))),
    MARKET("区市场监督管理局", Family.MARKET, true, new SectionSpec("执法稽查科", "科长", PostSpec.staff("科员", 1))),
    ENFORCEMENT("区综合行政执法局", Family.ENFORCEMENT, true, new SectionSpec("督查科", "科长", PostSpec.staff("科员", 1))),
    POLICE("区公安分局", Family.POLICE, false, new SectionSpec("督察大队", "大队长", PostSpec.officer("民警", 1))),
    TAX("区税务局", Family.TAX, true, new SectionSpec("征收管理科", "科长", PostSpec.staff("科员", 1))),
    JUSTICE("区司法局", Family.JUSTICE, false, new SectionSpec("法治督察科", "科长", PostSpec.staff("科员", 1)));

    static final String HEAD = "局长";
    static final List<String> DEPUTIES = List.of("常务副局长", "副局长");
    static final String DISCIPLINE = "纪检组长";
    static final SectionSpec OFFICE = new SectionSpec("办公室", "主任", PostSpec.staff("科员", 1));

    private final String unitName;
    private final Family family;
    private final boolean enterpriseFacing;
    private final SectionSpec businessSection;

    CompetentDepartment(String unitName, Family family, boolean enterpriseFacing, SectionSpec businessSection) {
        this.unitName = unitName;
        this.family = family;
        this.enterpriseFacing = enterpriseFacing;
        this.businessSection = businessSection;
    }

    String unitName() {
        return unitName;
    }

    Family family() {
        return family;
    }

    /** Reports level by level to the district discipline secretary (逐级报告). */
    boolean enterpriseFacing() {
        return enterpriseFacing;
    }

    List<SectionSpec> sections() {
        return List.of(OFFICE, businessSection);
    }
}
