package cn.qinglian.core.roster;

import static cn.qinglian.core.roster.RosterColumn.END_DATE;
import static cn.qinglian.core.roster.RosterColumn.PERSON_ID;
import static cn.qinglian.core.roster.RosterColumn.PERSON_NAME;
import static cn.qinglian.core.roster.RosterColumn.POST_ROLE;
import static cn.qinglian.core.roster.RosterColumn.POST_TITLE;
import static cn.qinglian.core.roster.RosterColumn.REPORTS_TO;
import static cn.qinglian.core.roster.RosterColumn.START_DATE;
import static cn.qinglian.core.roster.RosterColumn.UNIT_KIND;
import static cn.qinglian.core.roster.RosterColumn.UNIT_PATH;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.qinglian.model.PostRole;
import cn.qinglian.model.UnitKind;

/**
 * Checks the values of one row on their own. Which values are required depends on what the row
 * names: always its unit (unit_path, unit_kind); a post (post_title, post_role) when any post or
 * tenure column is filled; a tenure (person_id, person_name, start_date) when any tenure column is.
 */
final class RosterRowParser {

    /** YYYY-MM-DD; like Excel in China, YYYY/M/D and YYYY-M-D are read too. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    private final RosterHeader header;
    private final List<RosterProblem> problems;

    RosterRowParser(RosterHeader header, List<RosterProblem> problems) {
        this.header = header;
        this.problems = problems;
    }

    RosterRow parse(SheetRow row) {
        boolean namesTenure = filled(row, PERSON_ID, PERSON_NAME, START_DATE, END_DATE);
        boolean namesPost = namesTenure || filled(row, POST_TITLE, POST_ROLE, REPORTS_TO);
        List<String> unitNames = unitPath(row);
        UnitKind kind = required(row, UNIT_KIND, RosterProblemKind.EMPTY_FIELD) ? unitKind(row) : null;
        String title = null;
        PostRole role = null;
        if (namesPost) {
            title = required(row, POST_TITLE, RosterProblemKind.EMPTY_POST_FIELD) ? header.value(row, POST_TITLE)
                    : null;
            role = required(row, POST_ROLE, RosterProblemKind.EMPTY_POST_FIELD) ? postRole(row) : null;
        }
        int beforeTenure = problems.size();
        String personId = null;
        String name = null;
        LocalDate start = null;
        LocalDate end = null;
        if (namesTenure) {
            personId = required(row, PERSON_ID, RosterProblemKind.EMPTY_TENURE_FIELD) ? header.value(row, PERSON_ID)
                    : null;
            name = required(row, PERSON_NAME, RosterProblemKind.EMPTY_TENURE_FIELD)
                    ? header.value(row, PERSON_NAME) : null;
            start = required(row, START_DATE, RosterProblemKind.EMPTY_TENURE_FIELD) ? date(row, START_DATE) : null;
            end = header.value(row, END_DATE).isEmpty() ? null : date(row, END_DATE);
            if (start != null && end != null && end.isBefore(start)) {
                problems.add(new RosterProblem(row.number(), END_DATE, RosterProblemKind.END_BEFORE_START,
                        end.toString(), start.toString()));
            }
        }
        boolean tenureValid = namesTenure && problems.size() == beforeTenure && title != null && unitNames != null;
        String reportsTo = reportsTo(row);
        return new RosterRow(row.number(), unitNames, kind, title, role, personId, name, start, end, tenureValid,
                reportsTo);
    }

    private List<String> unitPath(SheetRow row) {
        if (!required(row, UNIT_PATH, RosterProblemKind.EMPTY_FIELD)) {
            return null;
        }
        String text = header.value(row, UNIT_PATH);
        return RosterPaths.parseUnitPath(text).orElseGet(() -> {
            problems.add(new RosterProblem(row.number(), UNIT_PATH, RosterProblemKind.BAD_UNIT_PATH, text));
            return null;
        });
    }

    private UnitKind unitKind(SheetRow row) {
        String text = header.value(row, UNIT_KIND);
        UnitKind kind = UnitKind.get(text.toUpperCase(Locale.ROOT));
        if (kind == null) {
            problems.add(new RosterProblem(row.number(), UNIT_KIND, RosterProblemKind.UNKNOWN_UNIT_KIND, text,
                    allowed(UnitKind.VALUES)));
        }
        return kind;
    }

    private PostRole postRole(SheetRow row) {
        String text = header.value(row, POST_ROLE);
        PostRole role = PostRole.get(text.toUpperCase(Locale.ROOT));
        if (role == null) {
            problems.add(new RosterProblem(row.number(), POST_ROLE, RosterProblemKind.UNKNOWN_POST_ROLE, text,
                    allowed(PostRole.VALUES)));
        }
        return role;
    }

    private LocalDate date(SheetRow row, RosterColumn column) {
        String text = header.value(row, column);
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            problems.add(new RosterProblem(row.number(), column, RosterProblemKind.BAD_DATE, text));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4)));
        } catch (DateTimeException e) {
            problems.add(new RosterProblem(row.number(), column, RosterProblemKind.IMPOSSIBLE_DATE, text));
            return null;
        }
    }

    private String reportsTo(SheetRow row) {
        String text = header.value(row, REPORTS_TO);
        if (text.isEmpty()) {
            return null;
        }
        return RosterPaths.parsePostPath(text).orElseGet(() -> {
            problems.add(new RosterProblem(row.number(), REPORTS_TO, RosterProblemKind.BAD_POST_REFERENCE, text));
            return null;
        });
    }

    private boolean required(SheetRow row, RosterColumn column, RosterProblemKind ifEmpty) {
        if (header.value(row, column).isEmpty()) {
            problems.add(new RosterProblem(row.number(), column, ifEmpty));
            return false;
        }
        return true;
    }

    private boolean filled(SheetRow row, RosterColumn... columns) {
        return Arrays.stream(columns).anyMatch(column -> !header.value(row, column).isEmpty());
    }

    private static String allowed(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
