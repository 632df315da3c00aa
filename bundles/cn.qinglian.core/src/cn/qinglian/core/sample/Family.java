package cn.qinglian.core.sample;

/**
 * A career family: the system a person works in. Earlier posts of a person are drawn from the same
 * family (a policeman was a policeman in another station before), which is how careers look in a
 * district: long years in one system, rotation between its stations.
 */
enum Family {
    ENVIRONMENT(60, 8),
    MARKET(55, 8),
    ENFORCEMENT(75, 8),
    POLICE(85, 25),
    TAX(50, 8),
    JUSTICE(50, 15),
    STREET(55, 8),
    VILLAGE(70, 0),
    ASSOCIATION(80, 0),
    DISTRICT(80, 5);

    private final int malePercent;
    private final int stayerPercent;

    Family(int malePercent, int stayerPercent) {
        this.malePercent = malePercent;
        this.stayerPercent = stayerPercent;
    }

    /** Share of men among the staff of this family, in percent. */
    int malePercent() {
        return malePercent;
    }

    /**
     * Share of staff who have stayed in their post since they came, in percent; the seed paper
     * names police stations where people "十几年没有变动".
     */
    int stayerPercent() {
        return stayerPercent;
    }
}
