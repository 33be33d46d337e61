package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;

/**
 * The reads behind paged Query and Scan: each starts strictly after a given key in its own order
 * and iterates lazily and weakly consistently, never meeting a key twice. A page that ends at a
 * key and a later read that resumes after it therefore together return every item that existed
 * throughout, exactly once.
 */
public final class ResumableReads {
    private ResumableReads() {
    }

    /**
     * The items of one partition key whose sort keys lie in {@code range}, in ascending sort key
     * order or, when {@code forward} is false, descending. In a table without a sort key this is
     * the partition key's single item, and {@code range} is ignored.
     */
    public static Iterator<Item> partition(TableStore store, AttributeValue partitionKey,
            SortKeyRange range, boolean forward) {
        Objects.requireNonNull(partitionKey, "partitionKey");
        if (store instanceof CompositeKeyStore composite) {
            ItemCollection collection = composite.collection(partitionKey);
            return collection == null ? Collections.emptyIterator()
                    : collection.items(range, forward);
        }
        Item item = store.get(partitionKey, null);
        return item == null ? Collections.emptyIterator() : Collections.singleton(item).iterator();
    }

    /**
     * The items whose partition key hash lies in {@code range}, in scan order (see
     * {@link TableStore#scan}), starting strictly after the item with key
     * ({@code afterPartition}, {@code afterSort}); from the start of the range when
     * {@code afterPartition} is null. {@code afterSort} is null for a table without a sort key.
     * The partition key's hash must lie in {@code range}.
     */
    public static Iterator<Item> scan(TableStore store, HashRange range,
            AttributeValue afterPartition, AttributeValue afterSort) {
        if (afterPartition != null && !range.contains(KeyHash.of(afterPartition))) {
            throw new IllegalArgumentException("Resume key outside the scanned hash range");
        }
        return new ResumedScanIterator(store.partitions, range, afterPartition, afterSort);
    }
}
