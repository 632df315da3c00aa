package cn.qinglian.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

import cn.qinglian.model.Person;
import cn.qinglian.model.ReportingLine;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;

/**
 * Explorer labels: the item providers' text, our icons per unit kind and post role, and a grey note —
 * since when a holder holds the post, a person's roster number, a line's cadence, a folder's or range's size.
 */
final class ExplorerLabelProvider extends WorkbenchLabelProvider implements IStyledLabelProvider {

    private final ExplorerTree tree;

    ExplorerLabelProvider(AdapterFactory adapterFactory, ExplorerTree tree) {
        super(adapterFactory);
        this.tree = tree;
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public StyledString getStyledText(Object element) {
        StyledString text = new StyledString(main(element));
        String note = note(element);
        if (note != null) {
            text.append("  " + note, StyledString.DECORATIONS_STYLER);
        }
        return text;
    }

    private String main(Object element) {
        if (element instanceof ExplorerGroup group) {
            return group.label();
        }
        if (element instanceof ExplorerRange range) {
            return tree.rangeLabel(range);
        }
        if (element instanceof Tenure tenure) {
            return QinglianLabels.name(tenure.getPerson());
        }
        return super.getText(element);
    }

    private String note(Object element) {
        if (element instanceof ExplorerGroup || element instanceof ExplorerRange) {
            return UiMessages.get("groupCount", tree.size(element));
        }
        if (element instanceof Tenure tenure && tenure.getStart() != null) {
            return UiMessages.get("holderSince", QinglianLabels.date(tenure.getStart()));
        }
        if (element instanceof Person person && person.getPersonId() != null) {
            return person.getPersonId();
        }
        if (element instanceof ReportingLine line) {
            return QinglianLabels.literal("Cadence", line.getCadence());
        }
        return null;
    }

    @Override
    public Image getImage(Object element) {
        return super.getImage(element instanceof ExplorerRange range ? range.parent() : element);
    }
}
