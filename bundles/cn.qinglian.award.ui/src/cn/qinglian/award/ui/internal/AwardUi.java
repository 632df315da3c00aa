package cn.qinglian.award.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI texts of the award module from messages*.properties in the workbench language. */
public final class AwardUi {

    private AwardUi() {
    }

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.award.ui.internal.messages", Locale.getDefault(),
                AwardUi.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }
}
