package cn.qinglian.diagram.ui.internal;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.gef.commands.Command;

import cn.qinglian.model.Party;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.editing.Drafts.ReportingLineDraft;
import cn.qinglian.ui.internal.editing.ModelCommands;
import cn.qinglian.ui.internal.editing.Suggestions;

/**
 * The GEF side of drawing a reporting line: checked by {@link NewLineRules} while the mouse is over a
 * box; executing it executes the explorer's "new reporting line" EMF command on the session's command
 * stack (so Undo/Redo and dirty state work as for every other edit).
 */
final class NewLineCommand extends Command {

    private final WorkspaceSession session;
    private final Party from;
    private final Supplier<ReportingKind> kind;
    private final Consumer<NewLineCommand> executed;
    private Party to;

    NewLineCommand(WorkspaceSession session, Party from, Supplier<ReportingKind> kind,
            Consumer<NewLineCommand> executed) {
        this.session = session;
        this.from = from;
        this.kind = kind;
        this.executed = executed;
    }

    Party from() {
        return from;
    }

    Party target() {
        return to;
    }

    void setTo(Party target) {
        this.to = target;
    }

    /** Why the line may not be drawn to the current target; empty when it may. */
    Optional<String> problem() {
        if (to == null) {
            return Optional.empty();
        }
        return NewLineRules.problem(session.organisation(), from, to, kind.get());
    }

    @Override
    public boolean canExecute() {
        return to != null && problem().isEmpty();
    }

    @Override
    public void execute() {
        ReportingLineDraft draft = new ReportingLineDraft(kind.get(), from, to, Suggestions.cadence());
        session.execute(ModelCommands.newReportingLine(session.editingDomain(), session.organisation(), draft)
                .command());
        executed.accept(this);
    }

    @Override
    public boolean canUndo() {
        return false;
    }
}
