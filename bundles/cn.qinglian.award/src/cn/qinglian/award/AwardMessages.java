package cn.qinglian.award;

import java.util.Locale;

import cn.qinglian.core.validation.RuleMessages;

/**
 * The award module's texts outside the UI (exclusion reasons, score explanations, certificate and
 * notice texts), from {@code messages.properties} (English) and {@code messages_zh.properties}
 * (Chinese) in this package. Model objects are written as their paths.
 */
public final class AwardMessages {

    private static final RuleMessages MESSAGES = new RuleMessages(AwardMessages.class, "cn.qinglian.award.messages");

    private AwardMessages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }
}
