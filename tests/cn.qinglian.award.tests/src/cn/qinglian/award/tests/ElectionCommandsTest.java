package cn.qinglian.award.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import cn.qinglian.award.election.ElectionCommands;
import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionRefused;
import cn.qinglian.award.election.Elections;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.rules.BuiltInEligibilityRules;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.ElectionStep;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.award.scoring.criteria.BuiltInScoringCriteria;

/** A monthly election run step by step through the commands, as the workbench runs it. */
class ElectionCommandsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final Station s = new Station();
    private final BasicCommandStack stack = new BasicCommandStack();
    private final ElectionCommands commands = new ElectionCommands(
            new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack), ZH);

    private void run(Command command) {
        assertTrue(command.canExecute());
        stack.execute(command);
    }

    @Test
    void aFullElectionIsRecordedStepByStepAndRefusesWhatTheRulesForbid() throws Exception {
        Election election = Elections.create(s.monthly, s.station, LocalDate.of(2019, 11, 15));
        assertEquals("2019-11", election.getPeriod());
        assertEquals(LocalDate.of(2019, 12, 1), election.getNominationOpens());
        assertEquals(LocalDate.of(2019, 12, 14), election.getVotingCloses());
        run(commands.open(s.book, election, LocalDate.of(2019, 12, 1)));
        assertThrows(ElectionRefused.class, () -> commands.open(s.book,
                Elections.create(s.monthly, s.station, LocalDate.of(2019, 11, 2)), LocalDate.of(2019, 12, 1)));

        LocalDate day = LocalDate.of(2019, 12, 2);
        run(commands.nominate(election, s.p("王一"), s.p("张所长"), NominationKind.LEADER, "执法规范", day));
        run(commands.nominate(election, s.p("李二"), s.p("赵三"), NominationKind.COLLEAGUE, "服务企业", day));
        run(commands.nominate(election, s.p("赵三"), s.p("李二"), NominationKind.COLLEAGUE, "调解纠纷", day));
        assertEquals("提名时间为 2019-12-01 至 2019-12-07，2019-12-08 不在其中", assertThrows(ElectionRefused.class,
                () -> commands.nominate(election, s.p("赵三"), s.p("李二"), NominationKind.COLLEAGUE, "x",
                        LocalDate.of(2019, 12, 8))).getMessage());
        assertEquals("赵三 不能提名自己", assertThrows(ElectionRefused.class, () -> commands.nominate(election,
                s.p("赵三"), s.p("赵三"), NominationKind.COLLEAGUE, "x", day)).getMessage());
        assertEquals("提名需写明理由", assertThrows(ElectionRefused.class, () -> commands.nominate(election,
                s.p("赵三"), s.p("李二"), NominationKind.COLLEAGUE, " ", day)).getMessage());
        assertThrows(ElectionRefused.class, () -> commands.vote(election, s.p("孙六"), s.p("王一"), day));

        run(commands.closeNominations(election, LocalDate.of(2019, 12, 7)));
        assertEquals(ElectionStatus.VOTING, election.getStatus());
        LocalDate voting = LocalDate.of(2019, 12, 9);
        run(commands.vote(election, s.p("孙六"), s.p("王一"), voting));
        run(commands.vote(election, s.p("孙六"), s.p("李二"), voting));
        assertEquals("李二 不能投票给自己", assertThrows(ElectionRefused.class,
                () -> commands.vote(election, s.p("李二"), s.p("李二"), voting)).getMessage());
        assertEquals("孙六 已经投票给 李二", assertThrows(ElectionRefused.class,
                () -> commands.vote(election, s.p("孙六"), s.p("李二"), voting)).getMessage());
        s.monthly.setVotesPerVoter(2);
        assertEquals("孙六 已投满本次评选每人 2 票的上限", assertThrows(ElectionRefused.class,
                () -> commands.vote(election, s.p("孙六"), s.p("赵三"), voting)).getMessage());
        run(commands.vote(election, s.p("周七"), s.p("李二"), voting));
        assertEquals("钱五 未被提名", assertThrows(ElectionRefused.class,
                () -> commands.vote(election, s.p("周七"), s.p("钱五"), voting)).getMessage());

        ElectionEvaluation evaluation = new ElectionEvaluation(new Eligibility(BuiltInEligibilityRules.all()),
                new Scoring(BuiltInScoringCriteria.all()));
        run(commands.decide(evaluation.evaluate(s.organisation, s.book, election, ZH), "站所班子会议",
                LocalDate.of(2019, 12, 15)));
        assertEquals(ElectionStatus.DECIDED, election.getStatus());
        // 李二: votes 2/2 → 100, leader 0 → 50.00; 王一: votes 1/2 → 50, leader 100 → 75.00
        assertEquals(List.of(s.p("王一")), election.getDecision().getWinners());
        assertTrue(election.getDecision().getExplanation().startsWith("第 1 名 王一：75.00 分，有效票 1 票"),
                election.getDecision().getExplanation());
        assertEquals(List.of("OPENED 2019-12-01 开始城东派出所2019-11“每月之星”评选，提名时间 2019-12-01 至 2019-12-07",
                "NOMINATED 2019-12-02 张所长（领导）推荐 王一：执法规范",
                "NOMINATED 2019-12-02 赵三 提名 李二：服务企业", "NOMINATED 2019-12-02 李二 提名 赵三：调解纠纷",
                "VOTING_OPENED 2019-12-07 提名截止，共 3 名被提名人；投票时间 2019-12-08 至 2019-12-14，每人最多 3 票",
                "VOTED 2019-12-09 孙六 投票给 王一", "VOTED 2019-12-09 孙六 投票给 李二", "VOTED 2019-12-09 周七 投票给 李二",
                "DECIDED 2019-12-15 站所班子会议决定：王一 当选"), steps(election));

        stack.undo();
        assertEquals(ElectionStatus.VOTING, election.getStatus());
        assertEquals(null, election.getDecision());
        assertEquals(8, election.getSteps().size());
    }

    private static List<String> steps(Election election) {
        return election.getSteps().stream().map((ElectionStep step) -> step.getKind() + " " + step.getDate() + " "
                + step.getText()).toList();
    }
}
