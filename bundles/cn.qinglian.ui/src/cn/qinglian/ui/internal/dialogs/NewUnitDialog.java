package cn.qinglian.ui.internal.dialogs;

import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.model.UnitKind;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Drafts.UnitDraft;

/** New unit: name and kind. */
final class NewUnitDialog extends DraftDialog<UnitDraft> {

    private final UnitKind suggestedKind;
    private Text name;
    private ComboViewer kind;

    NewUnitDialog(Shell parent, String parentLabel, UnitKind suggestedKind) {
        super(parent, UiMessages.get("newUnitTitle"), UiMessages.get("newUnitMessage", parentLabel));
        this.suggestedKind = suggestedKind;
    }

    @Override
    protected void createFields(Composite fields) {
        name = text(fields, "fieldUnitName", "");
        kind = combo(fields, "fieldUnitKind", UnitKind.VALUES, k -> QinglianLabels.literal("UnitKind", k),
                suggestedKind);
    }

    @Override
    protected UnitDraft draft() {
        return new UnitDraft(required(name, "problemNameMissing"), selected(kind));
    }
}
