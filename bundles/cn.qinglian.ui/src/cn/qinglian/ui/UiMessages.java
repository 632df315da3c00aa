package cn.qinglian.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI texts from messages*.properties in the workbench language (-nl; Chinese by default). */
public final class UiMessages {

    private UiMessages() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.ui.messages", Locale.getDefault(),
                UiMessages.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
