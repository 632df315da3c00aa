package cn.qinglian.core.validation.rules;

import cn.qinglian.core.validation.RuleMessages;
import cn.qinglian.core.validation.TemplatedRule;

/** Id, severity and message templates ({@code messages*.properties} of this package) of a built-in rule. */
abstract class BuiltInRule extends TemplatedRule {

    private static final RuleMessages MESSAGES = new RuleMessages(BuiltInRule.class,
            "cn.qinglian.core.validation.rules.messages");

    BuiltInRule(String id, int severity) {
        super(id, severity, MESSAGES);
    }
}
