package cn.qinglian.inspection.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.inspection.InspectionLabels;
import cn.qinglian.inspection.categories.FindingCategories;
import cn.qinglian.inspection.model.Finding;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.StateTransition;
import cn.qinglian.inspection.rectification.RectificationLifecycle;

/**
 * One line of the rectification ledger (整改台账), as shown in the ledger view and written to XLSX: the
 * finding (source, title, category, severity, unit, people), the rectification (measure, owner, deadline,
 * state, overdue) and its last transition.
 */
public record LedgerRow(Rectification rectification, String source, String finding, String category, String severity,
        String unit, String persons, String measure, String owner, LocalDate deadline, String state, boolean overdue,
        String lastBy, LocalDateTime lastAt, String lastReason) {

    public static LedgerRow of(Rectification r, LocalDate asOf, InspectionLabels labels, FindingCategories categories) {
        Finding f = r.getFinding();
        Locale locale = labels.locale();
        List<StateTransition> transitions = r.getTransitions();
        StateTransition last = transitions.isEmpty() ? null : transitions.get(transitions.size() - 1);
        return new LedgerRow(r, f == null ? "" : source(f, labels), f == null ? "" : text(f.getTitle()),
                f == null ? "" : categories.nameOf(f.getCategory(), locale), f == null ? "" : labels.of(f.getSeverity()),
                f == null || f.getUnit() == null ? "" : ObjectPaths.path(f.getUnit()),
                f == null ? "" : persons(f), text(r.getMeasure()),
                r.getOwnerPost() == null ? "" : ObjectPaths.path(r.getOwnerPost()), r.getDeadline(),
                labels.of(r.getState()), RectificationLifecycle.isOverdue(r, asOf), last == null ? "" : text(last.getBy()),
                last == null ? null : last.getAt(), last == null ? "" : text(last.getReason()));
    }

    private static String source(Finding f, InspectionLabels labels) {
        String source = labels.of(f.getSource());
        if (f.getTour() != null) {
            return source + "：" + text(f.getTour().getName());
        }
        if (f.getComplaint() != null) {
            return source + "：" + text(f.getComplaint().getNumber());
        }
        if (f.getLiaisonStation() != null) {
            return source + "：" + text(f.getLiaisonStation().getName());
        }
        return source;
    }

    private static String persons(Finding f) {
        StringJoiner names = new StringJoiner("、");
        f.getPersons().forEach(p -> names.add(text(p.getName())));
        return names.toString();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
