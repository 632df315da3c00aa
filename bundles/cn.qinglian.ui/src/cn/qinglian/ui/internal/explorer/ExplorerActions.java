package cn.qinglian.ui.internal.explorer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchActionConstants;

import cn.qinglian.model.Organisation;
import cn.qinglian.model.Party;
import cn.qinglian.model.Person;
import cn.qinglian.model.Post;
import cn.qinglian.model.PostRole;
import cn.qinglian.model.Tenure;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs;
import cn.qinglian.ui.internal.editing.DeletionPlan;
import cn.qinglian.ui.internal.editing.ModelCommands;
import cn.qinglian.ui.internal.editing.ModelCommands.Creation;
import cn.qinglian.ui.internal.editors.ModelEditors;

/**
 * The explorer's context menu: New unit / post / person / tenure / reporting line (a dialog, then one
 * command), Delete (a preview of what goes with it, then one command), Open. Enabled by the selection.
 */
public final class ExplorerActions {

    private final ExplorerView view;
    private final Action newUnit = action("actionNewUnit", this::createUnit);
    private final Action newPost = action("actionNewPost", this::createPost);
    private final Action newPerson = action("actionNewPerson", this::createPerson);
    private final Action newTenure = action("actionNewTenure", this::createTenure);
    private final Action newReportingLine = action("actionNewReportingLine", this::createReportingLine);
    private final Action delete = action("actionDelete", this::deleteSelection);
    private final Action open = action("actionOpen", this::openSelection);

    ExplorerActions(ExplorerView view) {
        this.view = view;
        newUnit.setImageDescriptor(ModelIcons.unit(UnitKind.STATION));
        newPost.setImageDescriptor(ModelIcons.post(PostRole.STAFF));
        newPerson.setImageDescriptor(ModelIcons.of(ExplorerGroup.PEOPLE));
        newTenure.setImageDescriptor(ModelIcons.holder());
        newReportingLine.setImageDescriptor(ModelIcons.of(ExplorerGroup.REPORTING_LINES));
        update(StructuredSelection.EMPTY);
    }

    public IAction newUnit() {
        return newUnit;
    }

    public IAction newPost() {
        return newPost;
    }

    public IAction newPerson() {
        return newPerson;
    }

    public IAction newTenure() {
        return newTenure;
    }

    public IAction newReportingLine() {
        return newReportingLine;
    }

    public IAction delete() {
        return delete;
    }

    public IAction open() {
        return open;
    }

    void fill(IMenuManager menu) {
        menu.add(newUnit);
        menu.add(newPost);
        menu.add(newPerson);
        menu.add(newTenure);
        menu.add(newReportingLine);
        menu.add(new Separator());
        menu.add(open);
        menu.add(delete);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    void update(IStructuredSelection selection) {
        Object single = selection.size() == 1 ? selection.getFirstElement() : null;
        newUnit.setEnabled(selection.isEmpty() || single instanceof Unit || single instanceof Organisation);
        newPost.setEnabled(single instanceof Unit || single instanceof Post);
        newTenure.setEnabled(single instanceof Post || single instanceof Person || single instanceof Tenure);
        newReportingLine.setEnabled(single instanceof Party);
        open.setEnabled(ModelEditors.canOpen(single));
        int deletable = deletable(selection).size();
        delete.setEnabled(deletable > 0 && deletable == selection.size());
    }

    private void createUnit() {
        Object single = single();
        Object parent = single instanceof Unit unit ? unit : session().organisation();
        create(dialogs().newUnit(view.shell(), session(), parent),
                draft -> ModelCommands.newUnit(session().editingDomain(), (EObject) parent, draft));
    }

    private void createPost() {
        Unit unit = single() instanceof Post post ? post.getUnit() : (Unit) single();
        create(dialogs().newPost(view.shell(), session(), unit),
                draft -> ModelCommands.newPost(session().editingDomain(), unit, draft));
    }

    private void createPerson() {
        create(dialogs().newPerson(view.shell(), session()),
                draft -> ModelCommands.newPerson(session().editingDomain(), session().organisation(), draft));
    }

    private void createTenure() {
        Object single = single();
        Person person = single instanceof Person p ? p : null;
        Post post = single instanceof Post p ? p : single instanceof Tenure t ? t.getPost() : null;
        create(dialogs().newTenure(view.shell(), session(), person, post),
                draft -> ModelCommands.newTenure(session().editingDomain(), draft));
    }

    private void createReportingLine() {
        Party from = (Party) single();
        create(dialogs().newReportingLine(view.shell(), session(), from),
                draft -> ModelCommands.newReportingLine(session().editingDomain(), session().organisation(), draft));
    }

    private <T> void create(Optional<T> draft, Function<T, Creation> creation) {
        draft.map(creation).ifPresent(created -> {
            if (session().execute(created.command())) {
                view.reveal(created.created());
            }
        });
    }

    private void deleteSelection() {
        List<EObject> chosen = deletable(view.selection());
        if (chosen.isEmpty()) {
            return;
        }
        DeletionPlan plan = DeletionPlan.of(chosen);
        if (dialogs().confirmDeletion(view.shell(), session(), plan)) {
            session().execute(plan.toCommand(session().editingDomain()));
        }
    }

    private void openSelection() {
        ModelEditors.open(view.getSite().getPage(), single());
    }

    private static List<EObject> deletable(IStructuredSelection selection) {
        return selection.toList().stream().filter(e -> e instanceof EObject && !(e instanceof Organisation))
                .map(EObject.class::cast).toList();
    }

    private Object single() {
        IStructuredSelection selection = view.selection();
        return selection.size() == 1 ? selection.getFirstElement() : null;
    }

    private WorkspaceSession session() {
        return view.session();
    }

    private QinglianDialogs dialogs() {
        return view.dialogs();
    }

    private static Action action(String labelKey, Runnable run) {
        return new Action(UiMessages.get(labelKey)) {
            @Override
            public void run() {
                run.run();
            }
        };
    }
}
