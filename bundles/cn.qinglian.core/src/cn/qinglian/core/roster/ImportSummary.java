package cn.qinglian.core.roster;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How many objects of each type a roster import created and updated. */
public final class ImportSummary {

    private final Map<RosterObjectType, Integer> created = new EnumMap<>(RosterObjectType.class);
    private final Map<RosterObjectType, Integer> updated = new EnumMap<>(RosterObjectType.class);

    ImportSummary() {
    }

    void countCreated(RosterObjectType type) {
        created.merge(type, 1, Integer::sum);
    }

    void countUpdated(RosterObjectType type) {
        updated.merge(type, 1, Integer::sum);
    }

    public int created(RosterObjectType type) {
        return created.getOrDefault(type, 0);
    }

    public int updated(RosterObjectType type) {
        return updated.getOrDefault(type, 0);
    }

    /** Whether the import changed the organisation at all (a re-import of the same file does not). */
    public boolean changedAnything() {
        return !created.isEmpty() || !updated.isEmpty();
    }

    /** One line, e.g. "units: 3 created, 0 updated; posts: ..." in {@code locale}. */
    public String describe(Locale locale) {
        String separator = RosterMessages.format(locale, "summary.separator");
        return Stream.of(RosterObjectType.values())
                .map(type -> RosterMessages.format(locale, "summary.entry",
                        RosterMessages.format(locale, "summary." + type.name()), created(type), updated(type)))
                .collect(Collectors.joining(separator));
    }

    @Override
    public String toString() {
        return "created " + created + ", updated " + updated;
    }
}
