package cn.qinglian.award.election;

import java.time.LocalDate;
import java.util.UUID;

import cn.qinglian.award.Periods;
import cn.qinglian.award.model.AwardFactory;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.model.Unit;

/**
 * New elections. An election looks back on its period: nominations open the day after the period
 * ends and stay open {@value #NOMINATION_DAYS} days, voting follows for {@value #VOTING_DAYS} days.
 */
public final class Elections {

    public static final int NOMINATION_DAYS = 7;
    public static final int VOTING_DAYS = 7;

    private Elections() {
    }

    /** A new election (not yet in a book) of {@code type} in {@code scope} for the period containing {@code dayInPeriod}. */
    public static Election create(AwardType type, Unit scope, LocalDate dayInPeriod) {
        return create(type, scope, dayInPeriod, UUID.randomUUID().toString());
    }

    /** As above, with the given id. */
    public static Election create(AwardType type, Unit scope, LocalDate dayInPeriod, String id) {
        Election election = AwardFactory.eINSTANCE.createElection();
        election.setId(id);
        election.setAwardType(type);
        election.setScope(scope);
        LocalDate start = Periods.startOf(type.getCadence(), dayInPeriod);
        LocalDate end = Periods.endOf(type.getCadence(), dayInPeriod);
        election.setPeriod(Periods.label(type.getCadence(), start));
        election.setPeriodStart(start);
        election.setPeriodEnd(end);
        election.setNominationOpens(end.plusDays(1));
        election.setNominationCloses(end.plusDays(NOMINATION_DAYS));
        election.setVotingOpens(end.plusDays(NOMINATION_DAYS + 1));
        election.setVotingCloses(end.plusDays(NOMINATION_DAYS + VOTING_DAYS));
        election.setStatus(ElectionStatus.NOMINATING);
        return election;
    }

    /** {@code date} moved into [{@code first}, {@code last}] (unset ends do not limit). */
    public static LocalDate within(LocalDate date, LocalDate first, LocalDate last) {
        LocalDate result = date;
        if (first != null && result.isBefore(first)) {
            result = first;
        }
        if (last != null && result.isAfter(last)) {
            result = last;
        }
        return result;
    }
}
