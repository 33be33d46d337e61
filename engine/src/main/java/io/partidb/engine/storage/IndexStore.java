package io.partidb.engine.storage;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The entries of one secondary index, stored like a table with a sort key: hash partitions by
 * the index partition key ({@link KeyHash}, the same 64 slices of the hash space), and in each a
 * collection per index partition key value sorted by the index sort key in DynamoDB's key order,
 * then by the table's primary key. Index keys need not be unique; the table key makes every
 * entry's position ({@link IndexKey}) unique and gives equal index keys a stable order.
 *
 * <p>Writers take the partition's lock, as table writes do; readers never lock and, walking
 * skip lists forward only, never meet an entry twice. The owner of an index serialises the
 * changes of one table item, so each change is a put or remove of a known position.
 */
public final class IndexStore {
    /** Entry order within one index partition key value. */
    private static final Comparator<Position> ORDER = IndexStore::compare;

    private final Partition<?>[] partitions;

    private IndexStore() {
        partitions = new Partition<?>[TableStore.PARTITION_COUNT];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new Partition<Entries>(TableStore.partitionStart(i),
                    TableStore.partitionStart(i + 1));
        }
    }

    /** An empty index. */
    public static IndexStore create() {
        return new IndexStore();
    }

    @SuppressWarnings("unchecked")
    private Partition<Entries> partition(int hash) {
        return (Partition<Entries>) partitions[TableStore.partitionIndex(hash)];
    }

    /** Stores {@code entry} at {@code key}, replacing the entry there if any. */
    public void put(IndexKey key, Item entry) {
        Objects.requireNonNull(entry, "entry");
        AttributeValue partitionKey = key.partition();
        int hash = KeyHash.of(partitionKey);
        Partition<Entries> partition = partition(hash);
        Position position = Position.of(key);
        partition.lock.lock();
        try {
            Entries entries = partition.get(partitionKey);
            Item previous;
            if (entries == null) {
                entries = new Entries();
                entries.map.put(position, entry);
                // Published only once it holds an entry, as item collections are.
                partition.put(hash, partitionKey, entries);
                previous = null;
            } else {
                previous = entries.map.put(position, entry);
            }
            if (previous == null) {
                partition.addItems(1);
            }
            partition.addBytes((long) entry.sizeInBytes() - size(previous));
        } finally {
            partition.lock.unlock();
        }
    }

    /** Removes the entry at {@code key} and returns it; null when there was none. */
    public Item remove(IndexKey key) {
        AttributeValue partitionKey = key.partition();
        int hash = KeyHash.of(partitionKey);
        Partition<Entries> partition = partition(hash);
        partition.lock.lock();
        try {
            Entries entries = partition.get(partitionKey);
            if (entries == null) {
                return null;
            }
            Item previous = entries.map.remove(Position.of(key));
            if (previous != null) {
                partition.addItems(-1);
                partition.addBytes(-size(previous));
                if (entries.map.isEmpty()) {
                    partition.remove(hash, partitionKey);
                }
            }
            return previous;
        } finally {
            partition.lock.unlock();
        }
    }

    /** The number of entries, exact when no change is in progress. */
    public long itemCount() {
        long count = 0;
        for (Partition<?> partition : partitions) {
            count += partition.itemCount();
        }
        return count;
    }

    /** The sum of the entries' DynamoDB sizes, exact when no change is in progress. */
    public long sizeInBytes() {
        long bytes = 0;
        for (Partition<?> partition : partitions) {
            bytes += partition.byteCount();
        }
        return bytes;
    }

    /**
     * The entries of one index partition key value whose sort keys lie in {@code range}, in
     * index order (ascending sort key, then table key) or its reverse, starting strictly after
     * {@code after} in that direction (null: from the start). For an index without a sort key
     * {@code range} must be {@link SortKeyRange#ALL}. Lazy and weakly consistent.
     */
    public Iterator<Item> query(AttributeValue partitionKey, SortKeyRange range, IndexKey after,
            boolean forward) {
        Entries entries = partition(KeyHash.of(partitionKey)).get(partitionKey);
        if (entries == null || range.isEmpty()) {
            return Collections.emptyIterator();
        }
        // Bounds sit before or after every entry with their sort key, so they never equal one.
        Position low = range.low() == null ? null
                : Position.bound(range.low(), range.lowInclusive() ? -1 : 1);
        Position high = range.high() == null ? null
                : Position.bound(range.high(), range.highInclusive() ? 1 : -1);
        boolean lowInclusive = true;
        boolean highInclusive = true;
        if (after != null) {
            Position at = Position.of(after);
            if (forward && (low == null || ORDER.compare(at, low) >= 0)) {
                low = at;
                lowInclusive = false;
            } else if (!forward && (high == null || ORDER.compare(at, high) <= 0)) {
                high = at;
                highInclusive = false;
            }
        }
        NavigableMap<Position, Item> view;
        if (low == null) {
            view = high == null ? entries.map : entries.map.headMap(high, highInclusive);
        } else if (high == null) {
            view = entries.map.tailMap(low, lowInclusive);
        } else {
            int c = ORDER.compare(low, high);
            if (c > 0 || c == 0 && !(lowInclusive && highInclusive)) {
                return Collections.emptyIterator();
            }
            view = entries.map.subMap(low, lowInclusive, high, highInclusive);
        }
        return (forward ? view : view.descendingMap()).values().iterator();
    }

    /**
     * The entries whose index partition key hash lies in {@code range}, in scan order (key hash,
     * index partition key, then index order), starting strictly after {@code after} (null: from
     * the start of the range), whose partition key hash must lie in {@code range}. Lazy and
     * weakly consistent: an entry present for the whole scan is returned exactly once.
     */
    public Iterator<Item> scan(HashRange range, IndexKey after) {
        if (after != null && !range.contains(KeyHash.of(after.partition()))) {
            throw new IllegalArgumentException("Resume key outside the scanned hash range");
        }
        return new IndexScanIterator(partitions, range, after);
    }

    /** The entries of one partition key value after {@code after}, for a resumed scan. */
    static Iterator<Item> entriesAfter(Object entries, IndexKey after) {
        return ((Entries) entries).map.tailMap(Position.of(after), false).values().iterator();
    }

    /** All entries of one partition key value, in index order. */
    static Iterator<Item> entries(Object entries) {
        return ((Entries) entries).map.values().iterator();
    }

    private static int compare(Position a, Position b) {
        int c = compareNullable(a.sort, b.sort);
        if (c != 0) {
            return c;
        }
        if (a.bound != 0 || b.bound != 0) {
            return Integer.compare(a.bound, b.bound);
        }
        c = AttributeValues.KEY_ORDER.compare(a.tablePartition, b.tablePartition);
        return c != 0 ? c : compareNullable(a.tableSort, b.tableSort);
    }

    // Null only where every entry of the index has null (no sort key), so nulls never meet values.
    private static int compareNullable(AttributeValue a, AttributeValue b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return AttributeValues.KEY_ORDER.compare(a, b);
    }

    private static long size(Item item) {
        return item == null ? 0 : item.sizeInBytes();
    }

    /** The entries of one index partition key value; written under the partition's lock. */
    private static final class Entries {
        final ConcurrentSkipListMap<Position, Item> map = new ConcurrentSkipListMap<>(ORDER);
    }

    /**
     * An entry's place among the entries of its index partition key value: the index sort key,
     * then the table key. A bound ({@code bound} -1 or 1, no table key) sits just before or just
     * after every entry with its sort key.
     */
    private record Position(AttributeValue sort, int bound, AttributeValue tablePartition,
            AttributeValue tableSort) {

        static Position of(IndexKey key) {
            Key table = key.tableKey();
            return new Position(key.sort(), 0, table.partition(), table.sort());
        }

        static Position bound(AttributeValue sort, int bound) {
            return new Position(sort, bound, null, null);
        }
    }
}
