package cn.qinglian.diagram.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Post;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.diagram.ui.DiagramUiMessages;

/**
 * Whether a reporting line drawn in a diagram may be created: between two different posts, not a copy
 * of an existing line of the same kind, and (except 相互 lines, which are pairs by nature) not closing a
 * cycle of lines, which the validation rule {@code line.no-cycle} would report as an error. Plain Java.
 */
public final class NewLineRules {

    private NewLineRules() {
    }

    /** Why the line may not be created, in the user's language; empty when it may. */
    public static Optional<String> problem(Organisation organisation, Party from, Party to, ReportingKind kind) {
        if (!(from instanceof Post) || !(to instanceof Post)) {
            return Optional.of(DiagramUiMessages.get("lineNotPost"));
        }
        if (from == to) {
            return Optional.of(DiagramUiMessages.get("lineToSelf"));
        }
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getFrom() == from && line.getTo() == to && line.getKind() == kind) {
                return Optional.of(DiagramUiMessages.get("lineExists"));
            }
        }
        if (kind != ReportingKind.MUTUAL) {
            int steps = steps(organisation, to, from);
            if (steps > 0) {
                return Optional.of(DiagramUiMessages.get("lineCycle", to.getName(), from.getName(), steps));
            }
        }
        return Optional.empty();
    }

    /** The number of non-mutual lines on a shortest way from {@code start} to {@code goal}; 0 when none. */
    private static int steps(Organisation organisation, Party start, Party goal) {
        Map<Party, List<Party>> next = new HashMap<>();
        for (ReportingLine line : organisation.getReportingLines()) {
            if (line.getKind() != ReportingKind.MUTUAL && line.getFrom() != null && line.getTo() != null) {
                next.computeIfAbsent(line.getFrom(), p -> new ArrayList<>()).add(line.getTo());
            }
        }
        Map<Party, Integer> distance = new HashMap<>();
        Deque<Party> queue = new ArrayDeque<>();
        distance.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            Party party = queue.poll();
            for (Party up : next.getOrDefault(party, List.of())) {
                if (!distance.containsKey(up)) {
                    distance.put(up, distance.get(party) + 1);
                    if (up == goal) {
                        return distance.get(up);
                    }
                    queue.add(up);
                }
            }
        }
        return 0;
    }
}
