package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.Collections;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The items of one partition key value in a table with a sort key, sorted by the sort key in
 * DynamoDB's order. Reads are lock-free; writes happen under the owning partition's lock.
 *
 * <p>Most item collections are small, so a collection starts as one sorted array of sort keys
 * and items that every write replaces with a changed copy: a reader binary-searches or iterates
 * the snapshot it read, and a collection of ten items is two objects instead of the seventeen a
 * skip list needs (fewer objects to hold, and fewer for the garbage collector to copy as new
 * items age). Past {@link #ARRAY_LIMIT} items, where copying would cost more than it saves, the
 * collection moves to a skip list for good.
 */
public final class ItemCollection {
    /** The most items a collection holds as a sorted array. */
    static final int ARRAY_LIMIT = 32;
    private static final Object[] EMPTY = new Object[0];

    // The partition key value the partition's maps hold: every item stored here shares it.
    private final AttributeValue partitionKey;
    // Sort key at each even position, its item after it; null once the collection is large.
    private volatile Object[] small = EMPTY;
    // Set (before small is cleared) when the collection outgrows the array.
    private volatile ConcurrentSkipListMap<AttributeValue, Item> large;

    ItemCollection(AttributeValue partitionKey) {
        this.partitionKey = partitionKey;
    }

    /** The partition key value of this collection, the instance its items hold. */
    AttributeValue partitionKey() {
        return partitionKey;
    }

    /** The item with that sort key, or null. */
    public Item get(AttributeValue sortKey) {
        Object[] entries = small;
        if (entries == null) {
            return large.get(sortKey);
        }
        int pair = search(entries, sortKey);
        return pair < 0 ? null : (Item) entries[2 * pair + 1];
    }

    /** The number of items. */
    public int size() {
        Object[] entries = small;
        return entries == null ? large.size() : entries.length / 2;
    }

    boolean isEmpty() {
        Object[] entries = small;
        return entries == null ? large.isEmpty() : entries.length == 0;
    }

    /** The items in sort key order; weakly consistent, never repeating a sort key. */
    public Iterator<Item> items() {
        Object[] entries = small;
        return entries == null ? large.values().iterator()
                : new SnapshotIterator(entries, 0, entries.length / 2, true);
    }

    /**
     * The items whose sort keys lie in {@code range}, in ascending order or, when
     * {@code forward} is false, descending; weakly consistent, never repeating a sort key.
     */
    Iterator<Item> items(SortKeyRange range, boolean forward) {
        if (range.isEmpty()) {
            return Collections.emptyIterator();
        }
        Object[] entries = small;
        if (entries == null) {
            NavigableMap<AttributeValue, Item> items = range(large, range);
            return (forward ? items : items.descendingMap()).values().iterator();
        }
        int from = 0;
        int to = entries.length / 2;
        if (range.low() != null) {
            int pair = search(entries, range.low());
            from = pair < 0 ? -pair - 1 : range.lowInclusive() ? pair : pair + 1;
        }
        if (range.high() != null) {
            int pair = search(entries, range.high());
            to = pair < 0 ? -pair - 1 : range.highInclusive() ? pair + 1 : pair;
        }
        return from >= to ? Collections.emptyIterator()
                : new SnapshotIterator(entries, from, to, forward);
    }

    /** Adds or replaces the item with that sort key; the caller holds the partition's lock. */
    void put(AttributeValue sortKey, Item item) {
        Object[] entries = small;
        if (entries == null) {
            large.put(sortKey, item);
            return;
        }
        int pair = search(entries, sortKey);
        if (pair >= 0) {
            Object[] copy = entries.clone();
            copy[2 * pair + 1] = item;
            small = copy;
            return;
        }
        int at = 2 * (-pair - 1);
        if (entries.length / 2 == ARRAY_LIMIT) {
            ConcurrentSkipListMap<AttributeValue, Item> map =
                    new ConcurrentSkipListMap<>(AttributeValues.KEY_ORDER);
            for (int i = 0; i < entries.length; i += 2) {
                map.put((AttributeValue) entries[i], (Item) entries[i + 1]);
            }
            map.put(sortKey, item);
            // a reader that finds small cleared must find the map: publish the map first
            large = map;
            small = null;
            return;
        }
        Object[] copy = new Object[entries.length + 2];
        System.arraycopy(entries, 0, copy, 0, at);
        copy[at] = sortKey;
        copy[at + 1] = item;
        System.arraycopy(entries, at, copy, at + 2, entries.length - at);
        small = copy;
    }

    /** Removes the item with that sort key, if any; the caller holds the partition's lock. */
    void remove(AttributeValue sortKey) {
        Object[] entries = small;
        if (entries == null) {
            large.remove(sortKey);
            return;
        }
        int pair = search(entries, sortKey);
        if (pair < 0) {
            return;
        }
        int at = 2 * pair;
        Object[] copy = new Object[entries.length - 2];
        System.arraycopy(entries, 0, copy, 0, at);
        System.arraycopy(entries, at + 2, copy, at, entries.length - at - 2);
        small = copy;
    }

    /** The pair holding {@code sortKey}, or {@code -(insertion point) - 1} (as Arrays does). */
    private static int search(Object[] entries, AttributeValue sortKey) {
        int low = 0;
        int high = entries.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = AttributeValues.KEY_ORDER.compare((AttributeValue) entries[2 * mid], sortKey);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private static NavigableMap<AttributeValue, Item> range(
            ConcurrentSkipListMap<AttributeValue, Item> items, SortKeyRange range) {
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

    /** The items of pairs {@code from} (inclusive) to {@code to} (exclusive) of one snapshot. */
    private static final class SnapshotIterator implements Iterator<Item> {
        private final Object[] entries;
        private final int end;
        private final int step;
        private int next;

        SnapshotIterator(Object[] entries, int from, int to, boolean forward) {
            this.entries = entries;
            this.step = forward ? 1 : -1;
            this.next = forward ? from : to - 1;
            this.end = forward ? to : from - 1;
        }

        @Override
        public boolean hasNext() {
            return next != end;
        }

        @Override
        public Item next() {
            if (next == end) {
                throw new NoSuchElementException();
            }
            Item item = (Item) entries[2 * next + 1];
            next += step;
            return item;
        }
    }
}
