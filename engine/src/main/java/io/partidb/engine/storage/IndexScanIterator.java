package io.partidb.engine.storage;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A scan of an {@link IndexStore} over a hash range, optionally resuming strictly after an
 * entry: the rest of that entry's partition key value, then the following partition key values
 * in scan order. Like {@link ResumedScanIterator} it only moves forward through skip lists, so it
 * never meets an entry twice, and it applies no filter, because a page counts every entry read.
 */
final class IndexScanIterator implements Iterator<Item> {
    private final Partition<?>[] partitions;
    private final HashRange range;
    private final int lastPartition;
    private int nextPartition;
    private Iterator<?> collections;
    private Iterator<Item> entries;
    private Item next;

    IndexScanIterator(Partition<?>[] partitions, HashRange range, IndexKey after) {
        this.partitions = partitions;
        this.range = range;
        int shift = 32 - TableStore.PARTITION_BITS;
        this.lastPartition = range.isEmpty() ? -1 : (int) ((range.to() - 1) >>> shift);
        if (after == null) {
            this.nextPartition = (int) (range.from() >>> shift);
            return;
        }
        int hash = KeyHash.of(after.partition());
        int index = TableStore.partitionIndex(hash);
        Partition<?> partition = partitions[index];
        this.nextPartition = index + 1;
        this.collections = partition.view(range)
                .tailMap(new ScanKey(hash, after.partition()), false).values().iterator();
        Object rest = partition.get(after.partition());
        if (rest != null) {
            this.entries = IndexStore.entriesAfter(rest, after);
        }
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
            if (entries != null) {
                if (entries.hasNext()) {
                    return entries.next();
                }
                entries = null;
            }
            if (collections != null && collections.hasNext()) {
                entries = IndexStore.entries(collections.next());
                continue;
            }
            if (nextPartition > lastPartition) {
                return null;
            }
            collections = partitions[nextPartition++].view(range).values().iterator();
        }
    }
}
