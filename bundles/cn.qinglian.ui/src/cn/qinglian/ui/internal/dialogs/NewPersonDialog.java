package cn.qinglian.ui.internal.dialogs;

import java.time.Year;

import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.model.Gender;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Drafts.PersonDraft;

/** New person: name, roster number, gender, birth year (may stay empty). */
final class NewPersonDialog extends DraftDialog<PersonDraft> {

    private static final int EARLIEST_BIRTH_YEAR = 1900;

    private Text name;
    private Text personId;
    private ComboViewer gender;
    private Text birthYear;

    NewPersonDialog(Shell parent) {
        super(parent, UiMessages.get("newPersonTitle"), UiMessages.get("newPersonMessage"));
    }

    @Override
    protected void createFields(Composite fields) {
        name = text(fields, "fieldPersonName", "");
        personId = text(fields, "fieldPersonId", "");
        gender = combo(fields, "fieldGender", Gender.VALUES, g -> QinglianLabels.literal("Gender", g),
                Gender.UNSPECIFIED);
        birthYear = text(fields, "fieldBirthYear", "");
    }

    @Override
    protected PersonDraft draft() {
        return new PersonDraft(required(name, "problemNameMissing"), personId.getText(), selected(gender),
                birthYear());
    }

    private int birthYear() {
        String text = birthYear.getText().strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= EARLIEST_BIRTH_YEAR && year <= Year.now().getValue()) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Incomplete(UiMessages.get("problemBirthYear", String.valueOf(EARLIEST_BIRTH_YEAR),
                String.valueOf(Year.now().getValue())));
    }
}
