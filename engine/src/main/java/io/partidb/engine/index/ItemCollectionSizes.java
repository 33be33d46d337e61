package io.partidb.engine.index;

import io.partidb.engine.value.AttributeValue;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The size of each item collection of a table with local indexes: per partition key value, its
 * items plus their local index entries (with DynamoDB's 100 bytes of overhead each). Every size
 * is read and changed only under the table partition lock of its partition key, so a write
 * checks the limit and changes the size atomically.
 */
final class ItemCollectionSizes {
    private final ConcurrentHashMap<AttributeValue, long[]> sizes = new ConcurrentHashMap<>();

    /** The collection's size; the caller holds its partition lock. */
    long of(AttributeValue partitionKey) {
        long[] size = sizes.get(partitionKey);
        return size == null ? 0 : size[0];
    }

    /** Changes the collection's size; the caller holds its partition lock. */
    void add(AttributeValue partitionKey, long delta) {
        if (delta == 0) {
            return;
        }
        long[] size = sizes.computeIfAbsent(partitionKey, key -> new long[1]);
        size[0] += delta;
        if (size[0] == 0) {
            sizes.remove(partitionKey);
        }
    }
}
