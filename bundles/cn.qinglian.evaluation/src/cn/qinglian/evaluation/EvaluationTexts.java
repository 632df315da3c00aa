package cn.qinglian.evaluation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the evaluation module (labels of categories and grades, export headers, figure labels) from
 * {@code messages.properties} (English) and {@code messages_zh.properties} (Chinese) in this package,
 * in exactly the language asked for (no fallback to the JVM's default language).
 */
public final class EvaluationTexts {

    private static final String BASE_NAME = "cn.qinglian.evaluation.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    public EvaluationTexts(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, locale, EvaluationTexts.class.getClassLoader(),
                NO_FALLBACK);
        String template = bundle.getString(key);
        return arguments.length == 0 ? template : new MessageFormat(template, locale).format(arguments);
    }

    /** The label of an enum literal of the model: key {@code <EnumType>.<LITERAL>}. */
    public String label(Enum<?> literal) {
        return literal == null ? "" : get(literal.getDeclaringClass().getSimpleName() + "." + literal.name());
    }
}
