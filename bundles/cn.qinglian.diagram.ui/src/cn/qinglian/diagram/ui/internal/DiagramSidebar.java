package cn.qinglian.diagram.ui.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import java.util.function.Supplier;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import cn.qinglian.diagram.EdgeKind;
import cn.qinglian.diagram.EdgeStyle;
import cn.qinglian.diagram.ui.DiagramUiMessages;
import cn.qinglian.diagram.ui.internal.parts.DiagramLook;
import cn.qinglian.model.ReportingKind;
import cn.qinglian.model.provider.QinglianLabels;

/**
 * The panel beside a diagram: the overview (click or drag in it to pan), one check box per
 * kind of line (layers, each with its line style), the find box, and the kind of lines drawn by
 * dragging.
 */
final class DiagramSidebar {

    private final ScrolledComposite scroller;
    private final Composite panel;
    private final Overview overview;
    private final Map<EdgeKind, Button> layers = new EnumMap<>(EdgeKind.class);
    private final Text find;
    private final Label findResult;
    private final ComboViewer newLineKind;

    DiagramSidebar(Composite parent, DiagramViewer viewer, DiagramLook look, Supplier<Rectangle> extent,
            BiConsumer<EdgeKind, Boolean> onLayer, Consumer<String> onFind) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        panel = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 4).applyTo(panel);
        scroller.setContent(panel);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);

        heading(DiagramUiMessages.get("overview"));
        overview = new Overview(panel, viewer, extent);
        GridDataFactory.fillDefaults().grab(true, false).hint(150, 150).applyTo(overview.control());

        heading(DiagramUiMessages.get("layers"));
        for (EdgeKind kind : EdgeKind.values()) {
            Composite row = new Composite(panel, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(row);
            Canvas swatch = new Canvas(row, SWT.NONE);
            GridDataFactory.swtDefaults().hint(28, 12).applyTo(swatch);
            swatch.addPaintListener(e -> paintSwatch(e.gc, look.edgeColor(kind), EdgeStyle.of(kind)));
            Button check = new Button(row, SWT.CHECK);
            check.setText(DiagramUiMessages.get("kind." + kind.cliName()));
            check.setSelection(true);
            check.addListener(SWT.Selection, e -> onLayer.accept(kind, check.getSelection()));
            layers.put(kind, check);
        }

        heading(DiagramUiMessages.get("find"));
        find = new Text(panel, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        find.setMessage(DiagramUiMessages.get("findHint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(find);
        find.addListener(SWT.DefaultSelection, e -> onFind.accept(find.getText()));
        findResult = new Label(panel, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(findResult);

        heading(DiagramUiMessages.get("newLineKind"));
        newLineKind = new ComboViewer(panel, SWT.READ_ONLY);
        newLineKind.setContentProvider(ArrayContentProvider.getInstance());
        newLineKind.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return QinglianLabels.literal("ReportingKind", (ReportingKind) element);
            }
        });
        newLineKind.setInput(ReportingKind.VALUES);
        newLineKind.setSelection(new StructuredSelection(ReportingKind.INTERNAL));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(newLineKind.getControl());
        scroller.setMinSize(panel.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void heading(String text) {
        Label label = new Label(panel, SWT.NONE);
        label.setText(text);
        label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().indent(0, 4).applyTo(label);
    }

    private static void paintSwatch(GC gc, Color color, EdgeStyle style) {
        gc.setForeground(color);
        gc.setLineWidth((int) Math.max(1, Math.round(style.width() * 1.5)));
        if (!style.isSolid()) {
            double[] dash = style.dash();
            int[] pattern = new int[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (int) Math.max(1, Math.round(dash[i]));
            }
            gc.setLineDash(pattern);
        }
        gc.drawLine(2, 6, 26, 6);
    }

    Composite control() {
        return scroller;
    }

    /** Shows the layers check boxes of the kinds the diagram has, ticked as {@code state} shows them. */
    void show(DiagramState state) {
        for (Map.Entry<EdgeKind, Button> layer : layers.entrySet()) {
            layer.getValue().setSelection(state.isShown(layer.getKey()));
        }
    }

    Button layer(EdgeKind kind) {
        return layers.get(kind);
    }

    Text findBox() {
        return find;
    }

    void setFindResult(String text) {
        findResult.setText(text);
        panel.layout(true, true);
        scroller.setMinSize(panel.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    String findResult() {
        return findResult.getText();
    }

    ReportingKind newLineKind() {
        return (ReportingKind) newLineKind.getStructuredSelection().getFirstElement();
    }

    void setNewLineKind(ReportingKind kind) {
        newLineKind.setSelection(new StructuredSelection(kind));
    }

    Overview overview() {
        return overview;
    }
}
