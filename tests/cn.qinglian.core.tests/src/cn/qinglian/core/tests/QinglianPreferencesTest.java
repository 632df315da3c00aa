package cn.qinglian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.qinglian.core.preferences.QinglianPreferences;
import cn.qinglian.core.preferences.ReportingPeriod;

class QinglianPreferencesTest {

    private final IEclipsePreferences node = (IEclipsePreferences) InstanceScope.INSTANCE
            .getNode("cn.qinglian.core.tests." + UUID.randomUUID());
    private final QinglianPreferences preferences = new QinglianPreferences(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void unsetPreferencesReadAsTenYearsAndAQuarter() {
        assertEquals(10, preferences.rotationThresholdYears());
        assertEquals(ReportingPeriod.QUARTER, preferences.reportingPeriod());
    }

    @Test
    void storedValuesAreReadBackFromThePreferenceNode() throws Exception {
        preferences.setRotationThresholdYears(8);
        preferences.setReportingPeriod(ReportingPeriod.HALF_YEAR);
        preferences.flush();
        QinglianPreferences reread = new QinglianPreferences(node);
        assertEquals(8, reread.rotationThresholdYears());
        assertEquals(ReportingPeriod.HALF_YEAR, reread.reportingPeriod());
        assertEquals("8", node.get(QinglianPreferences.ROTATION_THRESHOLD_YEARS, null));
        assertEquals("HALF_YEAR", node.get(QinglianPreferences.REPORTING_PERIOD, null));
    }

    @Test
    void unreadableStoredValuesFallBackToTheDefaults() {
        node.put(QinglianPreferences.ROTATION_THRESHOLD_YEARS, "ten");
        node.put(QinglianPreferences.REPORTING_PERIOD, "FORTNIGHT");
        assertEquals(10, preferences.rotationThresholdYears());
        assertEquals(ReportingPeriod.QUARTER, preferences.reportingPeriod());
        node.putInt(QinglianPreferences.ROTATION_THRESHOLD_YEARS, 0);
        assertEquals(10, preferences.rotationThresholdYears());
    }

    @Test
    void thresholdOutsideOneToFortyYearsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> preferences.setRotationThresholdYears(0));
        assertThrows(IllegalArgumentException.class, () -> preferences.setRotationThresholdYears(41));
        assertEquals(10, preferences.rotationThresholdYears());
    }

    @Test
    void periodsKnowTheirLengthInMonths() {
        assertEquals(1, ReportingPeriod.MONTH.months());
        assertEquals(3, ReportingPeriod.QUARTER.months());
        assertEquals(6, ReportingPeriod.HALF_YEAR.months());
        assertEquals(12, ReportingPeriod.YEAR.months());
    }
}
