package cn.qinglian.ui.internal.explorer;

import cn.qinglian.ui.UiMessages;

/** The folders of the explorer below the unit tree: the roster, the reporting lines, the charge assignments. */
public enum ExplorerGroup {
    PEOPLE("groupPeople"),
    REPORTING_LINES("groupReportingLines"),
    CHARGE_ASSIGNMENTS("groupChargeAssignments");

    private final String labelKey;

    ExplorerGroup(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return UiMessages.get(labelKey);
    }
}
