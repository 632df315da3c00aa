package cn.qinglian.inspection.rectification;

import static cn.qinglian.inspection.model.RectificationState.CLOSED;
import static cn.qinglian.inspection.model.RectificationState.IN_PROGRESS;
import static cn.qinglian.inspection.model.RectificationState.OPEN;
import static cn.qinglian.inspection.model.RectificationState.SUBMITTED;
import static cn.qinglian.inspection.model.RectificationState.VERIFIED;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.Rectification;
import cn.qinglian.inspection.model.RectificationState;
import cn.qinglian.inspection.model.StateTransition;

/**
 * The lifecycle of a rectification (整改): 待整改 OPEN → 整改中 IN_PROGRESS → 已提交 SUBMITTED → 已验收
 * VERIFIED → 已销号 CLOSED. A submission can be sent back (SUBMITTED → IN_PROGRESS), and a verified or
 * closed rectification can be reopened (→ OPEN). Every transition names who made it, when and why.
 */
public final class RectificationLifecycle {

    private static final Map<RectificationState, Set<RectificationState>> NEXT = Map.of(
            OPEN, EnumSet.of(IN_PROGRESS),
            IN_PROGRESS, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(VERIFIED, IN_PROGRESS),
            VERIFIED, EnumSet.of(CLOSED, OPEN),
            CLOSED, EnumSet.of(OPEN));

    private RectificationLifecycle() {
    }

    /** The states a rectification in {@code state} may move to, in lifecycle order. */
    public static List<RectificationState> next(RectificationState state) {
        return List.copyOf(NEXT.get(state));
    }

    public static boolean allowed(RectificationState from, RectificationState to) {
        return NEXT.get(from).contains(to);
    }

    /** Whether the rectification still needs work or a decision (anything but CLOSED). */
    public static boolean isOpen(Rectification rectification) {
        return rectification.getState() != CLOSED;
    }

    /** Whether the rectification is past its deadline on {@code asOf} and not yet verified or closed. */
    public static boolean isOverdue(Rectification rectification, java.time.LocalDate asOf) {
        RectificationState state = rectification.getState();
        return rectification.getDeadline() != null && rectification.getDeadline().isBefore(asOf)
                && state != VERIFIED && state != CLOSED;
    }

    /**
     * The record of moving {@code rectification} to {@code to} (not yet added to it).
     *
     * @throws IllegalTransitionException when the move is not allowed, or who or why is missing
     */
    public static StateTransition transition(Rectification rectification, RectificationState to, String by,
            LocalDateTime at, String reason) throws IllegalTransitionException {
        RectificationState from = rectification.getState();
        if (!allowed(from, to)) {
            throw new IllegalTransitionException(IllegalTransitionException.Reason.NOT_ALLOWED, from, to);
        }
        if (by == null || by.isBlank()) {
            throw new IllegalTransitionException(IllegalTransitionException.Reason.NO_ACTOR, from, to);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException(IllegalTransitionException.Reason.NO_REASON, from, to);
        }
        StateTransition transition = InspectionFactory.eINSTANCE.createStateTransition();
        transition.setFrom(from);
        transition.setTo(to);
        transition.setBy(by.strip());
        transition.setAt(at);
        transition.setReason(reason.strip());
        return transition;
    }

    /** Applies a transition directly (plain Java, e.g. the sample generator; the UI uses commands). */
    public static void apply(Rectification rectification, RectificationState to, String by, LocalDateTime at,
            String reason) throws IllegalTransitionException {
        StateTransition transition = transition(rectification, to, by, at, reason);
        rectification.getTransitions().add(transition);
        rectification.setState(to);
    }
}
