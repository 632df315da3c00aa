package cn.qinglian.award.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import cn.qinglian.award.AwardMessages;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.AwardPackage;
import cn.qinglian.award.model.Decision;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.ElectionStep;
import cn.qinglian.award.model.Nomination;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.model.StepKind;
import cn.qinglian.award.model.Vote;
import cn.qinglian.award.output.ScoreTexts;
import cn.qinglian.model.Person;

/**
 * The steps of an election as undoable EMF commands on an editing domain: open, nominate, close
 * nominations, vote, decide. Each step also records an {@link ElectionStep}. A step that is not allowed
 * throws {@link ElectionRefused} with why, before anything is changed.
 */
public final class ElectionCommands {

    private static final AwardPackage AWARD = AwardPackage.eINSTANCE;
    private static final AwardFactory FACTORY = AwardFactory.eINSTANCE;

    private final EditingDomain domain;
    private final Locale locale;
    private final Supplier<String> ids;

    /** Commands on {@code domain} whose records are written in {@code locale}; new objects get random UUIDs. */
    public ElectionCommands(EditingDomain domain, Locale locale) {
        this(domain, locale, () -> UUID.randomUUID().toString());
    }

    /** As above, new objects taking their ids from {@code ids} (the sample uses repeatable ones). */
    public ElectionCommands(EditingDomain domain, Locale locale, Supplier<String> ids) {
        this.domain = domain;
        this.locale = locale;
        this.ids = ids;
    }

    /** Adds {@code election} (see {@link Elections#create}) to {@code book} and records that nominations opened. */
    public Command open(AwardBook book, Election election, LocalDate date) throws ElectionRefused {
        for (Election other : book.getElections()) {
            if (other.getAwardType() == election.getAwardType() && other.getScope() == election.getScope()
                    && other.getPeriod() != null && other.getPeriod().equals(election.getPeriod())) {
                throw refused("refused.exists", election.getAwardType().getName(), election.getScope().getName(),
                        election.getPeriod());
            }
        }
        election.getSteps().add(step(date, StepKind.OPENED, null, AwardMessages.format(locale, "step.opened",
                election.getAwardType().getName(), election.getScope().getName(), election.getPeriod(),
                text(election.getNominationOpens()), text(election.getNominationCloses()))));
        return labelled("command.open", AddCommand.create(domain, book, AWARD.getAwardBook_Elections(), election));
    }

    public Command nominate(Election election, Person nominee, Person nominator, NominationKind kind, String reason,
            LocalDate date) throws ElectionRefused {
        requireStatus(election, ElectionStatus.NOMINATING);
        requireWithin(date, election.getNominationOpens(), election.getNominationCloses(), "refused.nominationWindow");
        if (nominee == nominator) {
            throw refused("refused.selfNomination", nominee.getName());
        }
        if (reason == null || reason.isBlank()) {
            throw refused("refused.noReason");
        }
        for (Nomination other : election.getNominations()) {
            if (other.getNominee() == nominee && other.getNominator() == nominator) {
                throw refused("refused.nominatedTwice", nominator.getName(), nominee.getName());
            }
        }
        Nomination nomination = FACTORY.createNomination();
        nomination.setId(ids.get());
        nomination.setNominee(nominee);
        nomination.setNominator(nominator);
        nomination.setKind(kind);
        nomination.setReason(reason.strip());
        nomination.setDate(date);
        String key = kind == NominationKind.LEADER ? "step.recommended" : "step.nominated";
        return compound("command.nominate",
                AddCommand.create(domain, election, AWARD.getElection_Nominations(), nomination),
                addStep(election, date, StepKind.NOMINATED, nominator,
                        AwardMessages.format(locale, key, nominator.getName(), nominee.getName(), reason.strip())));
    }

    public Command closeNominations(Election election, LocalDate date) throws ElectionRefused {
        requireStatus(election, ElectionStatus.NOMINATING);
        if (election.getNominations().isEmpty()) {
            throw refused("refused.noNominations");
        }
        return compound("command.closeNominations",
                SetCommand.create(domain, election, AWARD.getElection_Status(), ElectionStatus.VOTING),
                addStep(election, date, StepKind.VOTING_OPENED, null, AwardMessages.format(locale, "step.votingOpened",
                        ElectionEvaluation.nominees(election).size(), text(election.getVotingOpens()),
                        text(election.getVotingCloses()), election.getAwardType().getVotesPerVoter())));
    }

    /** A vote; refused for oneself, for someone not nominated, twice for the same nominee, and beyond the voter's cap. */
    public Command vote(Election election, Person voter, Person nominee, LocalDate date) throws ElectionRefused {
        requireStatus(election, ElectionStatus.VOTING);
        requireWithin(date, election.getVotingOpens(), election.getVotingCloses(), "refused.votingWindow");
        if (voter == nominee) {
            throw refused("refused.selfVote", voter.getName());
        }
        if (!ElectionEvaluation.nominees(election).contains(nominee)) {
            throw refused("refused.notNominated", nominee.getName());
        }
        List<Vote> cast = election.getVotes().stream().filter(v -> v.getVoter() == voter && v.getVoter() != v.getNominee())
                .toList();
        if (cast.stream().anyMatch(v -> v.getNominee() == nominee)) {
            throw refused("refused.votedTwice", voter.getName(), nominee.getName());
        }
        int cap = election.getAwardType().getVotesPerVoter();
        if (cast.stream().map(Vote::getNominee).distinct().count() >= cap) {
            throw refused("refused.overCap", voter.getName(), cap);
        }
        Vote vote = FACTORY.createVote();
        vote.setId(ids.get());
        vote.setVoter(voter);
        vote.setNominee(nominee);
        vote.setDate(date);
        return compound("command.vote", AddCommand.create(domain, election, AWARD.getElection_Votes(), vote),
                addStep(election, date, StepKind.VOTED, voter,
                        AwardMessages.format(locale, "step.voted", voter.getName(), nominee.getName())));
    }

    /** Decides the election with the proposed winners of {@code result} and records the ranking with its breakdown. */
    public Command decide(ElectionResult result, String decidedBy, LocalDate date) throws ElectionRefused {
        Election election = result.election();
        requireStatus(election, ElectionStatus.VOTING);
        List<Person> winners = result.proposedWinners();
        if (winners.isEmpty()) {
            throw refused("refused.noEligibleNominee");
        }
        Decision decision = FACTORY.createDecision();
        decision.setId(ids.get());
        decision.setDate(date);
        decision.getWinners().addAll(winners);
        decision.setDecidedBy(decidedBy);
        decision.setExplanation(ScoreTexts.ranking(result, locale));
        String names = String.join("、", winners.stream().map(Person::getName).toList());
        return compound("command.decide",
                SetCommand.create(domain, election, AWARD.getElection_Decision(), decision),
                SetCommand.create(domain, election, AWARD.getElection_Status(), ElectionStatus.DECIDED),
                addStep(election, date, StepKind.DECIDED, null,
                        AwardMessages.format(locale, "step.decided", decidedBy, names)));
    }

    private Command addStep(Election election, LocalDate date, StepKind kind, Person actor, String text) {
        return AddCommand.create(domain, election, AWARD.getElection_Steps(), step(date, kind, actor, text));
    }

    private ElectionStep step(LocalDate date, StepKind kind, Person actor, String text) {
        ElectionStep step = FACTORY.createElectionStep();
        step.setId(ids.get());
        step.setDate(date);
        step.setKind(kind);
        step.setActor(actor);
        step.setText(text);
        return step;
    }

    private Command compound(String labelKey, Command... commands) {
        CompoundCommand compound = new CompoundCommand(AwardMessages.format(locale, labelKey));
        for (Command command : commands) {
            compound.append(command);
        }
        return compound;
    }

    private Command labelled(String labelKey, Command command) {
        return compound(labelKey, command);
    }

    private void requireStatus(Election election, ElectionStatus status) throws ElectionRefused {
        if (election.getStatus() != status) {
            throw refused("refused.status." + status.getLiteral().toLowerCase(Locale.ROOT),
                    AwardMessages.format(locale, "status." + election.getStatus().getLiteral()));
        }
    }

    private void requireWithin(LocalDate date, LocalDate first, LocalDate last, String key) throws ElectionRefused {
        if (date == null || (first != null && date.isBefore(first)) || (last != null && date.isAfter(last))) {
            throw refused(key, text(date), text(first), text(last));
        }
    }

    private ElectionRefused refused(String key, Object... arguments) {
        return new ElectionRefused(AwardMessages.format(locale, key, arguments));
    }

    private static String text(LocalDate date) {
        return date == null ? "—" : date.toString();
    }
}
