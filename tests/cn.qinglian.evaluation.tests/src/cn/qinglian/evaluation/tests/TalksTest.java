package cn.qinglian.evaluation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.qinglian.evaluation.model.ScheduledTalk;
import cn.qinglian.evaluation.talks.TalkPlanner;
import cn.qinglian.evaluation.talks.TalkSchedule;
import cn.qinglian.evaluation.talks.TalkStatus;
import cn.qinglian.model.PostRole;

/** Scheduled talks (定时约谈) with frontline officers: plan, reminders, record. */
class TalksTest {

    private static final LocalDate DUE = LocalDate.of(2020, 1, 10);

    private static List<ScheduledTalk> plan(Town town) {
        return new TalkPlanner(() -> UUID.randomUUID().toString()).plan(town.organisation, town.evaluation, Town.AS_OF, DUE);
    }

    @Test
    void everyCurrentOfficerWithoutAPendingTalkGetsOneWithTheHeadAsInterviewer() {
        Town town = Town.standard();
        town.staffed("和埠派出所#辅警", PostRole.ENFORCEMENT_OFFICER, "冯辅警", "2019-01-01");
        List<ScheduledTalk> talks = plan(town);
        assertEquals(List.of("钱队员 周所长 2020-01-10", "冯辅警 周所长 2020-01-10"), talks.stream()
                .map(t -> t.getOfficer().getName() + " " + t.getInterviewer().getName() + " " + t.getDueDate()).toList());
        town.evaluation.getTalks().addAll(talks);
        assertEquals(List.of(), plan(town));
        talks.get(0).setHeldOn(LocalDate.of(2020, 1, 8));
        assertEquals(List.of("钱队员"), plan(town).stream().map(t -> t.getOfficer().getName()).toList());
    }

    @Test
    void statusFollowsTheDueDateAndTheReminderWindowOfFourteenDays() {
        Town town = Town.standard();
        ScheduledTalk talk = plan(town).get(0);
        assertEquals(TalkStatus.PLANNED, TalkStatus.of(talk, LocalDate.of(2019, 12, 26)));
        assertEquals(TalkStatus.DUE_SOON, TalkStatus.of(talk, LocalDate.of(2019, 12, 27)));
        assertEquals(TalkStatus.DUE_SOON, TalkStatus.of(talk, DUE));
        assertEquals(TalkStatus.OVERDUE, TalkStatus.of(talk, DUE.plusDays(1)));
        talk.setHeldOn(DUE.plusDays(3));
        assertEquals(TalkStatus.HELD, TalkStatus.of(talk, DUE.plusDays(5)));
    }

    @Test
    void remindersListOverdueAndSoonDueTalksEarliestFirst() {
        Town town = Town.standard();
        town.staffed("和埠派出所#辅警", PostRole.ENFORCEMENT_OFFICER, "冯辅警", "2019-01-01");
        town.staffed("和埠派出所#协管员", PostRole.ENFORCEMENT_OFFICER, "陈协管", "2019-01-01");
        List<ScheduledTalk> talks = plan(town);
        talks.get(0).setDueDate(LocalDate.of(2020, 1, 20)); // 钱队员: due in 20 days, not yet reminded
        talks.get(1).setDueDate(LocalDate.of(2019, 12, 1)); // 冯辅警: overdue
        talks.get(2).setDueDate(LocalDate.of(2020, 1, 5)); // 陈协管: due soon
        town.evaluation.getTalks().addAll(talks);
        assertEquals(List.of("冯辅警", "陈协管"),
                TalkSchedule.reminders(town.evaluation, Town.AS_OF).stream().map(t -> t.getOfficer().getName()).toList());
        assertEquals(List.of("冯辅警"),
                TalkSchedule.overdue(town.evaluation, Town.AS_OF).stream().map(t -> t.getOfficer().getName()).toList());
    }
}
