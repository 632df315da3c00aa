package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.WorkspaceModel;
import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Unit;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.problems.ProblemsView;
import cn.qinglian.ui.internal.problems.QuickFixes.QuickFix;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/**
 * The Problems view (问题): the validation rules' findings on the open workspace, kept up to date after
 * every change, filtered by severity, with undoable quick fixes.
 */
class ProblemsViewTest {

    private static final String POLICE = "L区/公安分局";
    private static final long WAIT_MILLIS = 15_000;

    @TempDir
    Path folder;

    @Test
    void showsAUnitWithoutHeadAndItsQuickFixWhichUndoBringsBack() throws Exception {
        prepare();
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            ProblemsView view = open(workbench);
            Diagnostic noHead = noHead(await(workbench, view, problems -> noHead(problems).isPresent(), "no head")).get();
            assertEquals(Diagnostic.ERROR, noHead.getSeverity());
            assertEquals("unit.single-head", noHead.getSource());
            assertTrue(noHead.getMessage().contains("没有现任一把手"), noHead.getMessage());
            assertTrue(view.summary().matches("\\d+ 个错误，\\d+ 个警告，\\d+ 个提示"), view.summary());
            view.selectInExplorer(noHead);
            Ui.settle(workbench);
            assertEquals(List.of(noHead.getData().get(0)),
                    Ui.explorer(workbench).viewer().getStructuredSelection().toList(), "double-click selects the unit");
            Ui.page(workbench).showView(ProblemsView.ID);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "problems");

            List<QuickFix> fixes = view.quickFixes(noHead);
            assertEquals(List.of("将“政委”设为一把手"), fixes.stream().map(QuickFix::label).toList());
            WorkspaceSession session = Ui.session(workbench);
            session.execute(fixes.get(0).command());
            Post commissar = Ui.named(session.organisation(), Post.class, "政委");
            assertEquals(PostRole.HEAD, commissar.getRole());
            await(workbench, view, problems -> noHead(problems).isEmpty(), "the fix re-validated live");

            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertEquals(PostRole.LEADERSHIP_MEMBER, commissar.getRole());
            await(workbench, view, problems -> noHead(problems).isPresent(), "undo brings the problem back");
        });
    }

    @Test
    void aTenureEndingBeforeItStartsIsFixedBySwappingTheDates() throws Exception {
        prepare();
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            ProblemsView view = open(workbench);
            Diagnostic reversed = reversed(await(workbench, view, problems -> reversed(problems).isPresent(), "dates")).get();
            assertEquals("tenure.dates", reversed.getSource());
            List<QuickFix> fixes = view.quickFixes(reversed);
            assertEquals(List.of("交换开始与结束日期", "清除结束日期"), fixes.stream().map(QuickFix::label).toList());
            Ui.session(workbench).execute(fixes.get(0).command());
            await(workbench, view, problems -> reversed(problems).isEmpty(), "swapped dates pass");
            Person wang = Ui.named(Ui.session(workbench).organisation(), Person.class, "王五");
            assertEquals(LocalDate.of(2017, 1, 1), wang.getTenures().get(1).getStart());
            assertEquals(LocalDate.of(2018, 1, 1), wang.getTenures().get(1).getEnd());
        });
    }

    @Test
    void twoHeadPostsAtOnceAreFixedByEndingTheEarlierTenure() throws Exception {
        WorkspaceModel model = TestWorkspaces.small(folder);
        Person zhang = Ui.named(model.organisation(), Person.class, "张三");
        Post director = Ui.named(model.organisation(), Post.class, "局长");
        TestWorkspaces.tenure(zhang, director, LocalDate.of(2015, 1, 1), null);
        new XmiWorkspaceStore().save(model);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            ProblemsView view = open(workbench);
            Diagnostic overlap = overlappingHeads(await(workbench, view,
                    problems -> overlappingHeads(problems).isPresent(), "overlapping heads")).get();
            List<QuickFix> fixes = view.quickFixes(overlap);
            assertEquals(List.of("将 张三 担任所长的任职结束于 2014-12-31"), fixes.stream().map(QuickFix::label).toList());
            Ui.session(workbench).execute(fixes.get(0).command());
            await(workbench, view, problems -> overlappingHeads(problems).isEmpty(), "the overlap is gone");
            Person fixed = Ui.named(Ui.session(workbench).organisation(), Person.class, "张三");
            assertEquals(LocalDate.of(2014, 12, 31), fixed.getTenures().get(0).getEnd());
            Ui.execute(workbench, IWorkbenchCommandConstants.EDIT_UNDO);
            assertEquals(null, fixed.getTenures().get(0).getEnd());
            await(workbench, view, problems -> overlappingHeads(problems).isPresent(), "undo brings it back");
        });
    }

    private static Optional<Diagnostic> overlappingHeads(List<Diagnostic> problems) {
        return problems.stream().filter(d -> "tenure.dates".equals(d.getSource()))
                .filter(d -> d.getCode() == cn.qinglian.core.validation.rules.TenureDatesRule.OVERLAPPING_HEADS)
                .findFirst();
    }

    @Test
    void theSeverityTogglesHideWarningsAndErrors() throws Exception {
        prepare();
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            ProblemsView view = open(workbench);
            await(workbench, view, problems -> noHead(problems).isPresent(), "no head");
            view.severityToggles().get(1).setChecked(false);
            view.severityToggles().get(1).run();
            assertTrue(view.shownProblems().stream().noneMatch(d -> d.getSeverity() == Diagnostic.WARNING));
            assertTrue(noHead(view.shownProblems()).isPresent(), "errors stay");
            view.severityToggles().get(0).setChecked(false);
            view.severityToggles().get(0).run();
            assertFalse(noHead(view.shownProblems()).isPresent(), "errors hidden too");
            view.severityToggles().get(1).setChecked(true);
            view.severityToggles().get(1).run();
            assertTrue(view.shownProblems().stream().anyMatch(d -> d.getSeverity() == Diagnostic.WARNING),
                    "the workspace has warnings, shown again: " + view.summary());
        });
    }

    /** The small workspace plus 政委 of 公安分局 held by 王五, and a tenure of 王五 ending before it starts. */
    private void prepare() throws Exception {
        WorkspaceModel model = TestWorkspaces.small(folder);
        Unit police = Ui.named(model.organisation(), Unit.class, "公安分局");
        Person wang = Ui.named(model.organisation(), Person.class, "王五");
        Post commissar = TestWorkspaces.post(police, "政委", PostRole.LEADERSHIP_MEMBER);
        TestWorkspaces.tenure(wang, commissar, LocalDate.of(2020, 1, 1), null);
        Post deputy = Ui.named(model.organisation(), Post.class, "副所长");
        TestWorkspaces.tenure(wang, deputy, LocalDate.of(2018, 1, 1), LocalDate.of(2017, 1, 1));
        new XmiWorkspaceStore().save(model);
    }

    private static ProblemsView open(IWorkbench workbench) throws Exception {
        ProblemsView view = (ProblemsView) Ui.page(workbench).showView(ProblemsView.ID);
        view.validateAndWait();
        Ui.settle(workbench);
        return view;
    }

    private static Optional<Diagnostic> noHead(List<Diagnostic> problems) {
        return problems.stream().filter(d -> "unit.single-head".equals(d.getSource()))
                .filter(d -> d.getData().get(0) instanceof Unit unit && POLICE.equals(unitPath(unit))).findFirst();
    }

    private static Optional<Diagnostic> reversed(List<Diagnostic> problems) {
        return problems.stream().filter(d -> "tenure.dates".equals(d.getSource()))
                .filter(d -> d.getMessage().contains("早于开始日期")).findFirst();
    }

    private static String unitPath(Unit unit) {
        return cn.qinglian.core.query.ObjectPaths.unitPath(unit);
    }

    /** Lets the UI run until the shown problems satisfy {@code condition}. */
    private static List<Diagnostic> await(IWorkbench workbench, ProblemsView view,
            Predicate<List<Diagnostic>> condition, String what) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.test(view.shownProblems())) {
            assertTrue(System.currentTimeMillis() < end, "waited for: " + what);
            Screenshots.settle(workbench.getDisplay(), 100);
        }
        return view.shownProblems();
    }
}
