package cn.qinglian.ui.internal.dialogs;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Drafts.TenureDraft;
import cn.qinglian.ui.internal.editing.OrganisationContents;

/** New tenure: who, which post (one of them usually given by the selection), from when, until when. */
final class NewTenureDialog extends DraftDialog<TenureDraft> {

    private final Organisation organisation;
    private final Person person;
    private final Post post;
    private final PickerLabels labels;
    private PickerField personField;
    private PickerField postField;
    private Text start;
    private Text end;

    NewTenureDialog(Shell parent, Organisation organisation, Person person, Post post, PickerLabels labels) {
        super(parent, UiMessages.get("newTenureTitle"), UiMessages.get("newTenureMessage"));
        this.organisation = organisation;
        this.person = person;
        this.post = post;
        this.labels = labels;
    }

    @Override
    protected void createFields(Composite fields) {
        personField = new PickerField(fields, "fieldTenurePerson", person, organisation::getPeople, labels,
                this::validate);
        postField = new PickerField(fields, "fieldTenurePost", post, () -> OrganisationContents.posts(organisation),
                labels, this::validate);
        start = text(fields, "fieldTenureStart", LocalDate.now().toString());
        end = text(fields, "fieldTenureEnd", "");
    }

    @Override
    protected TenureDraft draft() {
        if (!(personField.value() instanceof Person chosenPerson)) {
            throw new Incomplete(UiMessages.get("problemPersonMissing"));
        }
        if (!(postField.value() instanceof Post chosenPost)) {
            throw new Incomplete(UiMessages.get("problemPostMissing"));
        }
        LocalDate from = date(start, false);
        LocalDate until = date(end, true);
        if (until != null && until.isBefore(from)) {
            throw new Incomplete(UiMessages.get("problemEndBeforeStart"));
        }
        return new TenureDraft(chosenPerson, chosenPost, from, until);
    }
}
