package cn.qinglian.ui.internal.dashboard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;

import cn.qinglian.core.dashboard.FigureKind;

/** One figure of the dashboard: a big number over its label; a click anywhere on it selects it. */
public final class FigureCard {

    private final FigureKind kind;
    private final String id;
    private final Composite card;
    private final Label number;
    private final Label caption;

    FigureCard(Composite parent, FigureKind kind, LocalResourceManager resources, Runnable clicked) {
        this(parent, kind, kind.name(), resources, clicked);
    }

    /** A card of a figure a module contributed ({@link #kind()} is {@code null}). */
    FigureCard(Composite parent, String id, LocalResourceManager resources, Runnable clicked) {
        this(parent, null, id, resources, clicked);
    }

    private FigureCard(Composite parent, FigureKind kind, String id, LocalResourceManager resources, Runnable clicked) {
        this.kind = kind;
        this.id = id;
        card = new Composite(parent, SWT.BORDER);
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().margins(8, 3).applyTo(card);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(card);
        number = new Label(card, SWT.NONE);
        number.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont())
                .setHeight(18).setStyle(SWT.BOLD)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
        caption = new Label(card, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(caption);
        Listener click = event -> clicked.run();
        for (Control control : new Control[] { card, number, caption }) {
            control.addListener(SWT.MouseUp, click);
            control.setCursor(card.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        }
    }

    /** The built-in figure shown; {@code null} for a figure a module contributed. */
    public FigureKind kind() {
        return kind;
    }

    /** The figure's id: the built-in kind's name, or the id the module gave it. */
    public String id() {
        return id;
    }

    void dispose() {
        card.dispose();
    }

    void show(String value, String label) {
        number.setText(value);
        caption.setText(label);
        card.layout();
    }

    void setSelected(boolean selected) {
        int color = selected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_BACKGROUND;
        card.setBackground(card.getDisplay().getSystemColor(color));
    }

    public String number() {
        return number.getText();
    }

    public String caption() {
        return caption.getText();
    }

    /** Behaves as a click on the card. */
    public void click() {
        card.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
    }
}
