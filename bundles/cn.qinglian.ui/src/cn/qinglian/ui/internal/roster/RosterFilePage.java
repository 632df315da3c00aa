package cn.qinglian.ui.internal.roster;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.core.roster.RosterReadException;
import cn.qinglian.core.roster.RosterReader;
import cn.qinglian.core.roster.RosterSheet;
import cn.qinglian.core.roster.SheetRow;
import cn.qinglian.ui.UiMessages;

/** Page 1: the roster file (CSV or XLSX), the CSV encoding, and the first rows of the file. */
public final class RosterFilePage extends WizardPage {

    static final int PREVIEW_ROWS = 50;
    private static final String[] ENCODINGS = {null, "UTF-8", "GB18030"};

    private Text file;
    private Combo encoding;
    private TableViewer preview;
    private RosterSheet sheet;

    RosterFilePage() {
        super("file");
        setTitle(UiMessages.get("importRosterFileTitle"));
        setDescription(UiMessages.get("importRosterFileDescription"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        new Label(area, SWT.NONE).setText(UiMessages.get("importRosterFile"));
        file = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.addModifyListener(event -> read());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(UiMessages.get("importRosterBrowse"));
        browse.addListener(SWT.Selection, event -> browse());
        new Label(area, SWT.NONE).setText(UiMessages.get("importRosterEncoding"));
        encoding = new Combo(area, SWT.READ_ONLY);
        encoding.setItems(UiMessages.get("importRosterEncodingAuto"), "UTF-8", "GB18030");
        encoding.select(0);
        encoding.addListener(SWT.Selection, event -> read());
        new Label(area, SWT.NONE);
        preview = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        preview.getTable().setHeaderVisible(true);
        preview.getTable().setLinesVisible(true);
        preview.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(760, 300).applyTo(preview.getTable());
        setControl(area);
    }

    /** Chooses {@code path} as if typed into the file field. */
    public void choose(Path path) {
        file.setText(path.toString());
    }

    /** The sheet read from the chosen file; empty until a file could be read. */
    public Optional<RosterSheet> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** The preview table: the file's header as columns and at most {@value #PREVIEW_ROWS} rows. */
    public Table previewTable() {
        return preview.getTable();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void read() {
        sheet = null;
        String text = file.getText().strip();
        if (text.isEmpty()) {
            show(List.of());
            setErrorMessage(null);
            setPageComplete(false);
            return;
        }
        Optional<Charset> charset = Optional.ofNullable(ENCODINGS[Math.max(0, encoding.getSelectionIndex())])
                .map(Charset::forName);
        try {
            sheet = new RosterReader(charset).read(Path.of(text));
            show(sheet.rows());
            setErrorMessage(null);
            setPageComplete(true);
        } catch (RosterReadException e) {
            show(List.of());
            setErrorMessage(e.getLocalizedMessage(Locale.getDefault()));
            setPageComplete(false);
        }
    }

    private void show(List<SheetRow> rows) {
        Table table = preview.getTable();
        table.setRedraw(false);
        try {
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            if (!rows.isEmpty()) {
                List<String> header = rows.get(0).cells();
                addColumn(UiMessages.get("importRosterRow"), -1, 50);
                for (int i = 0; i < header.size(); i++) {
                    addColumn(header.get(i), i, 110);
                }
            }
            preview.setInput(rows.isEmpty() ? List.of() : rows.subList(1, Math.min(rows.size(), PREVIEW_ROWS + 1)));
        } finally {
            table.setRedraw(true);
        }
    }

    private void addColumn(String title, int cell, int width) {
        TableViewerColumn column = new TableViewerColumn(preview, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                SheetRow row = (SheetRow) element;
                return cell < 0 ? Integer.toString(row.number()) : row.cell(cell);
            }
        });
    }
}
