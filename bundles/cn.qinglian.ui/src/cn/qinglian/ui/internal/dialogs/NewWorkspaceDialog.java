package cn.qinglian.ui.internal.dialogs;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.internal.dialogs.QinglianDialogs.NewWorkspace;

/** New workspace: its display name and a folder that is not yet a workspace. */
final class NewWorkspaceDialog extends DraftDialog<NewWorkspace> {

    private Text name;
    private Text folder;

    NewWorkspaceDialog(Shell parent) {
        super(parent, UiMessages.get("newWorkspaceTitle"), UiMessages.get("newWorkspaceMessage"));
    }

    @Override
    protected void createFields(Composite fields) {
        name = text(fields, "fieldWorkspaceName", "");
        label(fields, "fieldWorkspaceFolder");
        folder = new Text(fields, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(folder);
        folder.addModifyListener(e -> validate());
        Button browse = new Button(fields, SWT.PUSH);
        browse.setText(UiMessages.get("buttonBrowse"));
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog directory = new DirectoryDialog(getShell());
            directory.setText(UiMessages.get("fieldWorkspaceFolder"));
            String chosen = directory.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
    }

    @Override
    protected NewWorkspace draft() {
        String workspaceName = required(name, "problemNameMissing");
        String folderText = required(folder, "problemFolderMissing");
        Path path;
        try {
            path = Path.of(folderText).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new Incomplete(UiMessages.get("problemFolderInvalid"));
        }
        if (Files.exists(path.resolve(WorkspaceDescriptor.FILE_NAME))) {
            throw new Incomplete(UiMessages.get("problemAlreadyWorkspace"));
        }
        return new NewWorkspace(path, workspaceName);
    }
}
