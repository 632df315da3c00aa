package cn.qinglian.evaluation.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI texts of the evaluation module from messages*.properties in the workbench language (-nl). */
public final class Messages {

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.evaluation.ui.messages", Locale.getDefault(),
                Messages.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
