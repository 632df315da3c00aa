package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.dashboard.DashboardFigures;
import cn.qinglian.core.dashboard.FigureKind;
import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.query.ReportPeriod;
import cn.qinglian.model.Organisation;
import cn.qinglian.model.Unit;
import cn.qinglian.model.UnitKind;
import cn.qinglian.ui.internal.dashboard.DashboardView;
import cn.qinglian.ui.internal.dashboard.FigureCard;
import cn.qinglian.ui.testing.RunningWorkbench;
import cn.qinglian.ui.testing.Screenshots;
import cn.qinglian.ui.testing.Ui;

/** 概览 on the shipped sample: the cards show the figures, a click lists the objects behind one. */
class DashboardTest {

    @Test
    void cardsShowTheFiguresOfTheSampleAndListTheirObjects() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            IWorkbenchPage page = Ui.page(workbench);
            DashboardView view = (DashboardView) page.showView(DashboardView.ID);
            Ui.settle(workbench);
            Organisation organisation = Ui.session(workbench).organisation();
            DashboardFigures expected = expectedOn(organisation, LocalDate.now());
            List<String> shown = new ArrayList<>();
            for (FigureCard card : view.cards().stream().filter(card -> card.kind() != null).toList()) {
                assertEquals(String.valueOf(expected.get(card.kind()).value()), card.number(), card.kind().name());
                shown.add(card.caption() + "=" + card.number());
            }
            System.out.println("Dashboard of the sample on " + LocalDate.now() + ": " + shown);
            assertEquals("同一岗位满 " + QinglianPreferences.instance().rotationThresholdYears() + " 年",
                    card(view, FigureKind.LONG_IN_POST).caption());

            card(view, FigureKind.HEADS_MISSING).click();
            assertEquals(expected.get(FigureKind.HEADS_MISSING).objects(), rows(view.objects()));
            card(view, FigureKind.LONG_IN_POST).click();
            assertEquals(expected.get(FigureKind.LONG_IN_POST).objects(), rows(view.objects()));
            assertFalse(rows(view.objects()).isEmpty(), "the sample has people long in one post");

            Map<String, Integer> bars = new LinkedHashMap<>();
            expected.staffPerUnit(EnumSet.of(UnitKind.STREET, UnitKind.DEPARTMENT))
                    .forEach((unit, staff) -> bars.merge(unit.getName(), staff, Integer::sum));
            assertEquals(bars, view.chart().bars());
            assertTrue(bars.keySet().stream().anyMatch(name -> name.endsWith("街道")), bars.toString());

            Screenshots.settle(workbench.getDisplay(), 1000);
            Screenshots.save(Screenshots.capture(workbench.getActiveWorkbenchWindow().getShell()), "dashboard");
            assertTrue(view.chart().drawnHeight() >= view.chart().contentHeight(),
                    "every row of the chart is drawn (the pane scrolls): " + view.chart().drawnHeight() + " < "
                            + view.chart().contentHeight());
            assertTrue(view.chart().scrolls(), "the sample has more streets and departments than fit");

            view.date().setText("2005-01-01");
            Screenshots.settle(workbench.getDisplay(), 800);
            DashboardFigures earlier = expectedOn(organisation, LocalDate.of(2005, 1, 1));
            assertEquals(String.valueOf(earlier.get(FigureKind.STAFF).value()), card(view, FigureKind.STAFF).number());
            assertEquals(earlier.get(FigureKind.LONG_IN_POST).objects(), rows(view.objects()));
        });
    }

    @Test
    void doubleClickShowsTheObjectInTheExplorer() throws Exception {
        RunningWorkbench.run(List.of(), workbench -> {
            IWorkbenchPage page = Ui.page(workbench);
            DashboardView view = (DashboardView) page.showView(DashboardView.ID);
            Ui.settle(workbench);
            card(view, FigureKind.UNITS).click();
            Unit unit = (Unit) view.objects().getElementAt(1);
            view.objects().setSelection(new StructuredSelection(unit));
            view.objects().getTable().notifyListeners(org.eclipse.swt.SWT.DefaultSelection,
                    new org.eclipse.swt.widgets.Event());
            Ui.settle(workbench);
            IWorkbenchPartReference active = page.getActivePartReference();
            assertEquals(cn.qinglian.ui.internal.explorer.ExplorerView.ID, active.getId());
            assertEquals(unit, Ui.explorer(workbench).viewer().getStructuredSelection().getFirstElement());
        });
    }

    private static DashboardFigures expectedOn(Organisation organisation, LocalDate asOf) {
        QinglianPreferences preferences = QinglianPreferences.instance();
        ReportPeriod period = DashboardFigures.periodContaining(preferences.reportingPeriod(), asOf);
        return DashboardFigures.compute(organisation, asOf, preferences.rotationThresholdYears(), period.first(),
                period.last());
    }

    private static FigureCard card(DashboardView view, FigureKind kind) {
        return view.cards().stream().filter(card -> card.kind() == kind).findFirst().orElseThrow();
    }

    private static List<Object> rows(TableViewer viewer) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < viewer.getTable().getItemCount(); i++) {
            rows.add(viewer.getElementAt(i));
        }
        return rows;
    }
}
