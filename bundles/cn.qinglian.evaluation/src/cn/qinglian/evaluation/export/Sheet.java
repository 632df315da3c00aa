package cn.qinglian.evaluation.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One worksheet to export: a name, a header row and data rows. Cell values are {@link String}s,
 * {@link Number}s (written as numbers), anything else as its {@code toString()} (dates as yyyy-MM-dd),
 * {@code null} as an empty cell.
 */
public final class Sheet {

    private final String name;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    public Sheet(String name, List<String> headers) {
        this.name = name;
        this.headers = List.copyOf(headers);
    }

    /** Adds a row; it may be shorter than the header. */
    public Sheet row(Object... values) {
        rows.add(Collections.unmodifiableList(java.util.Arrays.asList(values.clone())));
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
}
