package cn.qinglian.evaluation.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.Assessment;
import cn.qinglian.evaluation.model.AssessmentEntry;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;

/**
 * Proposes 末位 (last place) accountability from an assessment's rankings. In each ranking group with
 * more entries than {@code Assessment.lastPlaces} (n), the entries on the last n positions are proposed —
 * and with them every entry sharing the rank of the first of those positions, so a tie at the boundary
 * never singles out one of equals. A group of n entries or fewer proposes nobody (everyone would be last).
 * Entries that already have a 末位 record of this assessment are skipped, so proposing twice adds nothing.
 * <p>
 * The records are new, status {@link AccountabilityStatus#PROPOSED}, not yet in the model: add them
 * with a command.
 */
public final class LastPlaceProposals {

    private final Rankings rankings;
    private final Supplier<String> newId;

    public LastPlaceProposals(Rankings rankings, Supplier<String> newId) {
        this.rankings = rankings;
        this.newId = newId;
    }

    public List<AccountabilityRecord> propose(Assessment assessment, LocalDate date) {
        List<AccountabilityRecord> proposals = new ArrayList<>();
        int n = assessment.getLastPlaces();
        if (n <= 0) {
            return proposals;
        }
        for (Ranking ranking : rankings.of(assessment)) {
            List<RankedEntry> places = ranking.places();
            if (places.size() <= n) {
                continue;
            }
            int boundaryRank = places.get(places.size() - n).rank();
            for (RankedEntry place : places) {
                if (place.rank() >= boundaryRank && !alreadyProposed(assessment, place.score().entry())) {
                    proposals.add(record(assessment, place, ranking, date));
                }
            }
        }
        return proposals;
    }

    private AccountabilityRecord record(Assessment assessment, RankedEntry place, Ranking ranking, LocalDate date) {
        AssessmentEntry entry = place.score().entry();
        AccountabilityRecord record = EvaluationFactory.eINSTANCE.createAccountabilityRecord();
        record.setId(newId.get());
        record.setCategory(AccountabilityCategory.LAST_PLACE);
        record.setStatus(AccountabilityStatus.PROPOSED);
        record.setPerson(entry.getPerson());
        record.setUnit(entry.getPerson() == null ? entry.getUnit() : null);
        record.setAssessment(assessment);
        record.setDate(date);
        String group = ranking.group().isEmpty() ? "" : ranking.group() + " ";
        record.setDescription(assessment.getName() + " " + group + place.rank() + "/" + ranking.places().size()
                + " (" + place.score().total().toPlainString() + ")");
        return record;
    }

    private static boolean alreadyProposed(Assessment assessment, AssessmentEntry entry) {
        if (!(assessment.eContainer() instanceof Evaluation evaluation)) {
            return false;
        }
        return evaluation.getAccountabilityRecords().stream()
                .anyMatch(r -> r.getCategory() == AccountabilityCategory.LAST_PLACE && r.getAssessment() == assessment
                        && (entry.getPerson() != null ? r.getPerson() == entry.getPerson()
                                : r.getPerson() == null && r.getUnit() == entry.getUnit()));
    }
}
