package cn.qinglian.ui.internal.dialogs;

import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.model.PostRole;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Drafts.PostDraft;

/** New post: title and role. */
final class NewPostDialog extends DraftDialog<PostDraft> {

    private final PostRole suggestedRole;
    private Text title;
    private ComboViewer role;

    NewPostDialog(Shell parent, String unitLabel, PostRole suggestedRole) {
        super(parent, UiMessages.get("newPostTitle"), UiMessages.get("newPostMessage", unitLabel));
        this.suggestedRole = suggestedRole;
    }

    @Override
    protected void createFields(Composite fields) {
        title = text(fields, "fieldPostTitle", "");
        role = combo(fields, "fieldPostRole", PostRole.VALUES, r -> QinglianLabels.literal("PostRole", r),
                suggestedRole);
    }

    @Override
    protected PostDraft draft() {
        return new PostDraft(required(title, "problemTitleMissing"), selected(role));
    }
}
