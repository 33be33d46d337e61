package io.partidb.engine.storage;

import io.partidb.engine.value.AttributeValue;

import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One hash partition: the entries (items or item collections) whose partition key hash falls into
 * its slice of the hash space. Each entry is held twice: in a hash map, for point access at hash
 * map speed, and in a skip list in {@link ScanKey} order, for scans that can start anywhere and
 * never repeat a key. Readers never lock; writers take the partition's lock, so that reading the
 * current item, deciding and writing are one atomic step and the two maps always agree.
 *
 * <p>While a transaction applies its writes here the partition is marked as committing, and point
 * reads wait for the lock instead of reading past it (see {@link PartitionLocks}). Every partition
 * has a unique {@link #order()}, the global order in which transactions lock partitions.
 */
final class Partition<V> {
    private static final AtomicLong NEXT_ORDER = new AtomicLong();

    final ReentrantLock lock = new ReentrantLock();
    private final long order = NEXT_ORDER.getAndIncrement();
    private final ConcurrentHashMap<AttributeValue, V> byKey = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<ScanKey, V> inScanOrder =
            new ConcurrentSkipListMap<>(ScanKey.ORDER);
    private final long from;
    private final long to;
    // Written only under the lock; volatile so that counting needs no lock.
    private volatile long itemCount;
    // The sum of the items' DynamoDB sizes; written only under the lock, like itemCount.
    private volatile long byteCount;
    // True while a transaction holding the lock applies its writes; written only under the lock.
    private volatile boolean committing;

    Partition(long from, long to) {
        this.from = from;
        this.to = to;
    }

    V get(AttributeValue key) {
        return byKey.get(key);
    }

    /** The partition's place in its table (0 to {@link TableStore#PARTITION_COUNT} - 1). */
    int index() {
        return (int) (from >>> (32 - TableStore.PARTITION_BITS));
    }

    /** The position of this partition in the one order in which transactions lock partitions. */
    long order() {
        return order;
    }

    /**
     * Whether a transaction is applying writes here. A point reader checks this before reading:
     * when set, it takes the lock (waiting for the transaction to finish) and reads under it.
     */
    boolean committing() {
        return committing;
    }

    /** Marks or unmarks the partition as committing; the caller holds the lock. */
    void setCommitting(boolean committing) {
        this.committing = committing;
    }

    /** Adds or replaces an entry; the caller holds the lock. */
    void put(int hash, AttributeValue key, V value) {
        byKey.put(key, value);
        inScanOrder.put(new ScanKey(hash, key), value);
    }

    /** Removes an entry; the caller holds the lock. */
    void remove(int hash, AttributeValue key) {
        byKey.remove(key);
        inScanOrder.remove(new ScanKey(hash, key));
    }

    long itemCount() {
        return itemCount;
    }

    /** Adjusts the item count; the caller holds the lock. */
    void addItems(long delta) {
        itemCount += delta;
    }

    long byteCount() {
        return byteCount;
    }

    /** Adjusts the size in bytes; the caller holds the lock. */
    void addBytes(long delta) {
        byteCount += delta;
    }

    /** The entries whose hash lies in {@code range}, in scan order; a weakly consistent view. */
    NavigableMap<ScanKey, V> view(HashRange range) {
        long start = Math.max(from, range.from());
        long end = Math.min(to, range.to());
        if (start <= from && end >= to) {
            return inScanOrder;
        }
        if (end >= to) {
            return inScanOrder.tailMap(ScanKey.bound(start), true);
        }
        return inScanOrder.subMap(ScanKey.bound(start), true, ScanKey.bound(end), false);
    }
}
