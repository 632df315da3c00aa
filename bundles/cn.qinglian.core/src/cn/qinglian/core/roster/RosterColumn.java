package cn.qinglian.core.roster;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of a roster file, named in its header row; the order in the file is free. */
public enum RosterColumn {
    UNIT_PATH("unit_path"),
    UNIT_KIND("unit_kind"),
    POST_TITLE("post_title"),
    POST_ROLE("post_role"),
    PERSON_ID("person_id"),
    PERSON_NAME("person_name"),
    START_DATE("start_date"),
    END_DATE("end_date"),
    REPORTS_TO("reports_to");

    private final String header;

    RosterColumn(String header) {
        this.header = header;
    }

    /** The name of the column in the header row, e.g. {@code unit_path}. */
    public String header() {
        return header;
    }

    /** The column a header cell names; case and surrounding blanks do not matter. */
    public static Optional<RosterColumn> ofHeader(String cell) {
        String wanted = cell.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }

    /** Every header name in the documented order, comma separated. */
    public static String allHeaders() {
        return Arrays.stream(values()).map(RosterColumn::header).collect(Collectors.joining(","));
    }
}
