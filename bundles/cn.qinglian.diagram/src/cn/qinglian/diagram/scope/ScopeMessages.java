package cn.qinglian.diagram.scope;

import java.util.Locale;

/** Texts of scopes and diagram labels, from cn/qinglian/diagram/messages*.properties. */
final class ScopeMessages {

    private ScopeMessages() {
    }

    static String format(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }

    static String format(Locale locale, String key, Object... arguments) {
        return cn.qinglian.diagram.DiagramMessages.format(locale, key, arguments);
    }
}
