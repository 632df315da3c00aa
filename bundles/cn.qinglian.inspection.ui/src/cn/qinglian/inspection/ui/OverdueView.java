package cn.qinglian.inspection.ui;

import cn.qinglian.inspection.export.LedgerRow;

/** 逾期事项: the ledger narrowed to rectifications past their deadline and not yet verified. */
public class OverdueView extends LedgerView {

    public static final String ID = "cn.qinglian.inspection.ui.overdue";

    @Override
    boolean include(LedgerRow row) {
        return row.overdue();
    }
}
