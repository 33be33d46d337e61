package io.partidb.engine.capacity;

import io.partidb.engine.catalog.IndexKind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Capacity an operation consumed on one table and its secondary indexes, as DynamoDB reports it.
 * {@code readUnits} and {@code writeUnits} are everything the operation consumed, table and
 * indexes together (DynamoDB's top-level {@code ReadCapacityUnits} and
 * {@code WriteCapacityUnits}); {@code indexes} holds each index's share by index name, present
 * only for the indexes the operation touched (a write that leaves an index unchanged reports no
 * entry for it, as DynamoDB reports no arm); {@link #tableReadUnits} and
 * {@link #tableWriteUnits} are the table's own share.
 */
public record ConsumedCapacity(String tableName, double readUnits, double writeUnits,
        Map<String, IndexCapacity> indexes) {

    /** Copies {@code indexes} (null: none), keeping its order. */
    public ConsumedCapacity {
        Objects.requireNonNull(tableName, "tableName");
        indexes = indexes == null || indexes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(indexes));
    }

    /** Units consumed on the table alone. */
    public ConsumedCapacity(String tableName, double readUnits, double writeUnits) {
        this(tableName, readUnits, writeUnits, Map.of());
    }

    /** Nothing consumed. */
    public static ConsumedCapacity none(String tableName) {
        return new ConsumedCapacity(tableName, 0, 0);
    }

    /** Read units consumed on the table. */
    public static ConsumedCapacity read(String tableName, double units) {
        return new ConsumedCapacity(tableName, units, 0);
    }

    /** Write units consumed on the table. */
    public static ConsumedCapacity write(String tableName, double units) {
        return new ConsumedCapacity(tableName, 0, units);
    }

    /** Read units consumed on one index of the table (a Query or Scan of the index). */
    public static ConsumedCapacity indexRead(String tableName, String indexName, IndexKind kind,
            double units) {
        return new ConsumedCapacity(tableName, units, 0,
                Map.of(indexName, new IndexCapacity(kind, units, 0)));
    }

    /** Read and write units together ({@code CapacityUnits}). */
    public double total() {
        return readUnits + writeUnits;
    }

    /** The read units consumed on the table itself, without its indexes. */
    public double tableReadUnits() {
        double units = readUnits;
        for (IndexCapacity index : indexes.values()) {
            units -= index.readUnits();
        }
        return units;
    }

    /** The write units consumed on the table itself, without its indexes. */
    public double tableWriteUnits() {
        double units = writeUnits;
        for (IndexCapacity index : indexes.values()) {
            units -= index.writeUnits();
        }
        return units;
    }

    /** The units consumed on the named index; null when the operation did not touch it. */
    public IndexCapacity index(String indexName) {
        return indexes.get(indexName);
    }

    /** The same amount plus {@code units} written to one index (write amplification). */
    public ConsumedCapacity plusIndexWrite(String indexName, IndexKind kind, double units) {
        Map<String, IndexCapacity> merged = new LinkedHashMap<>(indexes);
        merged.merge(indexName, new IndexCapacity(kind, 0, units), IndexCapacity::plus);
        return new ConsumedCapacity(tableName, readUnits, writeUnits + units, merged);
    }

    /** The sum of this and another amount on the same table, index by index. */
    public ConsumedCapacity plus(ConsumedCapacity other) {
        if (!tableName.equals(other.tableName)) {
            throw new IllegalArgumentException("capacity of " + other.tableName
                    + " added to " + tableName);
        }
        Map<String, IndexCapacity> merged = indexes;
        if (!other.indexes.isEmpty()) {
            merged = new LinkedHashMap<>(indexes);
            for (Map.Entry<String, IndexCapacity> e : other.indexes.entrySet()) {
                merged.merge(e.getKey(), e.getValue(), IndexCapacity::plus);
            }
        }
        return new ConsumedCapacity(tableName, readUnits + other.readUnits,
                writeUnits + other.writeUnits, merged);
    }
}
