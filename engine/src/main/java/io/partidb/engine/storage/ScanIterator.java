package io.partidb.engine.storage;

import io.partidb.engine.Item;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Walks the partitions that overlap a hash range, in order, yielding the items that match a
 * filter. Partition views and item collections are skip lists, whose iterators move strictly
 * forward in key order, so no key is seen twice however writes interleave.
 */
final class ScanIterator implements Iterator<Item> {
    private final Partition<?>[] partitions;
    private final HashRange range;
    private final Predicate<Item> filter;
    private final int lastPartition;
    private int nextPartition;
    private Iterator<?> entries;
    private Iterator<Item> collection;
    private Item next;

    ScanIterator(Partition<?>[] partitions, HashRange range, Predicate<Item> filter) {
        this.partitions = partitions;
        this.range = range;
        this.filter = filter;
        int shift = 32 - TableStore.PARTITION_BITS;
        this.nextPartition = (int) (range.from() >>> shift);
        this.lastPartition = range.isEmpty() ? -1 : (int) ((range.to() - 1) >>> shift);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = fetch();
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item result = next;
        next = null;
        return result;
    }

    private Item fetch() {
        while (true) {
            if (collection != null) {
                while (collection.hasNext()) {
                    Item item = collection.next();
                    if (filter.test(item)) {
                        return item;
                    }
                }
                collection = null;
            }
            if (entries != null && entries.hasNext()) {
                Object entry = entries.next();
                if (entry instanceof Item item) {
                    if (filter.test(item)) {
                        return item;
                    }
                } else {
                    collection = ((ItemCollection) entry).items().iterator();
                }
                continue;
            }
            if (nextPartition > lastPartition) {
                return null;
            }
            entries = partitions[nextPartition++].view(range).values().iterator();
        }
    }
}
