package cn.qinglian.evaluation.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.core.query.Posts;
import cn.qinglian.core.query.ResponsibleLeader;
import cn.qinglian.core.query.ResponsibleLeaders;
import cn.qinglian.core.query.Units;
import cn.qinglian.evaluation.model.AccountabilityCategory;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.EvaluationFactory;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.Tenure;

/**
 * "Failure to hold accountable is itself accountable" (失责不追责): for an accountability matter, the
 * records against the leaders responsible for its subject, found through the hierarchy with
 * {@link ResponsibleLeaders} on the matter's date:
 * <ul>
 * <li>a person: the responsible leaders of the record's post, or else of every post the person holds
 * on the date;</li>
 * <li>a unit: its head (nearest head post), then the leaders in charge of that head post's unit.</li>
 * </ul>
 * One record per leader holding the responsible post on the date (a vacant post gives a record naming
 * only the post); the subject is never their own responsible leader. The records are new, status
 * PROPOSED, {@code cause} set to the matter: add them with a command.
 */
public final class FailureToHoldAccountable {

    private final ResponsibleLeaders leaders;
    private final Supplier<String> newId;

    public FailureToHoldAccountable(OrganisationIndex index, Supplier<String> newId) {
        this.leaders = new ResponsibleLeaders(index);
        this.newId = newId;
    }

    public List<AccountabilityRecord> propose(AccountabilityRecord cause, LocalDate date) {
        LocalDate asOf = cause.getDate() != null ? cause.getDate() : date;
        Set<Post> leaderPosts = new LinkedHashSet<>();
        for (Post post : subjectPosts(cause, asOf)) {
            if (cause.getPerson() == null) {
                leaderPosts.add(post); // the unit's head answers for the unit
            }
            leaders.of(post, asOf).stream().map(ResponsibleLeader::post).forEach(leaderPosts::add);
        }
        List<AccountabilityRecord> records = new ArrayList<>();
        for (Post post : leaderPosts) {
            List<Person> holders = Posts.holders(post, asOf);
            if (holders.isEmpty()) {
                records.add(record(cause, post, null, date));
            }
            for (Person holder : holders) {
                if (holder != cause.getPerson()) {
                    records.add(record(cause, post, holder, date));
                }
            }
        }
        return records;
    }

    private static List<Post> subjectPosts(AccountabilityRecord cause, LocalDate asOf) {
        List<Post> posts = new ArrayList<>();
        if (cause.getPerson() != null) {
            if (cause.getPost() != null) {
                posts.add(cause.getPost());
            } else {
                for (Tenure tenure : cause.getPerson().getTenures()) {
                    if (tenure.getPost() != null && cn.qinglian.core.query.Dated.isCurrent(tenure, asOf)) {
                        posts.add(tenure.getPost());
                    }
                }
            }
        } else if (cause.getUnit() != null) {
            Optional<Post> head = Units.nearestHeadPost(cause.getUnit(), asOf);
            head.ifPresent(posts::add);
        }
        return posts;
    }

    private AccountabilityRecord record(AccountabilityRecord cause, Post post, Person holder, LocalDate date) {
        AccountabilityRecord record = EvaluationFactory.eINSTANCE.createAccountabilityRecord();
        record.setId(newId.get());
        record.setCategory(AccountabilityCategory.FAILURE_TO_HOLD_ACCOUNTABLE);
        record.setStatus(AccountabilityStatus.PROPOSED);
        record.setPerson(holder);
        record.setPost(post);
        record.setCause(cause);
        record.setDate(date);
        record.setDescription(cause.getDescription());
        return record;
    }
}
