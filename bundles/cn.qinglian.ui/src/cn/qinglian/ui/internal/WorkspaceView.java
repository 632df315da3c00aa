package cn.qinglian.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import cn.qinglian.core.workspace.WorkspaceDescriptor;
import cn.qinglian.ui.UiMessages;
import cn.qinglian.ui.WorkspaceSession;

/** The open workspace: its name, folder, format and the files it holds. */
public class WorkspaceView extends ViewPart {

    public static final String ID = "cn.qinglian.ui.views.workspace";

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private TableViewer files;

    @Override
    public void createPartControl(Composite parent) {
        WorkspaceDescriptor workspace = getSite().getService(WorkspaceSession.class).workspace();
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        label(parent, UiMessages.get("workspaceHeaderName", workspace.name()));
        label(parent, UiMessages.get("workspaceHeaderFolder", workspace.folder()));
        label(parent, UiMessages.get("workspaceHeaderFormat", workspace.formatVersion()));

        files = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        files.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(files.getTable());
        column(UiMessages.get("columnFile"), 180, p -> workspace.folder().relativize(p).toString());
        column(UiMessages.get("columnSize"), 80, p -> Long.toString(size(p)));
        column(UiMessages.get("columnModified"), 130, p -> MODIFIED.format(modified(p)));
        files.setContentProvider(ArrayContentProvider.getInstance());
        files.setInput(filesOf(workspace.folder()));
    }

    private static void label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
    }

    private void column(String title, int width, java.util.function.Function<Path, String> text) {
        TableViewerColumn column = new TableViewerColumn(files, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Path) element);
            }
        });
    }

    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return java.time.Instant.EPOCH;
        }
    }

    @Override
    public void setFocus() {
        files.getControl().setFocus();
    }
}
