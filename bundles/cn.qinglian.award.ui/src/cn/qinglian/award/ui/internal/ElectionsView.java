package cn.qinglian.award.ui.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.award.AwardContributions;
import cn.qinglian.award.election.ElectionCommands;
import cn.qinglian.award.election.ElectionEvaluation;
import cn.qinglian.award.election.ElectionRefused;
import cn.qinglian.award.election.ElectionResult;
import cn.qinglian.award.election.Elections;
import cn.qinglian.award.eligibility.Eligibility;
import cn.qinglian.award.model.AwardBook;
import cn.qinglian.award.model.AwardType;
import cn.qinglian.award.model.Election;
import cn.qinglian.award.model.ElectionStatus;
import cn.qinglian.award.model.ElectionStep;
import cn.qinglian.award.model.NominationKind;
import cn.qinglian.award.model.ScopeLevel;
import cn.qinglian.award.scoring.Scoring;
import cn.qinglian.core.parts.WorkspaceParts;
import cn.qinglian.core.query.Staffing;
import cn.qinglian.core.query.Units;
import cn.qinglian.model.Person;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.WorkspaceSession;

/**
 * 评选: runs an election step by step (new election, nominate, close nominations, vote, decide), every
 * step an undoable command on the session's stack. The table shows every nominee: ranked with the
 * score's breakdown, or not eligible with each rule that excludes them and why.
 */
public class ElectionsView extends ViewPart {

    public static final String ID = "cn.qinglian.award.ui.views.elections";

    private WorkspaceSession session;
    private ElectionEvaluation evaluation;
    private final List<AwardType> typeItems = new ArrayList<>();
    private final List<Unit> unitItems = new ArrayList<>();
    private final List<Election> electionItems = new ArrayList<>();
    private final List<Person> peopleItems = new ArrayList<>();
    private Combo types;
    private Combo units;
    private Text day;
    private Button create;
    private Combo elections;
    private Combo people;
    private Combo nominees;
    private Combo kinds;
    private Text reason;
    private Text date;
    private Text decidedBy;
    private Button nominate;
    private Button close;
    private Button vote;
    private Button decide;
    private Label status;
    private TableViewer table;
    private Text details;
    private org.eclipse.swt.widgets.List steps;
    private Election current;
    private final ViewSelection selection = new ViewSelection();
    private ElectionResult result;
    /** The election and phase the date field was last set for; the user's date stays until they change. */
    private Object shownPhase;
    private final WorkspaceSession.Listener listener = new WorkspaceSession.Listener() {
        @Override
        public void stateChanged(WorkspaceSession changed) {
            refresh();
        }

        @Override
        public void workspaceOpened(WorkspaceSession opened) {
            current = null;
            fillTypes();
            refresh();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        session = getSite().getService(WorkspaceSession.class);
        AwardContributions contributions = AwardContributions.installed();
        evaluation = new ElectionEvaluation(new Eligibility(contributions.eligibilityRules()),
                new Scoring(contributions.scoringCriteria()));
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
        createElectionRow(parent);
        createStepRow(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        createTable(sash);
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        new Label(right, SWT.NONE).setText(AwardUi.get("details"));
        details = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(details);
        new Label(right, SWT.NONE).setText(AwardUi.get("steps"));
        steps = new org.eclipse.swt.widgets.List(right, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(steps);
        sash.setWeights(68, 32);
        contributeActions();
        getSite().setSelectionProvider(selection);
        session.addListener(listener);
        fillTypes();
        refresh();
    }

    private void createElectionRow(Composite parent) {
        Composite row = row(parent, 2);
        label(row, "election");
        elections = new Combo(row, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(elections);
        elections.addListener(SWT.Selection, event -> {
            int index = elections.getSelectionIndex();
            current = index < 0 || index >= electionItems.size() ? null : electionItems.get(index);
            refresh();
            selection.select(current);
        });
        row = row(parent, 7);
        label(row, "awardType");
        types = new Combo(row, SWT.READ_ONLY);
        types.addListener(SWT.Selection, event -> {
            fillUnits();
            int index = types.getSelectionIndex();
            selection.select(index < 0 ? null : typeItems.get(index));
        });
        label(row, "unit");
        units = new Combo(row, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(units);
        label(row, "dayInPeriod");
        day = new Text(row, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(day);
        day.setText(LocalDate.now().minusMonths(1).toString());
        create = button(row, "newElection", this::createElection);
    }

    private void createStepRow(Composite parent) {
        Composite row = row(parent, 7);
        label(row, "person");
        people = new Combo(row, SWT.READ_ONLY);
        label(row, "nominee");
        nominees = new Combo(row, SWT.READ_ONLY);
        kinds = new Combo(row, SWT.READ_ONLY);
        kinds.setItems(AwardUi.get("kindColleague"), AwardUi.get("kindLeader"));
        kinds.select(0);
        label(row, "reason");
        reason = new Text(row, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(reason);
        row = row(parent, 8);
        label(row, "date");
        date = new Text(row, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(date);
        nominate = button(row, "nominate", this::nominate);
        close = button(row, "closeNominations", () -> step(() -> commands().closeNominations(current, stepDate())));
        vote = button(row, "vote", this::vote);
        label(row, "decidedBy");
        decidedBy = new Text(row, SWT.BORDER);
        decidedBy.setText(AwardUi.get("decidedByDefault"));
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(decidedBy);
        decide = button(row, "decide", () -> step(() -> commands().decide(result, decidedBy.getText().strip(), stepDate())));
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
        return row;
    }

    private void createTable(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("rank", 50, NomineeRow::rank);
        column("name", 80, row -> row.nominee().getName());
        column("eligibility", 70, row -> AwardUi.get(row.ranked() == null ? "notEligible" : "eligible"));
        column("total", 60, NomineeRow::total);
        column("votes", 55, NomineeRow::votes);
        column("explanation", 560, row -> row.explanation(Locale.getDefault()));
        table.addSelectionChangedListener(event -> {
            Object selected = table.getStructuredSelection().getFirstElement();
            String text = selected instanceof NomineeRow row ? row.details(Locale.getDefault()) : "";
            if (selected instanceof NomineeRow row && row.ranked() != null && result != null) {
                for (String missing : result.missingCriteria()) {
                    text += "\n" + cn.qinglian.award.AwardMessages.format(Locale.getDefault(), "text.missingCriterion", missing);
                }
            }
            details.setText(text);
            if (selected instanceof NomineeRow row) {
                selection.select(row.nominee());
            }
        });
    }

    private void column(String key, int width, Function<NomineeRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(AwardUi.get(key));
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((NomineeRow) element);
            }
        });
    }

    private void contributeActions() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(new Action(AwardUi.get("exportCertificate")) {
            @Override
            public void run() {
                Object selected = table.getStructuredSelection().getFirstElement();
                if (!(selected instanceof NomineeRow row) || current == null || current.getDecision() == null
                        || !current.getDecision().getWinners().contains(row.nominee())) {
                    status.setText(AwardUi.get("selectWinner"));
                    return;
                }
                folder().ifPresent(folder -> exports().certificate(current, row.nominee(), folder));
            }
        });
        toolBar.add(new Action(AwardUi.get("exportNotice")) {
            @Override
            public void run() {
                if (current != null && result != null) {
                    folder().ifPresent(folder -> exports().notice(result, folder));
                }
            }
        });
    }

    private Optional<Path> folder() {
        String chosen = new DirectoryDialog(getSite().getShell()).open();
        return chosen == null ? Optional.empty() : Optional.of(Path.of(chosen));
    }

    /** Writes certificates and notices, reporting in the status line. */
    public ElectionExports exports() {
        return new ElectionExports(session.organisation(), Locale.getDefault(), message -> status.setText(message));
    }

    private void fillTypes() {
        typeItems.clear();
        book().ifPresent(book -> typeItems.addAll(book.getAwardTypes()));
        types.setItems(typeItems.stream().map(AwardType::getName).toArray(String[]::new));
        if (!typeItems.isEmpty()) {
            types.select(0);
        }
        fillUnits();
    }

    private void fillUnits() {
        unitItems.clear();
        int index = types.getSelectionIndex();
        if (index >= 0) {
            UnitKind kind = kindOf(typeItems.get(index).getScopeLevel());
            for (Unit top : session.organisation().getUnits()) {
                Units.subtree(top).stream().filter(unit -> unit.getKind() == kind).forEach(unitItems::add);
            }
        }
        units.setItems(unitItems.stream().map(Unit::getName).toArray(String[]::new));
        if (!unitItems.isEmpty()) {
            units.select(0);
        }
    }

    private static UnitKind kindOf(ScopeLevel level) {
        return switch (level) {
            case STATION -> UnitKind.STATION;
            case STREET -> UnitKind.STREET;
            case DISTRICT -> UnitKind.DISTRICT;
        };
    }

    private void createElection() {
        Optional<AwardBook> book = book();
        if (book.isEmpty() || types.getSelectionIndex() < 0 || units.getSelectionIndex() < 0) {
            return;
        }
        LocalDate inPeriod;
        try {
            inPeriod = LocalDate.parse(day.getText().strip());
        } catch (DateTimeParseException e) {
            status.setText(AwardUi.get("refused", e.getMessage()));
            return;
        }
        Election election = Elections.create(typeItems.get(types.getSelectionIndex()),
                unitItems.get(units.getSelectionIndex()), inPeriod);
        current = election;
        if (!step(() -> commands().open(book.get(), election, election.getNominationOpens()))) {
            current = null;
        }
        refresh();
    }

    private void nominate() {
        Person nominee = selected(nominees);
        Person nominator = selected(people);
        if (nominee != null && nominator != null) {
            NominationKind kind = kinds.getSelectionIndex() == 1 ? NominationKind.LEADER : NominationKind.COLLEAGUE;
            step(() -> commands().nominate(current, nominee, nominator, kind, reason.getText(), stepDate()));
        }
    }

    private void vote() {
        Person nominee = selected(nominees);
        Person voter = selected(people);
        if (nominee != null && voter != null) {
            step(() -> commands().vote(current, voter, nominee, stepDate()));
        }
    }

    private interface Step {
        Command command() throws ElectionRefused;
    }

    /** Runs one step on the session's command stack, or shows why it is refused. */
    private boolean step(Step step) {
        if (current == null) {
            return false;
        }
        try {
            Command command = step.command();
            session.execute(command);
            status.setText(AwardUi.get("done", command.getLabel()));
            return true;
        } catch (ElectionRefused | DateTimeParseException e) {
            status.setText(AwardUi.get("refused", e.getMessage()));
            return false;
        }
    }

    private ElectionCommands commands() {
        return new ElectionCommands(session.editingDomain(), Locale.getDefault());
    }

    private LocalDate stepDate() {
        return LocalDate.parse(date.getText().strip());
    }

    private Person selected(Combo combo) {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= peopleItems.size() ? null : peopleItems.get(index);
    }

    private Optional<AwardBook> book() {
        return WorkspaceParts.rootOf(session.organisation(), AwardBook.class);
    }

    /** Shows the book's elections (newest first) and the current one with its nominees, steps and buttons. */
    void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        Optional<AwardBook> book = book();
        create.setEnabled(book.isPresent());
        electionItems.clear();
        book.ifPresent(b -> electionItems.addAll(b.getElections()));
        java.util.Collections.reverse(electionItems);
        if (current != null && !electionItems.contains(current)) {
            current = null;
        }
        if (current == null && !electionItems.isEmpty()) {
            current = electionItems.get(0);
        }
        elections.setItems(electionItems.stream().map(ElectionsView::label).toArray(String[]::new));
        elections.select(electionItems.indexOf(current));
        if (book.isEmpty()) {
            status.setText(AwardUi.get("noAwardBook"));
        }
        result = current == null ? null
                : evaluation.evaluate(session.organisation(), book.get(), current, Locale.getDefault());
        table.setInput(result == null ? List.of() : NomineeRow.of(result));
        details.setText("");
        steps.setItems(current == null ? new String[0] : current.getSteps().stream()
                .map((ElectionStep step) -> step.getDate() + "  " + step.getText()).toArray(String[]::new));
        fillPeople();
        ElectionStatus phase = current == null ? null : current.getStatus();
        nominate.setEnabled(phase == ElectionStatus.NOMINATING);
        close.setEnabled(phase == ElectionStatus.NOMINATING);
        vote.setEnabled(phase == ElectionStatus.VOTING);
        decide.setEnabled(phase == ElectionStatus.VOTING);
        Object shown = current == null ? null : List.of(current, phase);
        if (!java.util.Objects.equals(shown, shownPhase)) {
            shownPhase = shown;
            date.setText(defaultDate(phase).toString());
        }
    }

    private void fillPeople() {
        int person = people.getSelectionIndex();
        int nominee = nominees.getSelectionIndex();
        peopleItems.clear();
        if (current != null && current.getScope() != null && current.getPeriodEnd() != null) {
            peopleItems.addAll(Staffing.staff(current.getScope(), current.getPeriodEnd()));
        }
        String[] names = peopleItems.stream().map(p -> p.getName() + " (" + p.getPersonId() + ")").toArray(String[]::new);
        people.setItems(names);
        nominees.setItems(names);
        people.select(Math.min(person, names.length - 1));
        nominees.select(Math.min(nominee, names.length - 1));
    }

    private LocalDate defaultDate(ElectionStatus phase) {
        LocalDate today = LocalDate.now();
        if (phase == ElectionStatus.NOMINATING) {
            return Elections.within(today, current.getNominationOpens(), current.getNominationCloses());
        }
        if (phase == ElectionStatus.VOTING) {
            return Elections.within(today, current.getVotingOpens(), current.getVotingCloses());
        }
        return today;
    }

    private static String label(Election election) {
        return AwardUi.get("electionLabel", election.getAwardType().getName(), election.getScope().getName(),
                election.getPeriod(), cn.qinglian.award.AwardMessages.format(Locale.getDefault(),
                        "status." + election.getStatus().getLiteral()));
    }

    private static void label(Composite parent, String key) {
        new Label(parent, SWT.NONE).setText(AwardUi.get(key));
    }

    private static Button button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(AwardUi.get(key));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        super.dispose();
    }

    // for the UI tests
    public Combo types() { return types; }
    public Combo units() { return units; }
    public Text day() { return day; }
    public Button create() { return create; }
    public Combo elections() { return elections; }
    public Combo people() { return people; }
    public Combo nominees() { return nominees; }
    public Combo kinds() { return kinds; }
    public Text reason() { return reason; }
    public Text dateText() { return date; }
    public Button nominateButton() { return nominate; }
    public Button closeButton() { return close; }
    public Button voteButton() { return vote; }
    public Button decideButton() { return decide; }
    public Label status() { return status; }
    public TableViewer table() { return table; }
    public Text details() { return details; }
    public org.eclipse.swt.widgets.List steps() { return steps; }
    public Election current() { return current; }
    public ElectionResult result() { return result; }
    public Object selected() { return ((org.eclipse.jface.viewers.IStructuredSelection) selection.getSelection()).getFirstElement(); }
}
