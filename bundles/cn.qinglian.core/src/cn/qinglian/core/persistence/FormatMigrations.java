package cn.qinglian.core.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The migration steps a store knows, at most one per source format. Loading a file of an older
 * format runs the steps from the file's format up to the current one, in order.
 */
public final class FormatMigrations {

    private static final FormatMigrations NONE = new FormatMigrations(Collections.emptySortedMap());

    private final SortedMap<Integer, FormatMigration> steps;

    private FormatMigrations(SortedMap<Integer, FormatMigration> steps) {
        this.steps = steps;
    }

    /** No steps: only files of the current format are read (enough for format 1). */
    public static FormatMigrations none() {
        return NONE;
    }

    public static FormatMigrations of(FormatMigration... migrations) {
        return of(Arrays.asList(migrations));
    }

    /** @throws IllegalArgumentException when two steps start from the same format */
    public static FormatMigrations of(Collection<? extends FormatMigration> migrations) {
        SortedMap<Integer, FormatMigration> steps = new TreeMap<>();
        for (FormatMigration migration : migrations) {
            FormatMigration earlier = steps.putIfAbsent(migration.fromFormat(), migration);
            if (earlier != null) {
                throw new IllegalArgumentException("two migrations from format " + migration.fromFormat() + ": "
                        + earlier.getClass().getName() + " and " + migration.getClass().getName());
            }
        }
        return new FormatMigrations(Collections.unmodifiableSortedMap(steps));
    }

    /** The oldest format these steps bring up to {@code target} without a gap ({@code target} itself when none). */
    public int oldestFormat(int target) {
        int oldest = target;
        while (steps.containsKey(oldest - 1)) {
            oldest--;
        }
        return oldest;
    }

    /**
     * The steps from {@code from} up to {@code target}, in order; empty when they are equal.
     *
     * @throws IllegalArgumentException when a step is missing
     */
    public List<FormatMigration> path(int from, int target) {
        if (from < oldestFormat(target) || from > target) {
            throw new IllegalArgumentException("no migration path from format " + from + " to " + target);
        }
        return List.copyOf(steps.subMap(from, target).values());
    }
}
