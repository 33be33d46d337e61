package io.partidb.engine.storage;

import io.partidb.engine.Item;

import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Walks the partitions of a {@link TableStore} that overlap a hash range, in order, yielding the
 * items that match a filter. Partition views are skip lists and item collections are sorted
 * snapshots or skip lists, whose iterators move strictly forward in key order, so no key is seen
 * twice however writes interleave.
 */
final class ScanIterator extends PartitionScanIterator {
    ScanIterator(Partition<?>[] partitions, HashRange range, Predicate<Item> filter) {
        super(partitions, range, filter);
    }

    @Override
    Iterator<Item> items(Object entry) {
        return ((ItemCollection) entry).items();
    }
}
