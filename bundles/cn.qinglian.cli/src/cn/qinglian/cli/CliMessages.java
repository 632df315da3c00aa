package cn.qinglian.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the command line, from messages*.properties in the default locale (set by -nl). */
public final class CliMessages {

    private CliMessages() {
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.cli.messages", Locale.getDefault(),
                CliMessages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
    }
}
