package cn.qinglian.inspection.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.ResponsibleLeader;
import cn.qinglian.core.query.ResponsibleLeaders;
import cn.qinglian.inspection.model.Decision;
import cn.qinglian.inspection.model.InspectionFactory;
import cn.qinglian.inspection.model.InvestigationCase;
import cn.qinglian.inspection.model.LeaderInvestigation;
import cn.qinglian.inspection.model.LeaderResponsibility;
import cn.qinglian.model.Person;

/**
 * "One case, two investigations" (一案双查): proposes the investigation of the responsible leaders of a
 * case's subject, found through the responsibility hierarchy ({@link ResponsibleLeaders}: the head of
 * the subject's unit and the leaders in charge of it on the day the case was opened), and tells whether a
 * case is complete (its own decision and every leader's decision made).
 */
public final class SecondInvestigations {

    private final ResponsibleLeaders leaders;

    public SecondInvestigations(OrganisationIndex index) {
        this.leaders = new ResponsibleLeaders(index);
    }

    /**
     * New leader investigations (not yet added to the case), one per responsible leader post and holder
     * (a vacant leader post gives one without a person); none when the case names no subject post.
     */
    public List<LeaderInvestigation> propose(InvestigationCase investigationCase, LocalDate asOf) {
        List<LeaderInvestigation> proposed = new ArrayList<>();
        if (investigationCase.getSubjectPost() == null) {
            return proposed;
        }
        LocalDate day = investigationCase.getOpenedOn() != null ? investigationCase.getOpenedOn() : asOf;
        for (ResponsibleLeader leader : leaders.of(investigationCase.getSubjectPost(), day)) {
            LeaderResponsibility responsibility = leader.responsibility() == ResponsibleLeader.Responsibility.HEAD_OF_UNIT
                    ? LeaderResponsibility.HEAD_OF_UNIT
                    : LeaderResponsibility.LEADER_IN_CHARGE;
            List<Person> holders = leader.holders().isEmpty() ? java.util.Collections.singletonList(null)
                    : leader.holders();
            for (Person holder : holders) {
                if (holder != null && holder == investigationCase.getSubject()) {
                    continue;
                }
                LeaderInvestigation investigation = InspectionFactory.eINSTANCE.createLeaderInvestigation();
                investigation.setId(java.util.UUID.randomUUID().toString());
                investigation.setLeaderPost(leader.post());
                investigation.setLeader(holder);
                investigation.setResponsibility(responsibility);
                investigation.setDecision(Decision.PENDING);
                proposed.add(investigation);
            }
        }
        return proposed;
    }

    /** Whether the case has at least one leader investigation (the second of 一案双查). */
    public static boolean hasSecondInvestigation(InvestigationCase investigationCase) {
        return !investigationCase.getSecondInvestigations().isEmpty();
    }

    /** Whether the subject's decision and every leader's decision are made, and there is a second investigation. */
    public static boolean isComplete(InvestigationCase investigationCase) {
        return investigationCase.getDecision() != Decision.PENDING && hasSecondInvestigation(investigationCase)
                && investigationCase.getSecondInvestigations().stream()
                        .allMatch(i -> i.getDecision() != Decision.PENDING);
    }
}
