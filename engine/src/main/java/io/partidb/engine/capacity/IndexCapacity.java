package io.partidb.engine.capacity;

import io.partidb.engine.catalog.IndexKind;

import java.util.Objects;

/**
 * Capacity an operation consumed on one secondary index, as DynamoDB reports it under
 * {@code LocalSecondaryIndexes} or {@code GlobalSecondaryIndexes} (by {@code kind}): the units of
 * reading the index, or of keeping it up to date after a table write.
 */
public record IndexCapacity(IndexKind kind, double readUnits, double writeUnits) {

    /** Requires a kind. */
    public IndexCapacity {
        Objects.requireNonNull(kind, "kind");
    }

    /** Read and write units together ({@code CapacityUnits}). */
    public double total() {
        return readUnits + writeUnits;
    }

    /** The sum of this and another amount on the same index. */
    public IndexCapacity plus(IndexCapacity other) {
        return new IndexCapacity(kind, readUnits + other.readUnits, writeUnits + other.writeUnits);
    }
}
