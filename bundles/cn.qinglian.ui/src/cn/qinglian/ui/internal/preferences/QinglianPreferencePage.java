package cn.qinglian.ui.internal.preferences;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.preferences.ReportingPeriod;
import cn.qinglian.ui.UiMessages;

/**
 * Window ▸ Preferences ▸ 清廉站所: the rotation threshold (years on one post before a rotation alert),
 * the reporting period, and how to switch the language. Stored where {@link QinglianPreferences} reads.
 */
public class QinglianPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private ScopedPreferenceStore store;

    public QinglianPreferencePage() {
        super(GRID);
        setDescription(UiMessages.get("preferencesDescription"));
    }

    @Override
    public void init(IWorkbench workbench) {
        store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QinglianPreferences.NODE);
        store.setDefault(QinglianPreferences.ROTATION_THRESHOLD_YEARS,
                QinglianPreferences.DEFAULT_ROTATION_THRESHOLD_YEARS);
        store.setDefault(QinglianPreferences.REPORTING_PERIOD, QinglianPreferences.DEFAULT_REPORTING_PERIOD.name());
        setPreferenceStore(store);
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor threshold = new IntegerFieldEditor(QinglianPreferences.ROTATION_THRESHOLD_YEARS,
                UiMessages.get("preferenceRotationYears"), getFieldEditorParent(), 2);
        threshold.setValidRange(QinglianPreferences.MIN_ROTATION_THRESHOLD_YEARS,
                QinglianPreferences.MAX_ROTATION_THRESHOLD_YEARS);
        threshold.setErrorMessage(UiMessages.get("preferenceRotationYearsRange",
                String.valueOf(QinglianPreferences.MIN_ROTATION_THRESHOLD_YEARS),
                String.valueOf(QinglianPreferences.MAX_ROTATION_THRESHOLD_YEARS)));
        addField(threshold);
        String[][] periods = Arrays.stream(ReportingPeriod.values())
                .map(period -> new String[] { label(period), period.name() }).toArray(String[][]::new);
        addField(new ComboFieldEditor(QinglianPreferences.REPORTING_PERIOD, UiMessages.get("preferenceReportingPeriod"),
                periods, getFieldEditorParent()));
        languageNote(getFieldEditorParent());
    }

    private static void languageNote(Composite parent) {
        Label note = new Label(parent, SWT.WRAP);
        note.setText(UiMessages.get("preferenceLanguageNote"));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 16).applyTo(note);
    }

    /** The label of a reporting period in the workbench language. */
    public static String label(ReportingPeriod period) {
        return UiMessages.get("reportingPeriod_" + period.name());
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        try {
            store.save();
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        return ok;
    }
}
