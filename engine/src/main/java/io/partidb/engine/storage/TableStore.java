package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.stats.AttributeStatistics;
import io.partidb.engine.value.AttributeValue;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A table's items, spread over a fixed number of hash partitions. The top bits of a partition
 * key's {@link KeyHash} choose the partition, so each partition owns a contiguous slice of the
 * hash space and a parallel scan segment (a slice too) maps onto a contiguous run of partitions.
 *
 * <p>Single-item writes are atomic and linearizable: each runs under its partition's lock, and
 * lock-free readers see either the whole write or none of it. Point reads use a hash map; scans
 * use a skip list in hash order, weakly consistent but never returning a key twice, so an item
 * present for the whole scan is returned exactly once.
 *
 * <p>Every write that changes its item appends a record to the table's {@link ChangeLog} and
 * adjusts the size in bytes while it still holds the partition lock, so the records of one item
 * are in modification order. A write whose new item equals the current one changes nothing: the
 * stored item stays, and no record is appended (DynamoDB Streams write no record for a write that
 * changes nothing). A table with secondary indexes has an {@link IndexHook}, which each write
 * consults before its change and informs after it, under the same lock.
 */
public abstract sealed class TableStore permits HashKeyStore, CompositeKeyStore {
    /** Bits of the key hash that choose the partition. */
    static final int PARTITION_BITS = 6;
    /** Partitions per table: enough to balance up to 64 parallel scan segments exactly. */
    public static final int PARTITION_COUNT = 1 << PARTITION_BITS;

    final Partition<?>[] partitions;
    private final ChangeLog log;
    private final AttributeStatistics statistics;
    // The table's secondary indexes, or null when it has none: then a write pays one null check.
    private volatile IndexHook indexHook;

    TableStore(Partition<?>[] partitions, ChangeLog log, AttributeStatistics statistics) {
        this.partitions = partitions;
        this.log = Objects.requireNonNull(log, "log");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * The store for a table with a sort key (item collections) or without (one item per key),
     * appending its changes to {@code log} and counting its attributes in {@code statistics}.
     */
    public static TableStore create(boolean hasSortKey, ChangeLog log,
            AttributeStatistics statistics) {
        return hasSortKey ? new CompositeKeyStore(log, statistics)
                : new HashKeyStore(log, statistics);
    }

    static long partitionStart(int index) {
        return (long) index << (32 - PARTITION_BITS);
    }

    static int partitionIndex(int hash) {
        return hash >>> (32 - PARTITION_BITS);
    }

    /** The partition that holds the items of a partition key value. */
    Partition<?> partitionOf(AttributeValue partitionKey) {
        return partitions[partitionIndex(KeyHash.of(partitionKey))];
    }

    /**
     * The item with that key ({@code sortKey} null for a table without one), or null. Lock-free,
     * except while a transaction applies writes to the key's partition: then the read waits for
     * the transaction, so it sees all of the transaction's writes or none of them.
     */
    public abstract Item get(AttributeValue partitionKey, AttributeValue sortKey);

    /**
     * Applies {@code mutation} to the item with that key atomically and returns the item that was
     * there before (null if none). The key values become the stored keys of a new entry, so they
     * must be the ones the new item holds. A mutation that returns the current item, or an equal
     * one, changes nothing; otherwise the change is appended to the change log before the lock is
     * released.
     */
    public abstract Item write(AttributeValue partitionKey, AttributeValue sortKey,
            ItemMutation mutation);

    /** Installs the hook of the table's secondary indexes; null when the table has none. */
    public void indexHook(IndexHook hook) {
        this.indexHook = hook;
    }

    /** The change log this store appends to. */
    public ChangeLog changeLog() {
        return log;
    }

    /** The number of partitions. */
    public int partitionCount() {
        return partitions.length;
    }

    /** The number of items, exact when no write is in progress. */
    public long itemCount() {
        long count = 0;
        for (Partition<?> partition : partitions) {
            count += partition.itemCount();
        }
        return count;
    }

    /** The sum of the items' DynamoDB sizes, exact when no write is in progress. */
    public long sizeInBytes() {
        long bytes = 0;
        for (Partition<?> partition : partitions) {
            bytes += partition.byteCount();
        }
        return bytes;
    }

    /**
     * The items whose partition key hash lies in {@code range} and that match {@code filter}, in
     * hash order, item collections in sort key order. Lazy and weakly consistent.
     */
    public Iterator<Item> scan(HashRange range, Predicate<Item> filter) {
        return new ScanIterator(partitions, range, Objects.requireNonNull(filter, "filter"));
    }

    /** Whether a mutation's result leaves the item as it was: the same item or an equal one. */
    static boolean unchanged(Item current, Item next) {
        if (next == current) {
            return true;
        }
        // Sizes are cached and equal items have equal sizes: most overwrites stop here.
        return next != null && current != null && next.sizeInBytes() == current.sizeInBytes()
                && next.equals(current);
    }

    /**
     * Lets the secondary indexes check a change before it is made (index key types, item
     * collection size); throws to reject it. The caller holds the partition's lock and has not
     * changed anything yet.
     */
    final void admit(AttributeValue partitionKey, Item before, Item after) {
        IndexHook hook = indexHook;
        if (hook != null) {
            hook.admit(partitionKey, before, after);
        }
    }

    /**
     * Accounts for a change just made visible, appends it to the change log and passes it to the
     * secondary indexes; the caller holds the partition's lock, which orders the records of one
     * item.
     */
    final void committed(Partition<?> partition, AttributeValue partitionKey,
            AttributeValue sortKey, Item before, Item after) {
        partition.addBytes((long) sizeOf(after) - sizeOf(before));
        statistics.record(partition.index(), before, after);
        Key key = new Key(partitionKey, sortKey);
        log.append(key, before, after);
        IndexHook hook = indexHook;
        if (hook != null) {
            hook.committed(key, before, after);
        }
    }

    private static int sizeOf(Item item) {
        return item == null ? 0 : item.sizeInBytes();
    }
}
