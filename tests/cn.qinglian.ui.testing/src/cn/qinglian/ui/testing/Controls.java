package cn.qinglian.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Works controls as a user does, in the UI thread: chooses in a combo, presses a button, picks from a
 * context menu, reads a table's rows. A control not in the state a user would need fails the test with
 * what it shows instead.
 */
public final class Controls {

    private Controls() {
    }

    /** Every control of {@code type} in {@code root}'s tree, {@code root} included, in tree order. */
    public static <T extends Control> List<T> all(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** Chooses {@code item} in {@code combo} and tells its listeners. */
    public static void select(Combo combo, String item) {
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError("no " + item + " in " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Presses {@code button}, which must be enabled. */
    public static void click(Button button) {
        if (!button.isEnabled()) {
            throw new AssertionError(button.getText() + " is disabled");
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** The first {@code columns} cells of each row of {@code table}, joined by a space. */
    public static List<String> rows(Table table, int columns) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                row.append(i == 0 ? "" : " ").append(item.getText(i));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** Opens the context menu of {@code control} and chooses the enabled item labelled {@code label}. */
    public static void chooseFromContextMenu(Control control, String label) {
        Menu menu = control.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> seen = new ArrayList<>();
        MenuItem chosen = null;
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "");
            seen.add(text);
            if (text.equals(label)) {
                chosen = item;
            }
        }
        if (chosen == null || !chosen.isEnabled()) {
            menu.notifyListeners(SWT.Hide, new Event());
            throw new AssertionError("no enabled \"" + label + "\" in the context menu: " + seen);
        }
        chosen.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
    }
}
