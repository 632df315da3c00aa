package cn.qinglian.ui.emf;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.qinglian.ui.UiMessages;

/** Values of EMF data types as the user types them: empty text is no value, dates are ISO (yyyy-MM-dd). */
public final class ValueText {

    private ValueText() {
    }

    /** The text that shows {@code value} for editing; empty for no value. */
    public static String format(EDataType type, Object value) {
        return value == null ? "" : EcoreUtil.convertToString(type, value);
    }

    /**
     * The value {@code text} stands for.
     *
     * @throws IllegalArgumentException with a message in the workbench language when it stands for none
     */
    public static Object parse(EDataType type, String text) {
        String stripped = text == null ? "" : text.strip();
        Class<?> instanceClass = type.getInstanceClass();
        if (stripped.isEmpty()) {
            if (instanceClass != null && instanceClass.isPrimitive()) {
                throw new IllegalArgumentException(hint(type));
            }
            return null;
        }
        try {
            return EcoreUtil.createFromString(type, stripped);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(hint(type), e);
        }
    }

    /** Null when {@code text} is a value of {@code type}, else what is wrong with it. */
    public static String check(EDataType type, String text) {
        try {
            parse(type, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String hint(EDataType type) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == LocalDate.class) {
            return UiMessages.get("valueDateHint");
        }
        if (instanceClass == int.class || instanceClass == Integer.class || instanceClass == long.class
                || instanceClass == Long.class || instanceClass == short.class || instanceClass == Short.class) {
            return UiMessages.get("valueIntegerHint");
        }
        return UiMessages.get("valueInvalid", type.getName());
    }
}
