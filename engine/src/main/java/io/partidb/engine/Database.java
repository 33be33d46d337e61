package io.partidb.engine;

import io.partidb.engine.catalog.Catalog;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.catalog.TableOptions;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.index.IndexSettings;
import io.partidb.engine.log.ChangeLogPolicy;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedded database: a catalog of table definitions and the tables' data. Thread-safe. Catalog
 * changes are serialised and each publishes a new {@link Catalog} snapshot with a higher version;
 * table lookups are lock-free.
 */
public final class Database {
    private final String name;
    private final ChangeLogPolicy changeLogPolicy;
    private final Clock clock;
    private final IndexSettings indexSettings;
    private final Object catalogLock = new Object();
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();
    private final IdempotencyTokens tokens;
    /** Bumped whenever an attribute name appears in, or disappears from, any table. */
    private final AtomicLong attributeNamesVersion = new AtomicLong();
    private volatile Catalog catalog = Catalog.empty();

    private Database(String name, ChangeLogPolicy changeLogPolicy, Clock clock,
            IndexSettings indexSettings) {
        this.name = name;
        this.changeLogPolicy = changeLogPolicy;
        this.clock = clock;
        this.tokens = new IdempotencyTokens(clock);
        this.indexSettings = indexSettings;
    }

    /** A new, empty database with the default change log retention and the system clock. */
    public static Database create(String name) {
        return create(name, ChangeLogPolicy.defaults(), Clock.systemUTC());
    }

    /**
     * A new, empty database whose tables keep their change logs as {@code changeLogPolicy}
     * says, and whose creation and commit times come from {@code clock}.
     */
    public static Database create(String name, ChangeLogPolicy changeLogPolicy, Clock clock) {
        return create(name, changeLogPolicy, clock, IndexSettings.defaults());
    }

    /**
     * A new, empty database as {@link #create(String, ChangeLogPolicy, Clock)}, whose secondary
     * indexes follow {@code indexSettings} (the item collection size limit).
     */
    public static Database create(String name, ChangeLogPolicy changeLogPolicy, Clock clock,
            IndexSettings indexSettings) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changeLogPolicy, "changeLogPolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(indexSettings, "indexSettings");
        if (name.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION, "A database name cannot be empty");
        }
        return new Database(name, changeLogPolicy, clock, indexSettings);
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** The current catalog snapshot. */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * A number that grows whenever what a query's columns depend on changes: any catalog
     * change, or an attribute name appearing in or disappearing from a table. Plans that list
     * columns are valid for one schema version.
     */
    public long schemaVersion() {
        return catalog().version() + attributeNamesVersion.get();
    }

    /** The table of that name; RESOURCE_NOT_FOUND when there is none. */
    public Table table(String tableName) {
        Table table = tables.get(tableName);
        if (table == null) {
            throw notFound(tableName);
        }
        return table;
    }

    /** The table of that name, if it exists. */
    public Optional<Table> findTable(String tableName) {
        return Optional.ofNullable(tables.get(tableName));
    }

    /** Creates an empty table; RESOURCE_IN_USE when the name is taken. */
    public Table createTable(TableDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        synchronized (catalogLock) {
            Catalog next = catalog.withTableCreated(definition);
            Table table = new Table(definition, changeLogPolicy, clock,
                    attributeNamesVersion::incrementAndGet, indexSettings);
            // The handle is reachable before the catalog names it, never after.
            tables.put(definition.name(), table);
            catalog = next;
            return table;
        }
    }

    /**
     * Drops a table and its data; RESOURCE_NOT_FOUND when there is none. Returns the table's
     * description with status DELETING, as DeleteTable does. O(1): the table's storage and
     * change log are discarded whole, never item by item.
     */
    public TableDescription dropTable(String tableName) {
        synchronized (catalogLock) {
            Catalog next = catalog.withTableDropped(tableName);
            catalog = next;
            Table table = tables.remove(tableName);
            // Described before its indexes stop, so the answer still lists them.
            TableDescription description = table.describeAs(TableStatus.DELETING);
            table.markDropped();
            return description;
        }
    }

    /** DescribeTable; RESOURCE_NOT_FOUND when there is no table of that name. */
    public TableDescription describeTable(String tableName) {
        return table(tableName).describe();
    }

    /**
     * BatchGetItem: reads up to 100 keys from one or more tables. Every key is validated before
     * anything is read; keys past a 16 MB response come back as unprocessed keys. See
     * {@link BatchOperations} for the rules and messages.
     */
    public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
        return BatchOperations.get(request, tables::get);
    }

    /**
     * BatchWriteItem: up to 25 puts and deletes over one or more tables, each atomic on its own
     * (not a transaction). Every write is validated before any is applied, so invalid input
     * changes nothing. See {@link BatchOperations} for the rules and messages.
     */
    public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
        return BatchOperations.write(request, tables::get);
    }

    /**
     * TransactWriteItems: up to 100 Put, Update, Delete and ConditionCheck actions on distinct
     * items of one or more tables, applied all together or not at all, serializable with respect
     * to single-item writes, GetItem and other transactions. A cancelled transaction throws
     * {@link TransactionCanceledException} with a reason per action and writes nothing. A
     * request repeated with the client request token of one that committed in the last 10
     * minutes changes nothing and returns the read capacity of its items. See
     * {@link TransactionOperations} for the rules and messages.
     */
    public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
        return TransactionOperations.write(request, tables::get, tokens);
    }

    /**
     * TransactGetItems: up to 100 items of one or more tables read as one consistent snapshot,
     * in request order, each empty when no item has its key.
     */
    public TransactGetItemsResult transactGetItems(TransactGetItemsRequest request) {
        return TransactionOperations.get(request, tables::get);
    }

    /**
     * CREATE INDEX: adds a global secondary index to a table. The index is CREATING while it is
     * filled from the table in the background, writes continuing; it can be read once ACTIVE
     * ({@link Table#awaitIndex} waits for that).
     */
    public void createGlobalIndex(String tableName, IndexDefinition index) {
        Objects.requireNonNull(index, "index");
        synchronized (catalogLock) {
            publish(tableName, catalog.withGlobalIndexCreated(tableName, index));
        }
    }

    /**
     * DROP INDEX: removes a global secondary index; its maintenance stops and its entries are
     * discarded. An index created again under the same name starts over.
     */
    public void dropIndex(String tableName, String indexName) {
        synchronized (catalogLock) {
            publish(tableName, catalog.withIndexDropped(tableName, indexName));
        }
    }

    /** Replaces a table's options (billing, stream, TTL, table class). */
    public void updateOptions(String tableName, TableOptions options) {
        Objects.requireNonNull(options, "options");
        synchronized (catalogLock) {
            publish(tableName, catalog.withOptions(tableName, options));
        }
    }

    private void publish(String tableName, Catalog next) {
        TableDefinition definition = next.table(tableName).orElseThrow();
        tables.get(tableName).updateDefinition(definition);
        catalog = next;
    }

    private static EngineException notFound(String tableName) {
        return new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: " + tableName + " not found");
    }

    @Override
    public String toString() {
        return "Database[" + name + ", " + catalog + "]";
    }
}
