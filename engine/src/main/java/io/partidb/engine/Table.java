package io.partidb.engine;

import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.index.IndexDescription;
import io.partidb.engine.index.IndexSettings;
import io.partidb.engine.index.SecondaryIndexes;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.read.FilteredItems;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ReadParameters;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.TableReader;
import io.partidb.engine.stats.AttributeStatistics;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.TableStore;
import io.partidb.engine.value.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A handle on one table's data: single-item reads and writes by primary key, (parallel) scans,
 * and Query and Scan of the table or of its secondary indexes. Obtained from {@link Database}; a
 * handle of a dropped table fails every operation with RESOURCE_NOT_FOUND, even if a table of the
 * same name is created again.
 *
 * <p>Every write validates its input completely before anything changes. Single-item operations
 * are atomic and linearizable; a table's local secondary indexes change with the write, its
 * global secondary indexes follow shortly after (see {@link #awaitIndex}).
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
    private final AttributeStatistics statistics;
    private final SecondaryIndexes indexes;
    private final SingleItemOperations operations;
    private final Instant creationTime;
    private volatile TableDefinition definition;
    private volatile boolean dropped;

    Table(TableDefinition definition, ChangeLogPolicy changeLogPolicy, Clock clock,
            Runnable onAttributeNamesChanged, IndexSettings indexSettings) {
        this.name = definition.name();
        this.definition = definition;
        this.statistics = new AttributeStatistics(TableStore.PARTITION_COUNT,
                onAttributeNamesChanged);
        this.store = TableStore.create(definition.keySchema().hasSortKey(),
                ChangeLog.create(name, changeLogPolicy, clock), statistics);
        this.indexes = SecondaryIndexes.create(definition, store, indexSettings);
        this.keys = new KeyRules(definition.keySchema(), indexes);
        // the key schema never changes, so one instance serves every single-item operation
        this.operations = new SingleItemOperations(name, keys, definition.keySchema(), store,
                indexes);
        this.creationTime = clock.instant();
    }

    /** The table's current definition. */
    public TableDefinition definition() {
        return definition;
    }

    /** Every attribute name the table's items hold, with counts per type. */
    public AttributeStatistics attributeStatistics() {
        return statistics;
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
     * item unchanged. The existence check and the write are one atomic step. Returns the item's
     * key.
     */
    public Key insertItem(Item item) {
        live();
        Key key = validateForWrite(item);
        Item previous = store.write(key.partition(), key.sort(),
                current -> current == null ? item : current);
        // Thrown after the lock is released, so a failed insert holds the partition briefly.
        if (previous != null) {
            throw new EngineException(ErrorCode.CONDITIONAL_CHECK_FAILED,
                    "The conditional request failed");
        }
        return key;
    }

    /** The item with that key, if any. */
    public Optional<Item> getItem(Key key) {
        live();
        keys.validate(key);
        return Optional.ofNullable(store.get(key.partition(), key.sort()));
    }

    /**
     * The item with that key, or null when there is none: {@link #getItem(Key)} for key values
     * not wrapped in a {@link Key} ({@code sortKey} null for a table without a sort key), checked
     * the same way, for point reads that should allocate nothing.
     */
    public Item findItem(AttributeValue partitionKey, AttributeValue sortKey) {
        live();
        keys.validate(Objects.requireNonNull(partitionKey, "partitionKey"), sortKey);
        return store.get(partitionKey, sortKey);
    }

    /** Deletes the item with that key and returns it; empty when there was none. */
    public Optional<Item> deleteItem(Key key) {
        live();
        keys.validate(key);
        return Optional.ofNullable(store.write(key.partition(), key.sort(), current -> null));
    }

    /**
     * GetItem: the item with the request's key, projected if asked, with the read capacity
     * consumed (per item, rounded up to 4 KB; halved when eventually consistent; a miss costs
     * as much as a 4 KB read).
     */
    public GetItemResult getItem(GetItemRequest request) {
        live();
        return operations().get(request);
    }

    /**
     * PutItem: writes the item if the request's condition holds for the stored item, atomically;
     * otherwise throws {@link ConditionalCheckFailedException} and changes nothing.
     */
    public WriteResult putItem(PutItemRequest request) {
        live();
        return operations().put(request);
    }

    /**
     * UpdateItem: applies the update expression to the stored item, or to a new item made of the
     * key when there is none, if the request's condition holds, atomically; otherwise throws
     * {@link ConditionalCheckFailedException} and changes nothing. Key attributes cannot be
     * updated, and the updated item must fit in 400 KB.
     */
    public WriteResult updateItem(UpdateItemRequest request) {
        live();
        return operations().update(request);
    }

    /**
     * DeleteItem: deletes the item if the request's condition holds for it, atomically; otherwise
     * throws {@link ConditionalCheckFailedException} and changes nothing. Deleting a missing
     * item succeeds when there is no condition or the condition holds for no item.
     */
    public WriteResult deleteItem(DeleteItemRequest request) {
        live();
        return operations().delete(request);
    }

    private SingleItemOperations operations() {
        return operations;
    }

    /** The number of items; exact when no write is in progress. */
    public long approximateItemCount() {
        live();
        return store.itemCount();
    }

    /**
     * The primary key of an item to be written, validated as DynamoDB's PutItem does: key
     * attributes present, of the declared type, non-empty and within the size limits, and the
     * secondary index key attributes it holds of the declared type and non-empty (KEY_MISMATCH
     * otherwise).
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

    /**
     * DescribeTable: the definition, ACTIVE, the item count, the size in bytes (sum of the items'
     * DynamoDB sizes), the creation time and each secondary index's status, entry count, size
     * and pending changes. Counts and sizes are maintained by every write.
     */
    public TableDescription describe() {
        live();
        return describeAs(TableStatus.ACTIVE);
    }

    /**
     * The table's change log: every committed write in commit order, bounded by the database's
     * {@link ChangeLogPolicy}. It is created with the table and discarded with it; like a
     * DynamoDB stream it stays readable through this handle after the table is dropped, so that
     * consumers can finish.
     */
    public ChangeLog changeLog() {
        return store.changeLog();
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
        if (request.indexName() != null) {
            return TableReader.queryIndex(this,
                    indexes.view(request.indexName(), request.consistentRead()), request);
        }
        return TableReader.query(this, store, request);
    }

    /**
     * The items of a Query read to the end, lazily: what paging through every page of
     * {@code request} with {@link #query} returns, in the same order and after the same checks
     * (which fail here, before anything is read), with the filter applied. Limit and the 1 MB
     * page size only place page boundaries, so no page is formed, and neither Count nor
     * consumed capacity is reported; {@code Select} is not applied. For readers that consume
     * every item and need no pages, such as the SQL front end. The read is weakly consistent:
     * an item present for the whole read is returned exactly once.
     */
    public Iterator<Item> queryItems(QueryRequest request) {
        ReadParameters.checkLimit(request.limit());
        live();
        if (request.indexName() != null) {
            return TableReader.queryIndexItems(this,
                    indexes.view(request.indexName(), request.consistentRead()), request);
        }
        return TableReader.queryItems(this, store, request);
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
        if (request.indexName() != null) {
            return TableReader.scanIndex(this,
                    indexes.view(request.indexName(), request.consistentRead()), request);
        }
        return TableReader.scan(this, store, request);
    }

    /**
     * One segment of a parallel scan of a secondary index's projected entries, like
     * {@link #scan(int, int, Predicate)}: segments divide the index partition key hashes. An
     * unknown index, or a global index still being built, fails as a Scan of it does.
     */
    public Iterator<Item> scanIndex(String indexName, int segment, int totalSegments,
            Predicate<Item> filter) {
        live();
        ReadParameters.checkSegments(segment, totalSegments);
        Iterator<Item> entries = indexes.view(indexName, false).entries()
                .scan(HashRange.segment(segment, totalSegments), null);
        return filter == null ? entries : new FilteredItems(entries, filter);
    }

    /**
     * Waits until the named secondary index has every change committed to the table before the
     * call and is ACTIVE; true at once for a local index. False when {@code timeout} passes
     * first or the index is dropped; INDEX_NOT_FOUND for an unknown index. Global indexes are
     * eventually consistent, as in DynamoDB: this is how a caller that needs to see its own
     * writes in one (a test, a planner that just created it) waits without guessing a delay.
     */
    public boolean awaitIndex(String indexName, Duration timeout) {
        live();
        return indexes.awaitCaughtUp(indexName, timeout);
    }

    /** {@link #awaitIndex} for every global secondary index, within one overall timeout. */
    public boolean awaitIndexes(Duration timeout) {
        live();
        return indexes.awaitAllCaughtUp(timeout);
    }

    /**
     * Whether the named secondary index projects all of {@code attributes}: always for an ALL
     * projection, otherwise when each is a table or index key or an INCLUDE attribute. A reader
     * of a local index may fetch other attributes from the table; a global index cannot.
     * INDEX_NOT_FOUND for an unknown index.
     */
    public boolean indexProjects(String indexName, Collection<String> attributes) {
        return indexes.projects(indexName, attributes);
    }

    void updateDefinition(TableDefinition definition) {
        this.definition = definition;
        indexes.reconcile(definition);
    }

    void markDropped() {
        dropped = true;
        indexes.close();
    }

    TableDescription describeAs(TableStatus status) {
        return new TableDescription(definition, status, store.itemCount(), store.sizeInBytes(),
                creationTime, indexes.describe());
    }

    /** The table's secondary indexes, for writes that account for them (batches). */
    SecondaryIndexes indexes() {
        return indexes;
    }

    /** The stored item with a key already validated by {@link #validateKey}, or null. */
    Item storedItem(Key key) {
        live();
        return store.get(key.partition(), key.sort());
    }

    /** Puts an item validated for writing, whose key is {@code key}; returns the previous item. */
    Item replaceValidated(Key key, Item item) {
        live();
        return store.write(key.partition(), key.sort(), current -> item);
    }

    /**
     * Stores {@code next} (null: deletes) under a key already validated, for a transaction that
     * holds the key's partition lock and has checked that the table exists. The table is not
     * checked again: once a transaction commits, a concurrent drop must not stop it halfway.
     */
    void commitValidated(Key key, Item next) {
        store.write(key.partition(), key.sort(), current -> next);
    }

    /** The key rules of the table's schema. */
    KeyRules keyRules() {
        return keys;
    }

    /** The table's storage, whose partitions transactions lock. */
    TableStore store() {
        return store;
    }

    /** Fails with RESOURCE_NOT_FOUND when the table has been dropped. */
    void checkLive() {
        live();
    }

    /** Deletes by a key already validated; returns the deleted item or null. */
    Item deleteValidated(Key key) {
        live();
        return store.write(key.partition(), key.sort(), current -> null);
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
