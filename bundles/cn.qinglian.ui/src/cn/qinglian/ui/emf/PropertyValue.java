package cn.qinglian.ui.emf;

/**
 * A feature's value as the property sheet holds it. Wrapped so that the sheet does not open a referenced
 * object's own properties below the reference; cell editors accept it and give back plain values.
 */
public record PropertyValue(Object value) {

    /** The plain value of {@code value}, unwrapping a {@link PropertyValue}. */
    public static Object unwrap(Object value) {
        return value instanceof PropertyValue wrapped ? wrapped.value() : value;
    }
}
