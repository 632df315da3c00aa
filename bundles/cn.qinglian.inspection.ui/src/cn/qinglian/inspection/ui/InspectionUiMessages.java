package cn.qinglian.inspection.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the inspection views from messages*.properties in the workbench language (Chinese by default). */
public final class InspectionUiMessages {

    private InspectionUiMessages() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.inspection.ui.messages", Locale.getDefault(),
                InspectionUiMessages.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
