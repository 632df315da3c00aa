package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.persistence.XmiWorkspaceStore;
import cn.qinglian.model.Person;
import cn.qinglian.model.QinglianPackage.Literals;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.emf.ModelObjectPicker;
import cn.qinglian.ui.internal.explorer.ExplorerGroup;
import cn.qinglian.ui.internal.explorer.ExplorerRange;
import cn.qinglian.ui.internal.explorer.ExplorerTree;
import cn.qinglian.ui.internal.explorer.ExplorerView;

/**
 * A generated district of 50,000 people: how long the explorer takes to open, to open the roster, to
 * filter, and how long saving takes. Measured and reported (target/figures), not asserted.
 */
class LargeWorkspaceTest {

    private static final int PEOPLE = 50_000;

    @TempDir
    Path folder;

    private final List<String> figures = new ArrayList<>();

    @Test
    void explorerOpensAFiftyThousandPeopleWorkspaceAtOnce() throws Exception {
        long start = System.nanoTime();
        TestWorkspaces.large(folder, PEOPLE);
        figure("generate and save the workspace", start);
        figures.add(String.format("organisation file: %.1f MB",
                Files.size(folder.resolve(XmiWorkspaceStore.ORGANISATION_FILE)) / 1e6));
        start = System.nanoTime();
        new XmiWorkspaceStore().load(folder);
        figure("load the workspace (XmiWorkspaceStore.load)", start);

        RunningWorkbench.run(List.of("--workspace", folder.toString()), this::measure);
        Path report = Path.of(System.getProperty("qinglian.screenshots", "target/screenshots")).resolveSibling("figures")
                .resolve("large-workspace.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, figures, StandardCharsets.UTF_8);
        figures.forEach(System.out::println);
    }

    private void measure(IWorkbench workbench) throws Exception {
        WorkspaceSession session = Ui.session(workbench);
        assertEquals(PEOPLE, session.organisation().getPeople().size());
        IWorkbenchPage page = Ui.page(workbench);
        page.hideView(Ui.explorer(workbench));
        drain(workbench.getDisplay());

        long start = System.nanoTime();
        ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
        drain(workbench.getDisplay());
        figure("open the explorer (view created, top levels shown)", start);
        assertTrue(Ui.row(explorer.viewer(), ExplorerGroup.PEOPLE).startsWith("人员名册"));

        start = System.nanoTime();
        explorer.viewer().expandToLevel(ExplorerGroup.PEOPLE, 1);
        drain(workbench.getDisplay());
        figure("open the roster of " + PEOPLE + " people (sorted in pinyin order, shown in ranges of 500)", start);
        ExplorerRange first = (ExplorerRange) explorer.tree().children(ExplorerGroup.PEOPLE).get(0);
        start = System.nanoTime();
        explorer.viewer().expandToLevel(first, 1);
        drain(workbench.getDisplay());
        figure("open the first range of the roster (500 people)", start);
        Person last = (Person) explorer.tree().children(explorer.tree().children(ExplorerGroup.PEOPLE)
                .get(PEOPLE / ExplorerTree.RANGE_SIZE - 1)).get(ExplorerTree.RANGE_SIZE - 1);
        start = System.nanoTime();
        explorer.reveal(last);
        drain(workbench.getDisplay());
        figure("select the last person of the roster", start);
        assertEquals(Ui.row(explorer.viewer(), last), last.getName() + "  " + last.getPersonId());
        Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "explorer-50k");

        start = System.nanoTime();
        explorer.applyFilter("王伟");
        drain(workbench.getDisplay());
        figure("filter by a name (" + explorer.tree().matches().size() + " matches)", start);
        explorer.applyFilter("");
        drain(workbench.getDisplay());

        start = System.nanoTime();
        ModelObjectPicker picker = new ModelObjectPicker(workbench.getActiveWorkbenchWindow().getShell(), "人员",
                session.organisation().getPeople(), new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((Person) element).getName();
                    }
                }, List.of(), false, false);
        picker.setBlockOnOpen(false);
        picker.open();
        drain(workbench.getDisplay());
        figure("open a person picker over all " + PEOPLE + " people", start);
        start = System.nanoTime();
        picker.setFilterText("王伟");
        drain(workbench.getDisplay());
        figure("filter the picker (" + picker.shownCandidates().size() + " shown)", start);
        picker.close();

        Person person = session.organisation().getPeople().get(PEOPLE / 2);
        session.execute(SetCommand.create(session.editingDomain(), person, Literals.NAMED__NAME, "改名测试"));
        start = System.nanoTime();
        session.save();
        figure("save the workspace (WorkspaceSession.save)", start);
    }

    private void figure(String what, long start) {
        figures.add(String.format("%s: %d ms", what, (System.nanoTime() - start) / 1_000_000));
    }

    /** Runs the event loop until nothing is left to do (every row that shows is painted). */
    private static void drain(Display display) {
        for (int idle = 0; idle < 3;) {
            if (display.readAndDispatch()) {
                idle = 0;
            } else {
                idle++;
                display.update();
            }
        }
    }
}
