package cn.qinglian.dropins;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages of the drop-in folders ({@code messages*.properties} of this package), in the default language. */
public final class DropinMessages {

    private DropinMessages() {
    }

    /** The template {@code key} filled with {@code arguments}. */
    public static String format(String key, Object... arguments) {
        Locale locale = Locale.getDefault();
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.dropins.messages", locale,
                DropinMessages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
