package cn.qinglian.award.ui.tests;

import static cn.qinglian.ui.testing.Controls.click;
import static cn.qinglian.ui.testing.Controls.rows;
import static cn.qinglian.ui.testing.Controls.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.eligibility.EligibilityContext;
import cn.qinglian.award.AwardContributions;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.output.HallOfHonour;
import cn.qinglian.award.ui.internal.ElectionsView;
import cn.qinglian.award.ui.internal.HallOfHonourView;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.query.Staffing;
import cn.qinglian.model.Person;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;

/**
 * A whole 每月之星 election of December 2019 in the first sample station, run through the elections view
 * of the real workbench on the shipped L-district sample: new election, nominations (one refused for
 * want of a reason; September's winner nominated and shown as excluded with the rule and the reason),
 * close, votes (a self-vote and a fourth vote refused), the ranking with totals, the decision, the
 * certificate and the notice, and the hall of honour.
 */
class FullMonthlyElectionTest {

    @Test
    void monthlyStarOfDecemberFromNominationToCertificate() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            ElectionsView view = (ElectionsView) page.showView(ElectionsView.ID);
            settle(workbench);
            WorkspaceSession session = workbench.getService(WorkspaceSession.class);
            AwardBook book = WorkspaceParts.rootOf(session.organisation(), AwardBook.class).orElseThrow();
            assertEquals(10, view.elections().getItemCount(), "the sample's past elections");
            Election september = book.getElections().get(0);
            Person septemberWinner = september.getDecision().getWinners().get(0);

            // the committee weighs only votes and recommendations this time (award types are data, edited as commands)
            cn.qinglian.award.model.CriterionWeight evaluationWeight = book.getAwardTypes().get(0).getCriteria().stream()
                    .filter(w -> "evaluation.score".equals(w.getCriterion())).findFirst().orElseThrow();
            assertTrue(session.execute(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(),
                    evaluationWeight, cn.qinglian.award.model.AwardPackage.Literals.CRITERION_WEIGHT__WEIGHT, 0.0)));
            select(view.types(), "每月之星");
            assertEquals(book.getAwardTypes().get(0), view.selected(), "the award type goes to the Properties view");
            select(view.units(), september.getScope().getName());
            view.day().setText("2019-12-15");
            click(view.create());
            Election december = view.current();
            assertEquals("2019-12", december.getPeriod());
            assertEquals(ElectionStatus.NOMINATING, december.getStatus());
            assertTrue(view.elections().getText().startsWith("每月之星 · " + september.getScope().getName() + " · 2019-12"),
                    view.elections().getText());

            List<Person> staff = Staffing.staff(december.getScope(), december.getPeriodEnd());
            Eligibility rules = new Eligibility(AwardContributions.installed().eligibilityRules());
            EligibilityContext context = new EligibilityContext(session.organisation(), book, december, Locale.CHINA);
            List<Person> eligible = new ArrayList<>(staff.stream().filter(p -> p != septemberWinner)
                    .filter(p -> rules.check(p, context).eligible()).toList());
            assertTrue(eligible.size() >= 8, "enough eligible staff: " + eligible.size());
            Person a = eligible.get(0);
            Person b = eligible.get(1);
            Person c = eligible.get(2);
            List<Person> voters = eligible.subList(3, 8);

            view.dateText().setText("2019-12-20");
            nominate(view, a, voters.get(0), 1, "执法规范文明");
            assertEquals("未执行：提名时间为 2020-01-01 至 2020-01-07，2019-12-20 不在其中", view.status().getText());
            view.dateText().setText("2020-01-02");
            nominate(view, a, voters.get(0), 1, "执法规范文明，全年无投诉");
            nominate(view, b, voters.get(1), 0, "主动服务企业");
            nominate(view, c, voters.get(2), 0, "");
            assertEquals("未执行：提名需写明理由", view.status().getText());
            nominate(view, c, voters.get(2), 0, "调解纠纷");
            nominate(view, septemberWinner, voters.get(2), 0, "再接再厉");
            assertEquals(4, december.getNominations().size());

            view.dateText().setText("2020-01-07");
            click(view.closeButton());
            assertEquals(ElectionStatus.VOTING, december.getStatus());
            view.dateText().setText("2020-01-09");
            vote(view, voters.get(0), a);
            vote(view, voters.get(0), b);
            vote(view, voters.get(1), b);
            vote(view, voters.get(2), b);
            vote(view, a, a);
            assertEquals("未执行：" + a.getName() + " 不能投票给自己", view.status().getText());
            vote(view, voters.get(3), a);
            vote(view, voters.get(3), b);
            vote(view, voters.get(3), c);
            vote(view, voters.get(3), septemberWinner);
            assertEquals("未执行：" + voters.get(3).getName() + " 已投满本次评选每人 3 票的上限", view.status().getText());

            // peer votes weigh 0.6, leader recommendation 0.2, the assessment score 0 (so 0.75 : 0.25)
            // b: 4 of 4 votes → 75.00; a: 2 of 4 and a leader → 37.50 + 25 = 62.50; c: 1 of 4 → 18.75
            assertEquals(List.of("1 " + b.getName() + " 符合 75.00 4", "2 " + a.getName() + " 符合 62.50 2",
                    "3 " + c.getName() + " 符合 18.75 1", "— " + septemberWinner.getName() + " 不符合  "),
                    rows(view.table().getTable(), 5));
            String excluded = view.table().getTable().getItem(3).getText(5);
            assertTrue(excluded.contains("前几个周期未获同一奖项：已于 2019-09 在" + september.getScope().getName()
                    + "获得“每月之星”，3 个周期内不再评选"), excluded);
            page.setPartState(page.findViewReference(ElectionsView.ID), IWorkbenchPage.STATE_MAXIMIZED);
            view.table().setSelection(new org.eclipse.jface.viewers.StructuredSelection(view.table().getElementAt(1)));
            assertTrue(view.details().getText().startsWith("同事投票：50.00 分 × 权重 0.6 → 37.50"), view.details().getText());
            Screenshots.settle(workbench.getDisplay(), 500);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "award-election-voting");
            page.setPartState(page.findViewReference(ElectionsView.ID), IWorkbenchPage.STATE_RESTORED);

            view.dateText().setText("2020-01-15");
            click(view.decideButton());
            assertEquals(ElectionStatus.DECIDED, december.getStatus());
            assertEquals(List.of(b), december.getDecision().getWinners());
            String[] steps = view.steps().getItems();
            assertEquals("2020-01-15  站所班子会议决定：" + b.getName() + " 当选", steps[steps.length - 1]);
            assertEquals(1 + 4 + 1 + 7 + 1, steps.length, "every step is recorded");

            Path folder = Files.createTempDirectory("award-export");
            List<Path> certificate = view.exports().certificate(december, b, folder);
            assertEquals(2, certificate.size(), view.status().getText());
            assertTrue(certificate.get(1).toString().endsWith(".pdf"));
            BufferedImage image = ImageIO.read(certificate.get(0).toFile());
            assertEquals(1600, image.getWidth());
            assertTrue(inkPixels(image) > 20_000, "the certificate shows text");
            Files.copy(certificate.get(0), Path.of(System.getProperty("qinglian.screenshots", "target/screenshots"))
                    .resolve("award-certificate.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(certificate.get(1), Path.of(System.getProperty("qinglian.screenshots", "target/screenshots"))
                    .resolve("award-certificate.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Path notice = view.exports().notice(view.result(), folder).get(0);
            String html = Files.readString(notice);
            assertTrue(html.contains("<h1>" + december.getScope().getName() + "2019年12月“每月之星”评选结果公告</h1>"), html);
            assertTrue(html.contains(b.getName()), html);

            HallOfHonourView honours = (HallOfHonourView) page.showView(HallOfHonourView.ID);
            honours.show(null);
            settle(workbench);
            assertEquals(HallOfHonour.all(book).size(), honours.table().getTable().getItemCount());
            assertEquals("2019-12", honours.table().getTable().getItem(0).getText(0));
            honours.show(b);
            assertEquals(b.getName() + " 的获奖记录（" + HallOfHonour.ofPerson(book, b).size() + " 条）", honours.heading());
            Screenshots.settle(workbench.getDisplay(), 300);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "award-honours");

            // Undo takes back the decision, as any other edit
            session.commandStack().undo();
            assertEquals(ElectionStatus.VOTING, december.getStatus());
            assertEquals(0.0, evaluationWeight.getWeight());
        });
    }

    private static void nominate(ElectionsView view, Person nominee, Person nominator, int kind, String reason) {
        select(view.nominees(), label(nominee));
        select(view.people(), label(nominator));
        view.kinds().select(kind);
        view.reason().setText(reason);
        click(view.nominateButton());
    }

    private static void vote(ElectionsView view, Person voter, Person nominee) {
        select(view.people(), label(voter));
        select(view.nominees(), label(nominee));
        click(view.voteButton());
    }

    private static String label(Person person) {
        return person.getName() + " (" + person.getPersonId() + ")";
    }

    private static long inkPixels(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                if (r < 128 || g < 128) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static void settle(IWorkbench workbench) {
        Screenshots.settle(workbench.getDisplay(), 300);
    }
}
