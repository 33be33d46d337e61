package io.partidb.engine;

import io.partidb.engine.catalog.Catalog;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.catalog.TableOptions;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An embedded database: a catalog of table definitions and the tables' data. Thread-safe. Catalog
 * changes are serialised and each publishes a new {@link Catalog} snapshot with a higher version;
 * table lookups are lock-free.
 */
public final class Database {
    private final String name;
    private final Object catalogLock = new Object();
    private final ConcurrentHashMap<String, Table> tables = new ConcurrentHashMap<>();
    private volatile Catalog catalog = Catalog.empty();

    private Database(String name) {
        this.name = name;
    }

    /** A new, empty database. */
    public static Database create(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION, "A database name cannot be empty");
        }
        return new Database(name);
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** The current catalog snapshot. */
    public Catalog catalog() {
        return catalog;
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
            Table table = new Table(definition);
            // The handle is reachable before the catalog names it, never after.
            tables.put(definition.name(), table);
            catalog = next;
            return table;
        }
    }

    /** Drops a table and its data; RESOURCE_NOT_FOUND when there is none. */
    public void dropTable(String tableName) {
        synchronized (catalogLock) {
            Catalog next = catalog.withTableDropped(tableName);
            catalog = next;
            tables.remove(tableName).markDropped();
        }
    }

    /** Adds a global secondary index's definition to a table (its data comes later). */
    public void createGlobalIndex(String tableName, IndexDefinition index) {
        Objects.requireNonNull(index, "index");
        synchronized (catalogLock) {
            publish(tableName, catalog.withGlobalIndexCreated(tableName, index));
        }
    }

    /** Removes a global secondary index's definition from a table. */
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
