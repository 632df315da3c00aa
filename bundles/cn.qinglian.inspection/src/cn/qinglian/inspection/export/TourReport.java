package cn.qinglian.inspection.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.InspectionTour;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.model.Named;

/**
 * The content of a tour report (巡察报告), independent of the output format: facts of the tour, findings
 * per category, and the rectification of each finding. Rendered by {@link TourReportHtml} and
 * {@link TourReportPdf}. It names no complainant (complaint-sourced findings show the complaint number).
 */
public record TourReport(String title, List<String[]> facts, List<String[]> categoryCounts, List<String> findingHeader,
        List<List<String>> findings, String progress) {

    public static TourReport of(InspectionRoot root, InspectionTour tour, LocalDate asOf, InspectionLabels labels,
            FindingCategories categories) {
        List<Finding> found = root.getFindings().stream().filter(f -> f.getTour() == tour).toList();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] { labels.text("report.period"), tour.getStart() + " ~ " + tour.getEnd() });
        facts.add(new String[] { labels.text("report.status"), labels.of(tour.getStatus()) });
        facts.add(new String[] { labels.text("report.targets"), names(tour.getTargetUnits()) });
        facts.add(new String[] { labels.text("report.leader"),
                tour.getTeamLeader() == null ? "" : tour.getTeamLeader().getName() });
        facts.add(new String[] { labels.text("report.team"), names(tour.getTeam()) });
        facts.add(new String[] { labels.text("report.focus"), String.join("、", tour.getFocus()) });
        facts.add(new String[] { labels.text("report.summary"), tour.getSummary() == null ? "" : tour.getSummary() });

        Map<String, Integer> counts = new LinkedHashMap<>();
        categories.all().forEach(c -> counts.put(c.id(), 0));
        found.forEach(f -> counts.merge(f.getCategory() == null ? "" : f.getCategory(), 1, Integer::sum));
        List<String[]> categoryCounts = new ArrayList<>();
        counts.forEach((id, n) -> {
            if (n > 0) {
                categoryCounts.add(new String[] { categories.nameOf(id, labels.locale()), String.valueOf(n) });
            }
        });

        List<List<String>> rows = new ArrayList<>();
        int closed = 0;
        int number = 1;
        for (Finding f : found) {
            Rectification r = root.getRectifications().stream().filter(x -> x.getFinding() == f).findFirst().orElse(null);
            closed += r != null && r.getState() == RectificationState.CLOSED ? 1 : 0;
            rows.add(List.of(String.valueOf(number++), categories.nameOf(f.getCategory(), labels.locale()),
                    text(f.getTitle()), f.getUnit() == null ? "" : text(f.getUnit().getName()), labels.of(f.getSeverity()),
                    r == null ? "" : text(r.getMeasure()), r == null ? "" : labels.of(r.getState()),
                    r == null || r.getDeadline() == null ? "" : r.getDeadline().toString()));
        }
        String progress = String.format(labels.text("report.progress"), found.size(), closed, asOf);
        return new TourReport(labels.text("report.title") + "：" + tour.getName(), facts, categoryCounts,
                List.of(labels.text("report.findingColumns").split("\\|")), rows, progress);
    }

    private static String names(List<? extends Named> objects) {
        StringJoiner joiner = new StringJoiner("、");
        objects.forEach(o -> joiner.add(text(o.getName())));
        return joiner.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
