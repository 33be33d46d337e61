package io.partidb.engine.index;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;
import io.partidb.engine.storage.IndexStore;

/**
 * A local secondary index: entries changed by the table write itself, under the table's
 * partition lock, so the table and the index change in one critical section and a strongly
 * consistent read of the index sees every completed write. The write knows the item before and
 * after exactly, so the entry to remove is the old item's.
 */
final class LocalIndex {
    private final IndexShape shape;
    private final IndexStore store = IndexStore.create();

    LocalIndex(IndexShape shape) {
        this.shape = shape;
    }

    IndexShape shape() {
        return shape;
    }

    IndexStore store() {
        return store;
    }

    /** Applies a committed table change; the caller holds the item's partition lock. */
    void apply(Item before, Item after) {
        IndexKey old = before != null && shape.contains(before) ? shape.keyOf(before) : null;
        IndexKey now = after != null && shape.contains(after) ? shape.keyOf(after) : null;
        if (old != null && !old.equals(now)) {
            store.remove(old);
        }
        if (now != null && (old == null || !old.equals(now) || !shape.sameEntry(before, after))) {
            store.put(now, shape.project(after));
        }
    }
}
