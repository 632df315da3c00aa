package cn.qinglian.core.dashboard;

import java.util.List;

/**
 * One number of the dashboard and the model objects it counts.
 *
 * @param kind what is counted
 * @param value the number shown
 * @param objects the objects behind the number, in document order
 */
public record Figure(FigureKind kind, int value, List<Object> objects) {

    public Figure {
        objects = List.copyOf(objects);
    }

    /** A figure counting exactly {@code objects}. */
    public static Figure of(FigureKind kind, List<?> objects) {
        return new Figure(kind, objects.size(), List.copyOf(objects));
    }
}
