package cn.qinglian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

import cn.qinglian.model.QinglianPackage;
import cn.qinglian.ui.emf.ValueText;
import cn.qinglian.ui.internal.RecentWorkspaces;

/** Values as the user types them, and the list of recent workspaces. */
class ValuesAndPreferencesTest {

    @Test
    void datesAreIsoAndEmptyMeansNone() {
        var date = QinglianPackage.Literals.LOCAL_DATE;
        assertEquals(LocalDate.of(2024, 3, 1), ValueText.parse(date, " 2024-03-01 "));
        assertNull(ValueText.parse(date, ""));
        assertEquals("2024-03-01", ValueText.format(date, LocalDate.of(2024, 3, 1)));
        assertEquals("日期格式为 yyyy-MM-dd，例如 2024-03-01。", ValueText.check(date, "2024-13-01"));
        assertEquals("日期格式为 yyyy-MM-dd，例如 2024-03-01。", ValueText.check(date, "2024/03/01"));
    }

    @Test
    void wholeNumbersAreRequiredForIntegerFields() {
        var integer = EcorePackage.Literals.EINT;
        assertEquals(1980, ValueText.parse(integer, "1980"));
        assertEquals("请输入整数。", ValueText.check(integer, "一九八〇"));
        assertEquals("请输入整数。", ValueText.check(integer, ""));
        assertThrows(IllegalArgumentException.class, () -> ValueText.parse(integer, "19.5"));
    }

    @Test
    void recentWorkspacesKeepTheLastFiveLatestFirstWithoutDuplicates() throws Exception {
        IEclipsePreferences node = (IEclipsePreferences) InstanceScope.INSTANCE
                .getNode("cn.qinglian.ui.tests." + UUID.randomUUID());
        try {
            RecentWorkspaces recent = new RecentWorkspaces(node);
            for (int i = 1; i <= 6; i++) {
                recent.add(Path.of("/data/ws" + i));
            }
            recent.add(Path.of("/data/ws4/../ws4"));
            assertEquals(List.of(Path.of("/data/ws4"), Path.of("/data/ws6"), Path.of("/data/ws5"),
                    Path.of("/data/ws3"), Path.of("/data/ws2")), new RecentWorkspaces(node).list());
        } finally {
            node.removeNode();
        }
    }
}
