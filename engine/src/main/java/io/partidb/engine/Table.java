package io.partidb.engine;

import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ReadParameters;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.TableReader;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.TableStore;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A handle on one table's data: single-item reads and writes by primary key, and (parallel)
 * scans. Obtained from {@link Database}; a handle of a dropped table fails every operation with
 * RESOURCE_NOT_FOUND, even if a table of the same name is created again.
 *
 * <p>Every write validates its input completely before anything changes. Single-item operations
 * are atomic and linearizable.
 */
public final class Table {
    /** DynamoDB's item size limit: 400 KB. */
    public static final int MAX_ITEM_BYTES = 409_600;
    /** The most segments a parallel scan may have. */
    public static final int MAX_SCAN_SEGMENTS = 1_000_000;

    private static final Predicate<Item> ALL = item -> true;

    private final String name;
    private final KeyRules keys;
    private final TableStore store;
    private volatile TableDefinition definition;
    private volatile boolean dropped;

    Table(TableDefinition definition) {
        this.name = definition.name();
        this.definition = definition;
        this.keys = new KeyRules(definition.keySchema());
        this.store = TableStore.create(definition.keySchema().hasSortKey());
    }

    /** The table's current definition. */
    public TableDefinition definition() {
        return definition;
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /** Writes the item, replacing any item with the same key. */
    public void putItem(Item item) {
        live();
        Key key = validateForWrite(item);
        store.write(key.partition(), key.sort(), current -> item);
    }

    /**
     * Writes the item only if no item with its key exists; otherwise fails with
     * CONDITIONAL_CHECK_FAILED ({@code The conditional request failed}) and leaves the existing
     * item unchanged. The existence check and the write are one atomic step.
     */
    public void insertItem(Item item) {
        live();
        Key key = validateForWrite(item);
        Item previous = store.write(key.partition(), key.sort(),
                current -> current == null ? item : current);
        // Thrown after the lock is released, so a failed insert holds the partition briefly.
        if (previous != null) {
            throw new EngineException(ErrorCode.CONDITIONAL_CHECK_FAILED,
                    "The conditional request failed");
        }
    }

    /** The item with that key, if any. */
    public Optional<Item> getItem(Key key) {
        live();
        keys.validate(key);
        return Optional.ofNullable(store.get(key.partition(), key.sort()));
    }

    /** Deletes the item with that key and returns it; empty when there was none. */
    public Optional<Item> deleteItem(Key key) {
        live();
        keys.validate(key);
        return Optional.ofNullable(store.write(key.partition(), key.sort(), current -> null));
    }

    /** The number of items; exact when no write is in progress. */
    public long approximateItemCount() {
        live();
        return store.itemCount();
    }

    /**
     * The primary key of an item to be written, validated as DynamoDB's PutItem does: key
     * attributes present, of the declared type, non-empty and within the size limits
     * (KEY_MISMATCH otherwise).
     */
    public Key keyOf(Item item) {
        return keys.keyOf(item);
    }

    /**
     * Checks a lookup key as DynamoDB's GetItem does and returns it: wrong shape or type gives
     * {@code The provided key element does not match the schema}; empty or oversized values give
     * the same errors as {@link #keyOf}.
     */
    public Key validateKey(Key key) {
        return keys.validate(key);
    }

    /** The number of hash partitions, the unit parallel scan segments are made of. */
    public int partitionCount() {
        return store.partitionCount();
    }

    /** All items matching {@code filter} (null: all items); a single-segment scan. */
    public Iterator<Item> scan(Predicate<Item> filter) {
        return scan(0, 1, filter);
    }

    /**
     * One segment of a parallel scan: segments are disjoint, contiguous slices of the partition
     * key hash space (so contiguous runs of partitions) and together cover every item. Iteration
     * is lazy and weakly consistent: an item present for the whole scan is returned exactly once,
     * and no item is returned twice. {@code filter} null means all items.
     */
    public Iterator<Item> scan(int segment, int totalSegments, Predicate<Item> filter) {
        live();
        ReadParameters.checkSegments(segment, totalSegments);
        return store.scan(HashRange.segment(segment, totalSegments),
                filter == null ? ALL : filter);
    }

    /**
     * One page of a Query: the items of one partition key value in sort key order (or reverse),
     * narrowed by an optional sort key condition, filtered after reading, paged by Limit, by
     * DynamoDB's 1 MB page and by LastEvaluatedKey / ExclusiveStartKey, with the capacity the
     * page consumed. Invalid requests fail with DynamoDB's ValidationException messages before
     * anything is read. The read is weakly consistent: an item present for the whole read is
     * returned exactly once.
     */
    public Page query(QueryRequest request) {
        ReadParameters.checkLimit(request.limit());
        live();
        return TableReader.query(this, store, request);
    }

    /**
     * One page of a (parallel) Scan segment, in the table's scan order, filtered after reading
     * and paged like {@link #query}. Paging through every segment returns each item that exists
     * throughout exactly once, even while writes continue.
     */
    public Page scan(ScanRequest request) {
        ReadParameters.checkLimit(request.limit());
        ReadParameters.checkSegments(request.segment(), request.totalSegments());
        live();
        return TableReader.scan(this, store, request);
    }

    void updateDefinition(TableDefinition definition) {
        this.definition = definition;
    }

    void markDropped() {
        dropped = true;
    }

    private Key validateForWrite(Item item) {
        Key key = keys.keyOf(item);
        if (item.sizeInBytes() > MAX_ITEM_BYTES) {
            throw new EngineException(ErrorCode.ITEM_TOO_LARGE,
                    "Item size has exceeded the maximum allowed size");
        }
        return key;
    }

    private void live() {
        if (dropped) {
            throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found: Table: " + name + " not found");
        }
    }

    @Override
    public String toString() {
        return "Table[" + name + "]";
    }
}
