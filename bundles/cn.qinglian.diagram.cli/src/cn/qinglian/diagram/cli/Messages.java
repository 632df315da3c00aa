package cn.qinglian.diagram.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the diagram command, from messages*.properties in the default locale (set by -nl). */
final class Messages {

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.diagram.cli.messages", Locale.getDefault(),
                Messages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
