package cn.qinglian.example;

import java.util.Locale;

import cn.qinglian.core.validation.RuleMessages;

/** The example's texts ({@code messages.properties}, {@code messages_zh.properties} of this package). */
final class ExampleMessages {

    private static final RuleMessages MESSAGES = new RuleMessages(ExampleMessages.class, "cn.qinglian.example.messages");

    private ExampleMessages() {
    }

    static String format(Locale locale, String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }
}
