package cn.qinglian.core.tests.validation;

import org.eclipse.emf.common.util.Diagnostic;

import cn.qinglian.core.validation.RuleContext;
import cn.qinglian.core.validation.ValidationRule;
import cn.qinglian.model.Organisation;

/** A rule contributed by this fragment's fragment.xml: reports how many units there are. */
public class UnitCountRule implements ValidationRule {

    @Override
    public String id() {
        return "test.unit-count";
    }

    @Override
    public int defaultSeverity() {
        return Diagnostic.ERROR;
    }

    @Override
    public void check(Organisation organisation, RuleContext context) {
        context.report(7, "units: " + context.index().units().size(), organisation);
    }
}
