package cn.qinglian.core.roster;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the roster import, from messages*.properties of this package. */
final class RosterMessages {

    private RosterMessages() {
    }

    static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("cn.qinglian.core.roster.messages", locale,
                RosterMessages.class.getClassLoader());
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
