package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.Collection;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The items of one partition key value in a table with a sort key, sorted by the sort key in
 * DynamoDB's order. Reads are lock-free; writes happen under the owning partition's lock.
 */
public final class ItemCollection {
    private final ConcurrentSkipListMap<AttributeValue, Item> items =
            new ConcurrentSkipListMap<>(AttributeValues.KEY_ORDER);

    // The partition key value the partition's maps hold: every item stored here shares it.
    private final AttributeValue partitionKey;

    ItemCollection(AttributeValue partitionKey) {
        this.partitionKey = partitionKey;
    }

    /** The partition key value of this collection, the instance its items hold. */
    AttributeValue partitionKey() {
        return partitionKey;
    }

    /** The item with that sort key, or null. */
    public Item get(AttributeValue sortKey) {
        return items.get(sortKey);
    }

    /** The items in sort key order; a weakly consistent live view. */
    public Collection<Item> items() {
        return items.values();
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    void put(AttributeValue sortKey, Item item) {
        items.put(sortKey, item);
    }

    void remove(AttributeValue sortKey) {
        items.remove(sortKey);
    }

    /**
     * The items whose sort keys lie in {@code range}, in ascending order; a weakly consistent
     * live view. The range must not be empty.
     */
    NavigableMap<AttributeValue, Item> range(SortKeyRange range) {
        AttributeValue low = range.low();
        AttributeValue high = range.high();
        if (low == null) {
            return high == null ? items : items.headMap(high, range.highInclusive());
        }
        if (high == null) {
            return items.tailMap(low, range.lowInclusive());
        }
        return items.subMap(low, range.lowInclusive(), high, range.highInclusive());
    }
}
