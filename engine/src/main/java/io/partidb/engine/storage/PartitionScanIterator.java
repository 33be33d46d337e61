package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The walk shared by the scans of a {@link TableStore} and of an {@link IndexStore}: through the
 * partitions that overlap a hash range, in order, and through each partition's entries in scan
 * order, yielding the items of every entry that match a filter. An entry that is itself an
 * {@link Item} is yielded as is; any other entry is expanded by {@link #items(Object)}.
 *
 * <p>Partition views are skip lists and item collections are sorted snapshots or skip lists,
 * whose iterators move strictly forward in key order, so no key is seen twice however writes
 * interleave. A subclass may start the walk strictly after a partition key value with
 * {@link #startAfter}.
 */
abstract class PartitionScanIterator implements Iterator<Item> {
    /** A filter that keeps every item, for scans whose pages count every item read. */
    static final Predicate<Item> ALL = item -> true;

    private final Partition<?>[] partitions;
    private final HashRange range;
    private final Predicate<Item> filter;
    private final int lastPartition;
    private int nextPartition;
    private Iterator<?> entries;
    private Iterator<Item> items;
    private Item next;

    /** A walk over the whole of {@code range}, unless a subclass calls {@link #startAfter}. */
    PartitionScanIterator(Partition<?>[] partitions, HashRange range, Predicate<Item> filter) {
        this.partitions = partitions;
        this.range = range;
        this.filter = filter;
        int shift = 32 - TableStore.PARTITION_BITS;
        this.nextPartition = (int) (range.from() >>> shift);
        this.lastPartition = range.isEmpty() ? -1 : (int) ((range.to() - 1) >>> shift);
    }

    /** The items of an entry that is not itself an item, in the order the scan yields them. */
    abstract Iterator<Item> items(Object entry);

    /**
     * Moves the start of the walk to the entry after {@code partitionKey} in its partition, then
     * the following partitions, and returns the entry for {@code partitionKey} (null when there
     * is none), so that the caller can pass what remains of it to {@link #continueWith}.
     */
    final Object startAfter(AttributeValue partitionKey) {
        int hash = KeyHash.of(partitionKey);
        int index = TableStore.partitionIndex(hash);
        Partition<?> partition = partitions[index];
        nextPartition = index + 1;
        entries = partition.view(range).tailMap(new ScanKey(hash, partitionKey), false)
                .values().iterator();
        return partition.get(partitionKey);
    }

    /** Makes {@code rest} the first items of the walk, before the next entry. */
    final void continueWith(Iterator<Item> rest) {
        items = rest;
    }

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = fetch();
        }
        return next != null;
    }

    @Override
    public final Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item result = next;
        next = null;
        return result;
    }

    private Item fetch() {
        while (true) {
            if (items != null) {
                while (items.hasNext()) {
                    Item item = items.next();
                    if (filter.test(item)) {
                        return item;
                    }
                }
                items = null;
            }
            if (entries != null && entries.hasNext()) {
                Object entry = entries.next();
                if (entry instanceof Item item) {
                    if (filter.test(item)) {
                        return item;
                    }
                } else {
                    items = items(entry);
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
