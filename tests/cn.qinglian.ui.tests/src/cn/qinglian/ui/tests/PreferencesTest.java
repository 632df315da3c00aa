package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.preferences.ReportingPeriod;
import cn.qinglian.ui.internal.preferences.QinglianPreferencePage;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/** Window ▸ Preferences ▸ 清廉站所: what the page shows and that it stores where the rules read. */
class PreferencesTest {

    private static final String PAGE = "cn.qinglian.ui.preferences.main";

    @TempDir
    Path folder;

    @AfterEach
    void restoreDefaults() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(QinglianPreferences.NODE);
        node.clear();
        node.flush();
    }

    @Test
    void thePageStoresTheRotationThresholdAndReportingPeriod() throws Exception {
        TestWorkspaces.small(folder);
        RunningWorkbench.run(List.of("--workspace", folder.toString()), workbench -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                    workbench.getActiveWorkbenchWindow().getShell(), PAGE, new String[] { PAGE }, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                QinglianPreferencePage page = assertInstanceOf(QinglianPreferencePage.class, dialog.getSelectedPage());
                Ui.settle(workbench);
                List<String> labels = new ArrayList<>();
                collectLabels(page.getControl(), labels);
                assertTrue(labels.contains("同一岗位任职满多少年提示交流轮岗(&R)："), labels.toString());
                assertTrue(labels.stream().anyMatch(label -> label.contains("-nl en")), labels.toString());
                Text years = find(page.getControl(), Text.class);
                Combo period = find(page.getControl(), Combo.class);
                assertEquals("10", years.getText());
                assertEquals(List.of("月", "季度", "半年", "年"), List.of(period.getItems()));
                assertEquals("季度", period.getText());
                Screenshots.save(Screenshots.capture(dialog.getShell()), "preferences");

                years.setText("8");
                period.select(ReportingPeriod.YEAR.ordinal());
                period.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                assertTrue(page.performOk());
            } finally {
                dialog.close();
            }
            QinglianPreferences stored = QinglianPreferences.instance();
            assertEquals(8, stored.rotationThresholdYears());
            assertEquals(ReportingPeriod.YEAR, stored.reportingPeriod());
        });
    }

    private static void collectLabels(Control control, List<String> labels) {
        if (control instanceof Label label) {
            labels.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, labels);
            }
        }
    }

    private static <T extends Control> T find(Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
