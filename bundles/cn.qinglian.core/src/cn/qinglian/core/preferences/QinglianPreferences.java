package cn.qinglian.core.preferences;

import java.util.Objects;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The team's settings that rules and queries read: the rotation threshold (交流轮岗: years on the same
 * post before an alert) and the reporting period. Stored with the Eclipse preference service in the
 * instance scope, node {@value #NODE}; the workbench's preference page writes the same keys. A stored
 * value that cannot be read falls back to the default.
 */
public final class QinglianPreferences {

    public static final String NODE = "cn.qinglian.core";
    public static final String ROTATION_THRESHOLD_YEARS = "rotationThresholdYears";
    public static final String REPORTING_PERIOD = "reportingPeriod";

    public static final int DEFAULT_ROTATION_THRESHOLD_YEARS = 10;
    public static final ReportingPeriod DEFAULT_REPORTING_PERIOD = ReportingPeriod.QUARTER;
    public static final int MIN_ROTATION_THRESHOLD_YEARS = 1;
    public static final int MAX_ROTATION_THRESHOLD_YEARS = 40;

    private final Preferences node;

    public QinglianPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The settings of this installation (instance scope). */
    public static QinglianPreferences instance() {
        return new QinglianPreferences(InstanceScope.INSTANCE.getNode(NODE));
    }

    /** Years on the same post after which a person is due for rotation; 10 unless set. */
    public int rotationThresholdYears() {
        int years = node.getInt(ROTATION_THRESHOLD_YEARS, DEFAULT_ROTATION_THRESHOLD_YEARS);
        return years < MIN_ROTATION_THRESHOLD_YEARS || years > MAX_ROTATION_THRESHOLD_YEARS
                ? DEFAULT_ROTATION_THRESHOLD_YEARS
                : years;
    }

    public void setRotationThresholdYears(int years) {
        if (years < MIN_ROTATION_THRESHOLD_YEARS || years > MAX_ROTATION_THRESHOLD_YEARS) {
            throw new IllegalArgumentException("rotation threshold out of range: " + years);
        }
        node.putInt(ROTATION_THRESHOLD_YEARS, years);
    }

    /** The period reports and findings are counted in; a quarter unless set. */
    public ReportingPeriod reportingPeriod() {
        String stored = node.get(REPORTING_PERIOD, DEFAULT_REPORTING_PERIOD.name());
        for (ReportingPeriod period : ReportingPeriod.values()) {
            if (period.name().equals(stored)) {
                return period;
            }
        }
        return DEFAULT_REPORTING_PERIOD;
    }

    public void setReportingPeriod(ReportingPeriod period) {
        node.put(REPORTING_PERIOD, period.name());
    }

    /** Writes the settings to disk. */
    public void flush() throws BackingStoreException {
        node.flush();
    }
}
