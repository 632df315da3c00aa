package cn.qinglian.core.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One worksheet to export: a name, a header row, data rows and, optionally, column widths. Cell
 * values are {@link String}s, {@link Number}s (written as numbers), {@link java.time.LocalDate}s
 * (real date cells shown yyyy-mm-dd), {@code null} (an empty cell), anything else as its
 * {@code toString()}.
 */
public final class Sheet {

    private final String name;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Integer> widths = List.of();

    public Sheet(String name, List<String> headers) {
        this.name = name;
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; it may be shorter than the header. */
    public Sheet row(Object... values) {
        rows.add(Collections.unmodifiableList(Arrays.asList(values.clone())));
        return this;
    }

    /** Adds rows (each may be shorter than the header). */
    public Sheet rows(List<? extends List<?>> values) {
        values.forEach(row -> rows.add(Collections.unmodifiableList(new ArrayList<Object>(row))));
        return this;
    }

    /**
     * The widths of the first columns, in characters; the other columns (all, by default) are as wide
     * as their longest value, Chinese characters counted double.
     */
    public Sheet widths(List<Integer> characters) {
        widths = List.copyOf(characters);
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public List<Integer> widths() {
        return widths;
    }
}
