package cn.qinglian.diagram;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of diagrams (legend, titles, scope errors) from messages*.properties in this package. */
public final class DiagramMessages {

    private DiagramMessages() {
    }

    /** The message {@code key} in {@code locale}, with {@code arguments} filled in. */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.diagram.messages", locale,
                DiagramMessages.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The name of an edge kind, e.g. 逐级报告. */
    public static String kindLabel(EdgeKind kind, Locale locale) {
        return format(locale, "kind." + kind.cliName());
    }
}
