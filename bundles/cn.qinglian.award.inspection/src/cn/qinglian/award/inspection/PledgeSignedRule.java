package cn.qinglian.award.inspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.eligibility.EligibilityRule;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.Units;
import cn.qinglian.inspection.model.InspectionRoot;
import cn.qinglian.inspection.model.Pledge;
import cn.qinglian.inspection.model.PledgeSignature;
import cn.qinglian.model.Person;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;

/**
 * {@code award.inspection.pledge-signed}: a nominee who must sign the current "十不" pledge (the
 * highest version issued by the last day of the period; they hold a post in a unit of one of its unit
 * kinds, or below one) has signed that version by that day. Without a pledge nobody is excluded.
 */
public final class PledgeSignedRule implements EligibilityRule {

    public static final String ID = "award.inspection.pledge-signed";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return Texts.format(locale, "pledgeSigned");
    }

    @Override
    public Optional<String> exclusionReason(Person nominee, EligibilityContext context) {
        Optional<InspectionRoot> root = WorkspaceParts.rootOf(context.organisation(), InspectionRoot.class);
        LocalDate asOf = context.asOf();
        if (root.isEmpty() || asOf == null) {
            return Optional.empty();
        }
        Optional<Pledge> current = root.get().getPledges().stream()
                .filter(p -> p.getIssuedOn() == null || !p.getIssuedOn().isAfter(asOf))
                .max(Comparator.comparingInt(Pledge::getVersion));
        if (current.isEmpty() || !mustSign(nominee, current.get(), asOf)) {
            return Optional.empty();
        }
        for (PledgeSignature signature : root.get().getSignatures()) {
            if (signature.getPledge() == current.get() && signature.getPerson() == nominee
                    && (signature.getSignedOn() == null || !signature.getSignedOn().isAfter(asOf))) {
                return Optional.empty();
            }
        }
        Pledge pledge = current.get();
        return Optional.of(Texts.format(context.locale(), "pledgeSigned.reason", pledge.getTitle(), pledge.getVersion(),
                pledge.getIssuedOn() == null ? "—" : pledge.getIssuedOn().toString(), asOf.toString()));
    }

    private static boolean mustSign(Person person, Pledge pledge, LocalDate asOf) {
        for (Tenure tenure : person.getTenures()) {
            if (tenure.getPost() != null && tenure.getPost().getUnit() != null && tenure.getStart() != null
                    && Dated.isCurrent(tenure, asOf)) {
                for (Unit unit : Units.ancestorsOrSelf(tenure.getPost().getUnit())) {
                    if (pledge.getScope().contains(unit.getKind())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
