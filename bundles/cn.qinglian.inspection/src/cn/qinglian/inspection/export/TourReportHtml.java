package cn.qinglian.inspection.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link TourReport} as one self-contained HTML page (UTF-8, printable). */
public final class TourReportHtml {

    private TourReportHtml() {
    }

    public static String html(TourReport report, String categoryHeading, String findingsHeading) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(e(report.title())).append("</title><style>body{font-family:'Noto Sans CJK SC','WenQuanYi Zen Hei',"
                        + "'Microsoft YaHei',sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;"
                        + "padding:3px 6px;vertical-align:top}th{background:#eee}</style></head><body>\n<h1>")
                .append(e(report.title())).append("</h1>\n<table>");
        for (String[] fact : report.facts()) {
            h.append("<tr><th>").append(e(fact[0])).append("</th><td>").append(e(fact[1])).append("</td></tr>");
        }
        h.append("</table>\n<h2>").append(e(categoryHeading)).append("</h2>\n<table>");
        for (String[] count : report.categoryCounts()) {
            h.append("<tr><td>").append(e(count[0])).append("</td><td>").append(e(count[1])).append("</td></tr>");
        }
        h.append("</table>\n<h2>").append(e(findingsHeading)).append("</h2>\n<table><tr>");
        report.findingHeader().forEach(c -> h.append("<th>").append(e(c)).append("</th>"));
        h.append("</tr>");
        for (List<String> row : report.findings()) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(e(c)).append("</td>"));
            h.append("</tr>\n");
        }
        return h.append("</table>\n<p>").append(e(report.progress())).append("</p>\n</body></html>\n").toString();
    }

    public static void write(TourReport report, String categoryHeading, String findingsHeading, Path file)
            throws IOException {
        Files.writeString(file, html(report, categoryHeading, findingsHeading), StandardCharsets.UTF_8);
    }

    private static String e(String text) {
        return XlsxWorkbookWriter.escape(text == null ? "" : text);
    }
}
