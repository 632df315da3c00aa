package cn.qinglian.evaluation.ui.views;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.model.Appraisal;
import cn.qinglian.evaluation.model.AppraisalGrade;
import cn.qinglian.evaluation.ui.Messages;
import cn.qinglian.model.Person;

/**
 * Enters one paper ballot of a democratic appraisal: the voter's one-time token and a grade (or none)
 * per candidate. Who voted is never asked.
 */
final class BallotDialog extends Dialog {

    private final Appraisal appraisal;
    private Text token;
    private final Map<Person, Combo> grades = new LinkedHashMap<>();
    private String enteredToken;
    private final Map<Person, AppraisalGrade> entered = new LinkedHashMap<>();

    BallotDialog(Shell shell, Appraisal appraisal) {
        super(shell);
        this.appraisal = appraisal;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("ballotTitle", appraisal.getName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.get("ballotToken"));
        token = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(token);
        EvaluationTexts texts = new EvaluationTexts(Locale.getDefault());
        String[] choices = new String[AppraisalGrade.values().length + 1];
        choices[0] = Messages.get("noGrade");
        for (AppraisalGrade grade : AppraisalGrade.values()) {
            choices[grade.ordinal() + 1] = texts.label(grade);
        }
        for (Person candidate : appraisal.getCandidates()) {
            new Label(area, SWT.NONE).setText(candidate.getName());
            Combo combo = new Combo(area, SWT.READ_ONLY);
            combo.setItems(choices);
            combo.select(0);
            grades.put(candidate, combo);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        enteredToken = token.getText().trim().toUpperCase(Locale.ROOT);
        grades.forEach((candidate, combo) -> {
            if (combo.getSelectionIndex() > 0) {
                entered.put(candidate, AppraisalGrade.values()[combo.getSelectionIndex() - 1]);
            }
        });
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.get("castBallot"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    String token() {
        return enteredToken;
    }

    Map<Person, AppraisalGrade> grades() {
        return entered;
    }
}
