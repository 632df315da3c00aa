package cn.qinglian.award.evaluation;

import java.util.Locale;

import cn.qinglian.core.validation.RuleMessages;

/** Texts of the rules, from messages*.properties in this package. */
final class Texts {

    private static final RuleMessages MESSAGES = new RuleMessages(Texts.class, "cn.qinglian.award.evaluation.messages");

    private Texts() {
    }

    static String format(Locale locale, String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }
}
