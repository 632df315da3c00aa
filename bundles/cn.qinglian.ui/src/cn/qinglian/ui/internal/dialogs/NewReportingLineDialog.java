package cn.qinglian.ui.internal.dialogs;

import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import cn.qinglian.model.Cadence;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.provider.QinglianLabels;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.OrganisationContents;
import cn.qinglian.ui.internal.editing.Suggestions;

/** New reporting line from the selected unit or post: kind, to whom, how often. */
final class NewReportingLineDialog extends DraftDialog<ReportingLineDraft> {

    private final Organisation organisation;
    private final Party from;
    private final PickerLabels labels;
    private ComboViewer kind;
    private PickerField to;
    private ComboViewer cadence;

    NewReportingLineDialog(Shell parent, Organisation organisation, Party from, PickerLabels labels) {
        super(parent, UiMessages.get("newReportingLineTitle"), UiMessages.get("newReportingLineMessage"));
        this.organisation = organisation;
        this.from = from;
        this.labels = labels;
    }

    @Override
    protected void createFields(Composite fields) {
        kind = combo(fields, "fieldReportingKind", ReportingKind.VALUES,
                k -> QinglianLabels.literal("ReportingKind", k), Suggestions.reportingKindFrom(from));
        new PickerField(fields, "fieldReportingFrom", from, () -> OrganisationContents.parties(organisation), labels,
                this::validate);
        to = new PickerField(fields, "fieldReportingTo", null, () -> OrganisationContents.parties(organisation),
                labels, this::validate);
        cadence = combo(fields, "fieldCadence", Cadence.VALUES, c -> QinglianLabels.literal("Cadence", c),
                Suggestions.cadence());
    }

    @Override
    protected ReportingLineDraft draft() {
        if (!(to.value() instanceof Party recipient)) {
            throw new Incomplete(UiMessages.get("problemRecipientMissing"));
        }
        if (recipient == from) {
            throw new Incomplete(UiMessages.get("problemReportToSelf"));
        }
        return new ReportingLineDraft(selected(kind), from, recipient, selected(cadence));
    }
}
