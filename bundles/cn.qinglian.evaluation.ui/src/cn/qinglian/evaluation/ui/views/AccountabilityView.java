package cn.qinglian.evaluation.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

import cn.qinglian.core.query.ObjectPaths;
import cn.qinglian.core.query.OrganisationIndex;
import cn.qinglian.evaluation.EvaluationTexts;
import cn.qinglian.evaluation.accountability.AccountabilityRegister;
import cn.qinglian.evaluation.accountability.FailureToHoldAccountable;
import cn.qinglian.evaluation.export.EvaluationExports;
import cn.qinglian.evaluation.export.Sheet;
import cn.qinglian.evaluation.model.AccountabilityRecord;
import cn.qinglian.evaluation.model.AccountabilityStatus;
import cn.qinglian.evaluation.model.EvaluationPackage;
import cn.qinglian.evaluation.ui.Messages;

/**
 * 问责台账: every accountability record (四位一体 and 失责不追责) by date; the selected records can be
 * confirmed or dismissed, and "failure to hold accountable" proposed against their responsible leaders.
 */
public class AccountabilityView extends EvaluationView {

    public static final String ID = "cn.qinglian.evaluation.ui.views.accountability";

    private TableViewer table;

    @Override
    void createHeader(Composite header) {
        button(header, Messages.get("confirm"), () -> setStatus(AccountabilityStatus.CONFIRMED));
        button(header, Messages.get("dismiss"), () -> setStatus(AccountabilityStatus.DISMISSED));
        button(header, Messages.get("proposeFailure"), this::proposeFailure);
    }

    @Override
    void createContent(Composite parent) {
        table = table(parent);
        EvaluationTexts texts = new EvaluationTexts(Locale.getDefault());
        column(table, Messages.get("column.date"), 90, AccountabilityRecord.class, AccountabilityRecord::getDate);
        column(table, Messages.get("column.category"), 90, AccountabilityRecord.class, r -> texts.label(r.getCategory()));
        column(table, Messages.get("column.status"), 70, AccountabilityRecord.class, r -> texts.label(r.getStatus()));
        column(table, Messages.get("column.person"), 80, AccountabilityRecord.class,
                r -> r.getPerson() == null ? null : r.getPerson().getName());
        column(table, Messages.get("column.unitOrPost"), 220, AccountabilityRecord.class,
                r -> r.getPost() != null ? ObjectPaths.path(r.getPost()) : r.getUnit() != null ? ObjectPaths.path(r.getUnit()) : null);
        column(table, Messages.get("column.description"), 260, AccountabilityRecord.class, AccountabilityRecord::getDescription);
        column(table, Messages.get("column.measure"), 90, AccountabilityRecord.class, AccountabilityRecord::getMeasure);
        getSite().setSelectionProvider(table);
    }

    @Override
    void refresh() {
        table.setInput(evaluation().map(AccountabilityRegister::all).orElse(List.of()));
        status(Messages.get("recordsThisYear", evaluation()
                .map(e -> AccountabilityRegister.inYear(e, asOf().getYear()).size()).orElse(0), String.valueOf(asOf().getYear())));
    }

    private List<AccountabilityRecord> selected() {
        List<AccountabilityRecord> records = new ArrayList<>();
        for (Object element : table.getStructuredSelection().toList()) {
            if (element instanceof AccountabilityRecord record) {
                records.add(record);
            }
        }
        return records;
    }

    private void setStatus(AccountabilityStatus status) {
        CompoundCommand command = new CompoundCommand();
        for (AccountabilityRecord record : selected()) {
            command.append(SetCommand.create(session().editingDomain(), record,
                    EvaluationPackage.Literals.ACCOUNTABILITY_RECORD__STATUS, status));
        }
        if (!command.isEmpty()) {
            execute(command.unwrap());
        }
    }

    private void proposeFailure() {
        if (evaluation().isEmpty()) {
            return;
        }
        FailureToHoldAccountable failure = new FailureToHoldAccountable(OrganisationIndex.of(session().organisation()),
                () -> UUID.randomUUID().toString());
        List<AccountabilityRecord> proposals = new ArrayList<>();
        for (AccountabilityRecord record : selected()) {
            proposals.addAll(failure.propose(record, asOf()));
        }
        if (!proposals.isEmpty()) {
            execute(AddCommand.create(session().editingDomain(), evaluation().get(),
                    EvaluationPackage.Literals.EVALUATION__ACCOUNTABILITY_RECORDS, proposals));
        }
        status(Messages.get("failureProposed", proposals.size()));
    }

    @Override
    List<Sheet> sheets(EvaluationTexts texts) {
        return List.of(new EvaluationExports(texts).accountability(
                evaluation().map(AccountabilityRegister::all).orElse(List.of())));
    }
}
