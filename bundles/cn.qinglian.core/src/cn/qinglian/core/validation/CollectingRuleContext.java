package cn.qinglian.core.validation;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import cn.qinglian.core.query.OrganisationIndex;

/** The context of one rule in one run: adds what the rule reports to the run's diagnostic chain. */
record CollectingRuleContext(String ruleId, int severity, OrganisationIndex index, LocalDate asOf, Locale locale,
        DiagnosticChain chain) implements RuleContext {

    @Override
    public void report(int code, String message, Object... data) {
        chain.add(new BasicDiagnostic(severity, ruleId, code, message, data.clone()));
    }
}
