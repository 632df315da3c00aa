package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs.UnsavedChoice;
import cn.qinglian.ui.internal.dialogs.SwtDialogs;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;
import cn.qinglian.ui.testing.Controls;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/** The real dialogs, filled in and answered the way a user does (through the widgets). */
class RealDialogsTest {

    @TempDir
    Path folder;

    @Test
    void newUnitDialogEnablesOkOnlyWithANameAndSuggestsTheKind() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            Unit district = Ui.session(workbench).organisation().getUnits().get(0);
            List<Boolean> okEnabled = new ArrayList<>();
            whenDialogOpens(workbench, shell -> {
                Button ok = button(shell, "确定");
                okEnabled.add(ok.isEnabled());
                Text name = find(shell, Text.class);
                name.setText("安监局");
                okEnabled.add(ok.isEnabled());
                Screenshots.settle(shell.getDisplay(), 200);
                Screenshots.save(Screenshots.captureAsShown(shell), "new-unit-dialog");
                Controls.click(ok);
            });
            Optional<UnitDraft> draft = new SwtDialogs().newUnit(workbench.getActiveWorkbenchWindow().getShell(),
                    Ui.session(workbench), district);
            rethrow();
            assertEquals(Optional.of(new UnitDraft("安监局", UnitKind.DEPARTMENT)), draft);
            assertEquals(List.of(false, true), okEnabled);
        });
    }

    @Test
    void unsavedChangesDialogOffersSaveDoNotSaveAndCancel() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            List<String> buttons = new ArrayList<>();
            whenDialogOpens(workbench, shell -> {
                collectButtons(shell, buttons);
                Screenshots.save(Screenshots.captureAsShown(shell), "unsaved-changes-dialog");
                Controls.click(button(shell, "不保存"));
            });
            UnsavedChoice choice = new SwtDialogs().unsavedChanges(workbench.getActiveWorkbenchWindow().getShell(),
                    "L区");
            rethrow();
            assertEquals(UnsavedChoice.DISCARD, choice);
            assertEquals(java.util.Set.of("保存", "不保存", "取消"), java.util.Set.copyOf(buttons),
                    "the order is the platform's (GTK puts the default button last)");
        });
    }

    /** A user's steps in a dialog; may throw (the dialog is then closed and the failure reported). */
    interface Steps {
        void run(Shell dialog) throws Exception;
    }

    /**
     * Runs {@code user} on the next dialog shell that opens (from inside its event loop); a failure closes
     * the dialog and is rethrown by {@link #rethrow} once the dialog has returned.
     */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private void rethrow() throws Exception {
        Throwable thrown = failure.get();
        if (thrown instanceof Exception e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }

    private void whenDialogOpens(IWorkbench workbench, Steps steps) {
        Consumer<Shell> user = shell -> {
            try {
                steps.run(shell);
            } catch (Throwable t) {
                failure.set(t);
                shell.close();
            }
        };
        Display display = workbench.getDisplay();
        Shell main = workbench.getActiveWorkbenchWindow().getShell();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell active = display.getActiveShell();
            Shell dialog = active != null && active != main ? active : lastDialog(main);
            if (dialog == null || !dialog.isVisible()) {
                display.timerExec(50, poll[0]);
                return;
            }
            Screenshots.settle(display, 300);
            user.accept(dialog);
        };
        display.timerExec(50, poll[0]);
    }

    private static Shell lastDialog(Shell main) {
        Shell[] shells = main.getShells();
        return shells.length == 0 ? null : shells[shells.length - 1];
    }

    private static Button button(Shell shell, String text) {
        return Controls.all(shell, Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static void collectButtons(Shell shell, List<String> texts) {
        Controls.all(shell, Button.class).stream().filter(b -> (b.getStyle() & SWT.PUSH) != 0).forEach(b -> texts.add(b.getText()));
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        List<T> found = Controls.all(control, type);
        assertFalse(found.isEmpty(), "no " + type.getSimpleName());
        return found.get(0);
    }
}
