package io.partidb.engine.catalog;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable snapshot of a database's table definitions with a version number. Every change
 * makes a new snapshot whose version is one higher, so a reader (such as the planner's plan cache)
 * can hold one snapshot and resolve all names against it consistently.
 *
 * <p>The {@code with...} methods apply DynamoDB's control-plane rules and return the changed
 * snapshot; they never modify this one.
 */
public final class Catalog {
    private static final Catalog EMPTY = new Catalog(0, new TreeMap<>());

    private final long version;
    private final NavigableMap<String, TableDefinition> tables;
    private final List<TableDefinition> tableList;

    private Catalog(long version, TreeMap<String, TableDefinition> tables) {
        this.version = version;
        this.tables = Collections.unmodifiableNavigableMap(tables);
        this.tableList = List.copyOf(tables.values());
    }

    /** The catalog of a new database: no tables, version 0. */
    public static Catalog empty() {
        return EMPTY;
    }

    /** The version; higher after every change. */
    public long version() {
        return version;
    }

    /** All tables sorted by name. */
    public List<TableDefinition> tables() {
        return tableList;
    }

    /** The table of that name (names are case-sensitive, as in DynamoDB). */
    public Optional<TableDefinition> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /** Adds a table; fails with RESOURCE_IN_USE when the name is taken. */
    public Catalog withTableCreated(TableDefinition definition) {
        if (tables.containsKey(definition.name())) {
            throw new EngineException(ErrorCode.RESOURCE_IN_USE,
                    "Table already exists: " + definition.name());
        }
        return with(definition);
    }

    /** Removes a table; fails with RESOURCE_NOT_FOUND when there is none of that name. */
    public Catalog withTableDropped(String name) {
        require(name);
        TreeMap<String, TableDefinition> changed = new TreeMap<>(tables);
        changed.remove(name);
        return new Catalog(version + 1, changed);
    }

    /**
     * Adds a global secondary index to an existing table. Local indexes exist only from the
     * table's creation; the name must be new; at most 20 global indexes (LimitExceededException,
     * as DynamoDB's UpdateTable reports it).
     */
    public Catalog withGlobalIndexCreated(String tableName, IndexDefinition index) {
        TableDefinition table = require(tableName);
        if (index.kind() != IndexKind.GLOBAL) {
            throw Constraints.invalid("Local secondary index " + index.name()
                    + " can only be created together with its table");
        }
        if (table.index(index.name()).isPresent()) {
            throw new EngineException(ErrorCode.INDEX_ALREADY_EXISTS,
                    "Attempting to create an index which already exists");
        }
        if (table.globalIndexes().size() >= TableDefinition.MAX_GLOBAL_INDEXES) {
            throw new EngineException(ErrorCode.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: Number of global secondary indexes exceeds "
                            + "per-table limit of " + TableDefinition.MAX_GLOBAL_INDEXES);
        }
        List<IndexDefinition> indexes = new ArrayList<>(table.indexes());
        indexes.add(index);
        return with(table.withIndexes(indexes));
    }

    /** Removes a global secondary index; local indexes live as long as their table. */
    public Catalog withIndexDropped(String tableName, String indexName) {
        TableDefinition table = require(tableName);
        IndexDefinition index = table.index(indexName).orElseThrow(() -> new EngineException(
                ErrorCode.INDEX_RESOURCE_NOT_FOUND,
                "Requested resource not found: Index: " + indexName + " not found"));
        if (index.kind() == IndexKind.LOCAL) {
            throw Constraints.invalid("Local secondary index " + indexName
                    + " cannot be deleted; it exists as long as its table");
        }
        List<IndexDefinition> indexes = new ArrayList<>(table.indexes());
        indexes.remove(index);
        return with(table.withIndexes(indexes));
    }

    /** Replaces a table's options. */
    public Catalog withOptions(String tableName, TableOptions options) {
        return with(require(tableName).withOptions(options));
    }

    private TableDefinition require(String name) {
        TableDefinition table = tables.get(name);
        if (table == null) {
            throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found: Table: " + name + " not found");
        }
        return table;
    }

    private Catalog with(TableDefinition definition) {
        TreeMap<String, TableDefinition> changed = new TreeMap<>(tables);
        changed.put(definition.name(), definition);
        return new Catalog(version + 1, changed);
    }

    @Override
    public String toString() {
        return "Catalog[version=" + version + ", tables=" + tables.keySet() + "]";
    }
}
