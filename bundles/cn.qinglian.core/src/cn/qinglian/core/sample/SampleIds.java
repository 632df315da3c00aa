package cn.qinglian.core.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Ids of generated objects: name-based UUIDs of the seed and a key that says what the object is
 * (a unit's path, a post's title in its unit, a person's roster number ...). The same seed and
 * structure give the same ids, and an object keeps its id when unrelated parts of the generator
 * change. A key used twice is a generator bug and fails at once.
 */
final class SampleIds {

    private final String prefix;
    private final Set<UUID> used = new HashSet<>();

    SampleIds(long seed) {
        this.prefix = "qinglian-sample/" + seed + "/";
    }

    String of(String key) {
        UUID id = uuidOf(key);
        if (!used.add(id)) {
            throw new IllegalStateException("two sample objects with the key " + key);
        }
        return id.toString();
    }

    /** The id of the first key not used yet among {@code key}, {@code key#2}, {@code key#3} ... */
    String ofFree(String key) {
        UUID id = uuidOf(key);
        for (int i = 2; !used.add(id); i++) {
            id = uuidOf(key + "#" + i);
        }
        return id.toString();
    }

    private UUID uuidOf(String key) {
        return UUID.nameUUIDFromBytes((prefix + key).getBytes(StandardCharsets.UTF_8));
    }
}
