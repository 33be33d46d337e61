package io.partidb.engine.index;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.storage.IndexHook;
import io.partidb.engine.storage.IndexStore;
import io.partidb.engine.storage.TableStore;
import io.partidb.engine.value.AttributeValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The secondary indexes of one table: what every write asks of them (key checks, the item
 * collection limit, local index changes, write amplification, waking the global indexes), what a
 * read of an index needs, and their descriptions. Installed as the table store's
 * {@link IndexHook} while the table has any index; a table without indexes never calls it.
 *
 * <p>Local indexes are fixed at table creation. Global indexes come and go with the catalog
 * ({@link #reconcile}); the set is an immutable snapshot swapped on each change, so a write reads
 * one consistent set without locking.
 */
public final class SecondaryIndexes implements IndexHook {
    private final TableStore store;
    private final IndexSettings settings;
    private final Executor executor;
    private final List<LocalIndex> locals;
    // Null when the table has no local index: then there is no item collection limit.
    private final ItemCollectionSizes collectionSizes;
    private volatile Snapshot snapshot;

    private SecondaryIndexes(TableDefinition definition, TableStore store, IndexSettings settings,
            Executor executor) {
        this.store = store;
        this.settings = settings;
        this.executor = executor;
        List<LocalIndex> local = new ArrayList<>();
        for (IndexDefinition index : definition.localIndexes()) {
            local.add(new LocalIndex(IndexShape.of(index, definition.keySchema())));
        }
        this.locals = List.copyOf(local);
        this.collectionSizes = locals.isEmpty() ? null : new ItemCollectionSizes();
        this.snapshot = new Snapshot(definition, Map.of(), IndexKeyChecks.NONE);
    }

    /**
     * The indexes of a new, empty table: local indexes ready, global indexes starting to build.
     * Installs itself on {@code store} when there is any index.
     */
    public static SecondaryIndexes create(TableDefinition definition, TableStore store,
            IndexSettings settings) {
        return create(definition, store, settings, IndexWorkers.EXECUTOR);
    }

    /** The same, maintaining global indexes on {@code executor} (a test runs tasks by hand). */
    static SecondaryIndexes create(TableDefinition definition, TableStore store,
            IndexSettings settings, Executor executor) {
        SecondaryIndexes indexes = new SecondaryIndexes(Objects.requireNonNull(definition),
                Objects.requireNonNull(store), Objects.requireNonNull(settings),
                Objects.requireNonNull(executor));
        indexes.reconcile(definition);
        return indexes;
    }

    /**
     * Follows a change of the table's definition: starts building each global index that is
     * new, stops and discards each one that is gone. An index dropped and created again under
     * the same name starts over.
     */
    public synchronized void reconcile(TableDefinition definition) {
        Map<String, GlobalIndex> before = snapshot.globals;
        Map<String, GlobalIndex> after = new LinkedHashMap<>();
        List<GlobalIndex> started = new ArrayList<>();
        for (IndexDefinition index : definition.globalIndexes()) {
            GlobalIndex existing = before.get(index.name());
            if (existing != null && existing.shape().definition().equals(index)) {
                after.put(index.name(), existing);
            } else {
                GlobalIndex created = new GlobalIndex(
                        IndexShape.of(index, definition.keySchema()), store, executor);
                after.put(index.name(), created);
                started.add(created);
            }
        }
        for (Map.Entry<String, GlobalIndex> e : before.entrySet()) {
            if (after.get(e.getKey()) != e.getValue()) {
                e.getValue().drop();
            }
        }
        snapshot = new Snapshot(definition, Map.copyOf(after),
                IndexKeyChecks.of(definition.indexes(), definition.keySchema()));
        // Writers see the new index before it scans, so no change escapes both scan and log.
        store.indexHook(definition.indexes().isEmpty() ? null : this);
        for (GlobalIndex index : started) {
            index.start();
        }
    }

    /** Stops every global index; the table is gone. */
    public synchronized void close() {
        store.indexHook(null);
        for (GlobalIndex index : snapshot.globals.values()) {
            index.drop();
        }
        snapshot = new Snapshot(snapshot.definition, Map.of(), IndexKeyChecks.NONE);
    }

    /**
     * Checks the index key attributes of an item written whole (PutItem, BatchWriteItem puts):
     * DynamoDB's type mismatch and empty value errors (KEY_MISMATCH). Allocates nothing.
     */
    public void checkItem(Item item) {
        snapshot.checks.checkItem(item);
    }

    @Override
    public void admit(AttributeValue partitionKey, Item before, Item after) {
        snapshot.checks.checkChange(before, after);
        if (collectionSizes != null) {
            long growth = collectionBytes(after) - collectionBytes(before);
            if (growth > 0 && collectionSizes.of(partitionKey) + growth
                    > settings.itemCollectionSizeLimit()) {
                throw new EngineException(ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED,
                        "Collection size exceeded.");
            }
        }
    }

    @Override
    public void committed(Key key, Item before, Item after) {
        if (collectionSizes != null) {
            for (LocalIndex index : locals) {
                index.apply(before, after);
            }
            collectionSizes.add(key.partition(), collectionBytes(after) - collectionBytes(before));
        }
        for (GlobalIndex index : snapshot.globals.values()) {
            index.signal();
        }
    }

    /**
     * {@code capacity} plus the write units a table write from {@code before} to {@code after}
     * (null for an insert, a delete) costs each index whose entry it changes (reference §6).
     */
    public ConsumedCapacity withIndexWrites(ConsumedCapacity capacity, Item before, Item after) {
        if (locals.isEmpty() && snapshot.globals.isEmpty()) {
            return capacity;
        }
        ConsumedCapacity result = capacity;
        for (IndexShape shape : shapes()) {
            double units = shape.writeUnits(before, after);
            if (units > 0) {
                result = result.plusIndexWrite(shape.name(), shape.kind(), units);
            }
        }
        return result;
    }

    /**
     * The index a Query or Scan names, checked as DynamoDB checks it: an unknown index
     * ({@code The table does not have the specified index: <name>}), then a strongly consistent
     * read of a global index, then a global index still being built.
     */
    public IndexView view(String indexName, boolean consistentRead) {
        for (LocalIndex index : locals) {
            if (index.shape().name().equals(indexName)) {
                return new IndexView(index.shape(), index.store());
            }
        }
        GlobalIndex index = snapshot.globals.get(indexName);
        if (index == null) {
            throw new EngineException(ErrorCode.INDEX_NOT_FOUND,
                    "The table does not have the specified index: " + indexName);
        }
        if (consistentRead) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Consistent reads are not supported on global secondary indexes");
        }
        IndexStore entries = index.readableEntries();
        if (entries == null) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Cannot read from backfilling global secondary index: " + indexName);
        }
        return new IndexView(index.shape(), entries);
    }

    /** The shape of the named index, local or global; INDEX_NOT_FOUND when there is none. */
    public IndexShape shape(String indexName) {
        for (IndexShape shape : shapes()) {
            if (shape.name().equals(indexName)) {
                return shape;
            }
        }
        throw new EngineException(ErrorCode.INDEX_NOT_FOUND,
                "The table does not have the specified index: " + indexName);
    }

    /** The descriptions of all indexes, in definition order. */
    public List<IndexDescription> describe() {
        Snapshot current = snapshot;
        List<IndexDescription> out = new ArrayList<>();
        for (IndexDefinition index : current.definition.indexes()) {
            if (index.kind() == IndexKind.LOCAL) {
                for (LocalIndex local : locals) {
                    if (local.shape().name().equals(index.name())) {
                        out.add(new IndexDescription(index, IndexStatus.ACTIVE, false,
                                local.store().itemCount(), local.store().sizeInBytes(), 0));
                    }
                }
            } else {
                GlobalIndex global = current.globals.get(index.name());
                if (global != null) {
                    out.add(global.describe());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Waits until the named index has applied every table change committed before the call and
     * is ACTIVE: at once for a local index. False when the timeout passes first or the index is
     * dropped meanwhile; INDEX_NOT_FOUND for an unknown name.
     */
    public boolean awaitCaughtUp(String indexName, Duration timeout) {
        GlobalIndex index = snapshot.globals.get(indexName);
        if (index == null) {
            shape(indexName);
            return true;
        }
        return index.awaitCaughtUp(timeout);
    }

    /** {@link #awaitCaughtUp} for every global index, within one overall timeout. */
    public boolean awaitAllCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (GlobalIndex index : snapshot.globals.values()) {
            long remaining = Math.max(0, deadline - System.nanoTime());
            if (!index.awaitCaughtUp(Duration.ofNanos(remaining))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the named index projects all of {@code attributes} (see IndexShape#projects). */
    public boolean projects(String indexName, Collection<String> attributes) {
        return shape(indexName).projects(attributes);
    }

    private List<IndexShape> shapes() {
        Snapshot current = snapshot;
        List<IndexShape> shapes = new ArrayList<>(locals.size() + current.globals.size());
        for (LocalIndex index : locals) {
            shapes.add(index.shape());
        }
        for (IndexDefinition index : current.definition.globalIndexes()) {
            GlobalIndex global = current.globals.get(index.name());
            if (global != null) {
                shapes.add(global.shape());
            }
        }
        return shapes;
    }

    // The bytes an item adds to its item collection: itself and its local index entries.
    private long collectionBytes(Item item) {
        if (item == null) {
            return 0;
        }
        long bytes = item.sizeInBytes();
        for (LocalIndex index : locals) {
            bytes += index.shape().storageBytes(item);
        }
        return bytes;
    }

    /** The definition, the global indexes by name and the key checks, swapped together. */
    private record Snapshot(TableDefinition definition, Map<String, GlobalIndex> globals,
            IndexKeyChecks checks) {
    }
}
