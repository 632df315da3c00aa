package cn.qinglian.evaluation.rotation;

import java.time.LocalDate;
import java.time.Period;

import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Unit;

/**
 * A person due for rotation (交流轮岗): in the same post, or in the same unit, for at least the threshold.
 *
 * @param person the person
 * @param post the current post
 * @param unit the unit counted (the post's unit, or for a section the unit it belongs to)
 * @param scope whether the post or (only) the unit reached the threshold
 * @param since the first day of the unbroken stint
 * @param length the stint up to the date asked about
 * @param plan the person's open rotation plan, or {@code null} when none is recorded
 */
public record RotationAlert(Person person, Post post, Unit unit, Scope scope, LocalDate since, Period length,
        RotationPlan plan) {

    /** What has lasted too long. */
    public enum Scope {
        /** The same post. */
        POST,
        /** Different posts, but the same unit. */
        UNIT
    }

    /** Whether the open plan's date has passed on {@code asOf}. */
    public boolean planOverdue(LocalDate asOf) {
        return plan != null && plan.getPlannedDate() != null && plan.getPlannedDate().isBefore(asOf);
    }
}
