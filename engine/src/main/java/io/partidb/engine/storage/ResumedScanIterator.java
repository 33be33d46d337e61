package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.Iterator;

/**
 * A scan over a hash range that starts strictly after a given key: first the rest of that key's
 * item collection, then every later entry of its partition, then the following partitions. Like
 * {@link ScanIterator} it only moves forward in key order, so it never meets a key twice;
 * unlike it, it applies no filter, because a page counts every item it reads.
 */
final class ResumedScanIterator extends PartitionScanIterator {
    ResumedScanIterator(Partition<?>[] partitions, HashRange range, AttributeValue afterPartition,
            AttributeValue afterSort) {
        super(partitions, range, ALL);
        if (afterPartition == null) {
            return;
        }
        Object rest = startAfter(afterPartition);
        if (afterSort != null && rest instanceof ItemCollection collection) {
            continueWith(collection.items(SortKeyRange.from(afterSort, false), true));
        }
    }

    @Override
    Iterator<Item> items(Object entry) {
        return ((ItemCollection) entry).items();
    }
}
