package cn.qinglian.core.sample;

/**
 * What {@link SampleGenerator} builds: {@code districts} districts (the first is always L district),
 * each with {@code staffPerDistrict} current staff of streets, stations and village committees (the
 * people who signed the "十不" pledge; the seed paper counts 801 in L district), from {@code seed}.
 * The same settings always give the same organisation, id for id.
 */
public record SampleSettings(int districts, int staffPerDistrict, long seed) {

    /** The seed of the shipped sample: the date of the seed paper. */
    public static final long DEFAULT_SEED = 20190611L;

    /** Pledge signers of L district in the seed paper. */
    public static final int L_DISTRICT_STAFF = 801;

    public static final int MIN_DISTRICTS = 1;
    public static final int MAX_DISTRICTS = 200;
    /** Below this a district cannot fill its stations, streets and village committees. */
    public static final int MIN_STAFF_PER_DISTRICT = 150;
    public static final int MAX_STAFF_PER_DISTRICT = 200_000;

    public SampleSettings {
        if (districts < MIN_DISTRICTS || districts > MAX_DISTRICTS) {
            throw new IllegalArgumentException("districts must be between " + MIN_DISTRICTS + " and "
                    + MAX_DISTRICTS + ": " + districts);
        }
        if (staffPerDistrict < MIN_STAFF_PER_DISTRICT || staffPerDistrict > MAX_STAFF_PER_DISTRICT) {
            throw new IllegalArgumentException("staff per district must be between " + MIN_STAFF_PER_DISTRICT
                    + " and " + MAX_STAFF_PER_DISTRICT + ": " + staffPerDistrict);
        }
    }

    /** The shipped sample: L district alone, 801 pledge signers, the default seed. */
    public static SampleSettings lDistrict() {
        return new SampleSettings(1, L_DISTRICT_STAFF, DEFAULT_SEED);
    }

    /** Name of the organisation and of the workspace: L区 alone, otherwise the city W市. */
    public String organisationName() {
        return districts == 1 ? "L区" : "W市";
    }
}
