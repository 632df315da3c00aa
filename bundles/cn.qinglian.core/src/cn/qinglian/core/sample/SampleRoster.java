package cn.qinglian.core.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * Writes an organisation's roster in the roster-import format: one row per tenure, units in tree
 * order, UTF-8 with a byte order mark and CRLF line ends (as Excel reads and writes CSV).
 * <ul>
 * <li>{@code unit_path}: unit names from the top unit down, joined by {@code /}
 * ({@code L区/青山街道/青山派出所/社区警务队});</li>
 * <li>{@code unit_kind}, {@code post_role}: the model's literals ({@code STATION}, {@code HEAD});</li>
 * <li>{@code start_date}, {@code end_date}: ISO dates, {@code end_date} empty for a current tenure;</li>
 * <li>{@code reports_to}: the post this post reports to by an internal line, as its unit path, a
 * {@code /} and its title ({@code L区/青山街道/青山派出所/所长}); empty when it has none.</li>
 * </ul>
 */
public final class SampleRoster {

    public static final List<String> COLUMNS = List.of("unit_path", "unit_kind", "post_title", "post_role",
            "person_id", "person_name", "start_date", "end_date", "reports_to");

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private SampleRoster() {
    }

    /** Writes the roster to {@code file} and returns the number of rows (tenures). */
    public static int write(Organisation organisation, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(organisation, out);
        }
    }

    /** Writes the roster, byte order mark first, and returns the number of rows (tenures). */
    public static int write(Organisation organisation, Writer out) throws IOException {
        Map<Post, Party> reportsTo = internalTargets(organisation);
        out.write(BYTE_ORDER_MARK);
        out.write(String.join(",", COLUMNS));
        out.write(LINE_END);
        int rows = 0;
        List<Unit> pending = new ArrayList<>(organisation.getUnits().reversed());
        while (!pending.isEmpty()) {
            Unit unit = pending.remove(pending.size() - 1);
            String path = pathOf(unit);
            if (unit.getPosts().stream().allMatch(p -> p.getTenures().isEmpty())) {
                unitRow(out, path, unit); // a unit nobody works in (the district itself): its kind only
            }
            for (Post post : unit.getPosts()) {
                List<Tenure> tenures = new ArrayList<>(post.getTenures());
                tenures.sort(Comparator.comparing(Tenure::getStart).thenComparing(t -> t.getPerson().getPersonId()));
                for (Tenure tenure : tenures) {
                    row(out, path, unit, post, tenure, reportsTo.get(post));
                    rows++;
                }
            }
            pending.addAll(unit.getChildren().reversed());
        }
        return rows;
    }

    /** Unit names from the top unit down to {@code unit}, joined by {@code /}. */
    public static String pathOf(Unit unit) {
        return unit.getParent() == null ? unit.getName() : pathOf(unit.getParent()) + "/" + unit.getName();
    }

    private static void unitRow(Writer out, String path, Unit unit) throws IOException {
        cells(out, List.of(path, unit.getKind().getLiteral(), "", "", "", "", "", "", ""));
    }

    private static void row(Writer out, String path, Unit unit, Post post, Tenure tenure, Party reportsTo)
            throws IOException {
        cells(out, List.of(path, unit.getKind().getLiteral(), post.getName(), post.getRole().getLiteral(),
                tenure.getPerson().getPersonId(), tenure.getPerson().getName(), date(tenure.getStart()),
                date(tenure.getEnd()), reportsTo == null ? "" : partyPath(reportsTo)));
    }

    private static void cells(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells.get(i)));
        }
        out.write(LINE_END);
    }

    private static Map<Post, Party> internalTargets(Organisation organisation) {
        Map<Post, Party> targets = new HashMap<>();
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() == ReportingKind.INTERNAL && line.getFrom() instanceof Post post
                    && line.getTo() instanceof Post) {
                targets.putIfAbsent(post, line.getTo());
            }
        }
        return targets;
    }

    private static String partyPath(Party party) {
        Post post = (Post) party;
        return pathOf(post.getUnit()) + "#" + post.getName();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
