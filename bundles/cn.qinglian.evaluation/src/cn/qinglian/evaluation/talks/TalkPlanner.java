package cn.qinglian.evaluation.talks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.qinglian.core.query.Dated;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.Units;
import cn.qinglian.evaluation.model.Evaluation;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Tenure;

/**
 * Plans scheduled talks (定时约谈) with frontline enforcement officers: every person holding an
 * ENFORCEMENT_OFFICER post on the date who has no talk pending (planned, not held) gets one, due on the
 * given day, with the head of the officer's unit (nearest head post, its first holder) as interviewer.
 * The talks are new, not yet in the model: add them with a command.
 */
public final class TalkPlanner {

    private final Supplier<String> newId;

    public TalkPlanner(Supplier<String> newId) {
        this.newId = newId;
    }

    public List<ScheduledTalk> plan(Organisation organisation, Evaluation evaluation, LocalDate asOf, LocalDate due) {
        List<ScheduledTalk> talks = new ArrayList<>();
        for (Person person : organisation.getPeople()) {
            Tenure officerPost = officerTenure(person, asOf);
            if (officerPost == null || pending(evaluation, person)) {
                continue;
            }
            ScheduledTalk talk = EvaluationFactory.eINSTANCE.createScheduledTalk();
            talk.setId(newId.get());
            talk.setOfficer(person);
            talk.setDueDate(due);
            Units.nearestHeadPost(officerPost.getPost().getUnit(), asOf)
                    .flatMap(head -> Posts.holders(head, asOf).stream().findFirst())
                    .ifPresent(talk::setInterviewer);
            talks.add(talk);
        }
        return talks;
    }

    private static Tenure officerTenure(Person person, LocalDate asOf) {
        for (Tenure tenure : person.getTenures()) {
            if (tenure.getPost() != null && tenure.getPost().getRole() == PostRole.ENFORCEMENT_OFFICER
                    && tenure.getPost().getUnit() != null && Dated.isCurrent(tenure, asOf)) {
                return tenure;
            }
        }
        return null;
    }

    private static boolean pending(Evaluation evaluation, Person person) {
        return evaluation.getTalks().stream().anyMatch(t -> t.getOfficer() == person && t.getHeldOn() == null);
    }
}
