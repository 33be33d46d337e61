package io.partidb.engine.storage;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;

import java.util.Iterator;

/**
 * A scan of an {@link IndexStore} over a hash range, optionally resuming strictly after an
 * entry: the rest of that entry's partition key value, then the following partition key values
 * in scan order. Like {@link ResumedScanIterator} it only moves forward through skip lists, so it
 * never meets an entry twice, and it applies no filter, because a page counts every entry read.
 */
final class IndexScanIterator extends PartitionScanIterator {
    IndexScanIterator(Partition<?>[] partitions, HashRange range, IndexKey after) {
        super(partitions, range, ALL);
        if (after == null) {
            return;
        }
        Object rest = startAfter(after.partition());
        if (rest != null) {
            continueWith(IndexStore.entriesAfter(rest, after));
        }
    }

    @Override
    Iterator<Item> items(Object entry) {
        return IndexStore.entries(entry);
    }
}
