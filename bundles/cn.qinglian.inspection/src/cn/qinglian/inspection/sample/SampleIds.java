package cn.qinglian.inspection.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Name-based ids of sample objects: the same key gives the same id; a key used twice is a generator bug. */
final class SampleIds {

    private final Set<String> used = new HashSet<>();

    String of(String key) {
        if (!used.add(key)) {
            throw new IllegalStateException("two inspection sample objects with the key " + key);
        }
        return UUID.nameUUIDFromBytes(("qinglian-inspection-sample/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
