package cn.qinglian.evaluation.rotation;

import java.text.Collator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.TenureLength;
import cn.qinglian.core.query.TenureLengths;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.RotationPlan;
import cn.qinglian.evaluation.rotation.RotationAlert.Scope;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;

/**
 * The rotation alerts (交流轮岗) of an organisation on a date: every person who has held a current post,
 * or served in its unit, for at least {@code years} full years without a break ({@link TenureLengths}).
 * The unit of a post in a section is the unit the section belongs to. A person gets one alert per
 * current post: scope POST when the post itself reached the threshold, else UNIT when the unit did.
 * The person's open rotation plan, if any, goes with the alert. Ordered longest stint first, then by name (Chinese collation).
 */
public final class RotationAlerts {

    private RotationAlerts() {
    }

    /**
     * @param evaluation the module's data for the plans, or {@code null}
     */
    public static List<RotationAlert> of(Organisation organisation, Evaluation evaluation, int years, LocalDate asOf) {
        List<RotationAlert> alerts = new ArrayList<>();
        for (Person person : organisation.getPeople()) {
            for (Tenure tenure : person.getTenures()) {
                Post post = tenure.getPost();
                if (post == null || post.getUnit() == null || !Dated.isCurrent(tenure, asOf)
                        || alerts.stream().anyMatch(a -> a.person() == person && a.post() == post)) {
                    continue;
                }
                Unit unit = countedUnit(post.getUnit());
                TenureLength inPost = TenureLengths.inPost(person, post, asOf);
                TenureLength inUnit = TenureLengths.inUnit(person, unit, asOf);
                Scope scope = inPost.atLeastYears(years, asOf) ? Scope.POST
                        : inUnit.atLeastYears(years, asOf) ? Scope.UNIT : null;
                if (scope == null) {
                    continue;
                }
                LocalDate since = scope == Scope.POST ? inPost.since() : inUnit.since();
                RotationPlan plan = openPlan(evaluation, person);
                alerts.add(new RotationAlert(person, post, unit, scope, since, Period.between(since, asOf), plan));
            }
        }
        Collator collator = Collator.getInstance(Locale.CHINA);
        alerts.sort(Comparator.comparing(RotationAlert::since)
                .thenComparing(a -> String.valueOf(a.person().getName()), collator)
                .thenComparing(a -> String.valueOf(a.person().getId())));
        return alerts;
    }

    /** The unit whose service counts for a post in {@code unit}: sections count as their parent unit. */
    public static Unit countedUnit(Unit unit) {
        Unit counted = unit;
        while (counted.getKind() == UnitKind.SECTION && counted.getParent() != null) {
            counted = counted.getParent();
        }
        return counted;
    }

    /** The person's first plan not yet carried out, or {@code null}. */
    public static RotationPlan openPlan(Evaluation evaluation, Person person) {
        if (evaluation == null) {
            return null;
        }
        for (RotationPlan plan : evaluation.getRotationPlans()) {
            if (plan.getPerson() == person && plan.getCompletedOn() == null) {
                return plan;
            }
        }
        return null;
    }
}
