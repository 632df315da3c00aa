package cn.qinglian.diagram.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the diagram workbench from messages*.properties in the workbench language (Chinese by default). */
public final class DiagramUiMessages {

    private DiagramUiMessages() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.diagram.ui.messages", Locale.getDefault(),
                DiagramUiMessages.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
