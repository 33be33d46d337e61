package io.partidb.planner;

import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plans by statement text, valid for one catalog version. Bounded: when full, an arbitrary
 * tenth of the entries is evicted, which keeps lookups lock-free and is good enough for
 * statement working sets that fit the bound.
 */
final class PlanCache {
    private record Entry(long version, Plan plan) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    PlanCache(int capacity) {
        this.capacity = capacity;
    }

    /** The cached plan of this text for this catalog version, or null. */
    Plan get(String text, long version) {
        Entry entry = entries.get(text);
        return entry != null && entry.version() == version ? entry.plan() : null;
    }

    void put(String text, long version, Plan plan) {
        if (entries.size() >= capacity) {
            evict();
        }
        entries.put(text, new Entry(version, plan));
    }

    int size() {
        return entries.size();
    }

    private void evict() {
        int toRemove = Math.max(1, capacity / 10);
        Iterator<String> keys = entries.keySet().iterator();
        while (toRemove-- > 0 && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }
}
