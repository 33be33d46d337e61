package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A scan over a hash range that starts strictly after a given key: first the rest of that key's
 * item collection, then every later entry of its partition, then the following partitions. Like
 * {@link ScanIterator} it only moves forward through skip lists, so it never meets a key twice;
 * unlike it, it applies no filter, because a page counts every item it reads.
 */
final class ResumedScanIterator implements Iterator<Item> {
    private final Partition<?>[] partitions;
    private final HashRange range;
    private final int lastPartition;
    private int nextPartition;
    private Iterator<?> entries;
    private Iterator<Item> collection;
    private Item next;

    ResumedScanIterator(Partition<?>[] partitions, HashRange range, AttributeValue afterPartition,
            AttributeValue afterSort) {
        this.partitions = partitions;
        this.range = range;
        int shift = 32 - TableStore.PARTITION_BITS;
        this.lastPartition = range.isEmpty() ? -1 : (int) ((range.to() - 1) >>> shift);
        if (afterPartition == null) {
            this.nextPartition = (int) (range.from() >>> shift);
            return;
        }
        int hash = KeyHash.of(afterPartition);
        int index = TableStore.partitionIndex(hash);
        Partition<?> partition = partitions[index];
        this.nextPartition = index + 1;
        this.entries = partition.view(range).tailMap(new ScanKey(hash, afterPartition), false)
                .values().iterator();
        if (afterSort != null
                && partition.get(afterPartition) instanceof ItemCollection rest) {
            this.collection = rest.range(SortKeyRange.from(afterSort, false)).values().iterator();
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
            if (collection != null) {
                if (collection.hasNext()) {
                    return collection.next();
                }
                collection = null;
            }
            if (entries != null && entries.hasNext()) {
                Object entry = entries.next();
                if (entry instanceof Item item) {
                    return item;
                }
                collection = ((ItemCollection) entry).items().iterator();
                continue;
            }
            if (nextPartition > lastPartition) {
                return null;
            }
            entries = partitions[nextPartition++].view(range).values().iterator();
        }
    }
}
