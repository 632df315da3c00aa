package cn.qinglian.core.validation;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;

import cn.qinglian.core.query.ObjectPaths;

/**
 * Message templates of a rule, from {@code BASENAME.properties} (English) and
 * {@code BASENAME_zh.properties} (Chinese) next to the rule's classes. The language asked for is
 * used exactly (no fallback to the JVM's default language); arguments that are model objects are
 * written as their {@link ObjectPaths path}, collections of them as paths joined by ", ".
 */
public final class RuleMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /** Templates in {@code baseName} (e.g. {@code org.example.rules.messages}) seen from {@code anchor}'s loader. */
    public RuleMessages(Class<?> anchor, String baseName) {
        this.baseName = baseName;
        this.loader = anchor.getClassLoader();
    }

    /** The template {@code key} in {@code locale}, filled with {@code arguments}. */
    public String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK);
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = shown(arguments[i]);
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    private static Object shown(Object argument) {
        if (argument instanceof EObject object) {
            return ObjectPaths.path(object);
        }
        if (argument instanceof Collection<?> collection) {
            StringJoiner joined = new StringJoiner(", ");
            collection.forEach(element -> joined.add(String.valueOf(shown(element))));
            return joined.toString();
        }
        return argument;
    }
}
