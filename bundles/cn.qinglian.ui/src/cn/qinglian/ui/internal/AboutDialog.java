package cn.qinglian.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import cn.qinglian.core.build.BuildInfo;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/** Product name, version and build id, the Java runtime and the open workspace. */
public class AboutDialog extends Dialog {

    private final WorkspaceSession session;

    public AboutDialog(Shell parent, WorkspaceSession session) {
        super(parent);
        this.session = session;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UiMessages.get("aboutTitle"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 4).applyTo(area);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
        Label icon = new Label(area, SWT.NONE);
        icon.setImage(resources.create(ImageDescriptor.createFromURL(
                FrameworkUtil.getBundle(AboutDialog.class).getEntry("icons/qinglian64.png"))));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 8).applyTo(icon);

        Label product = new Label(area, SWT.NONE);
        product.setText(UiMessages.get("aboutProduct"));
        product.setFont(resources.create(JFaceResources.getHeaderFontDescriptor()));
        for (String line : lines()) {
            Label label = new Label(area, SWT.NONE);
            label.setText(line);
        }
        return area;
    }

    /** The text lines under the product name, as shown. */
    List<String> lines() {
        BuildInfo build = BuildInfo.fromBundleVersion(
                FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString());
        return List.of(
                UiMessages.get("aboutProductSecond"),
                UiMessages.get("aboutVersion", build.version()),
                UiMessages.get("aboutBuild", build.buildId()),
                UiMessages.get("aboutJava", System.getProperty("java.version"), System.getProperty("java.vendor")),
                UiMessages.get("aboutOs", System.getProperty("os.name"), System.getProperty("os.arch")),
                UiMessages.get("aboutWorkspace", session.workspace().folder()),
                UiMessages.get("aboutPurpose"));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
