package cn.qinglian.core.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * One number a module adds to the overview, with the objects behind it.
 *
 * @param id stable id, e.g. {@code inspection.overdue-rectifications}
 * @param label what the number counts, in the user's language, a few words
 * @param value the number shown
 * @param objects the model objects listed when the user clicks the number
 */
public record ContributedFigure(String id, String label, int value, List<Object> objects) {

    public ContributedFigure {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        objects = List.copyOf(objects);
    }

    /** A figure counting exactly {@code objects}. */
    public static ContributedFigure of(String id, String label, List<?> objects) {
        return new ContributedFigure(id, label, objects.size(), List.copyOf(objects));
    }
}
