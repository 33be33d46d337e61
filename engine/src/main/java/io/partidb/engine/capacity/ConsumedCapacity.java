package io.partidb.engine.capacity;

/**
 * Capacity an operation consumed on one table, as DynamoDB reports it ({@code CapacityUnits},
 * {@code ReadCapacityUnits}, {@code WriteCapacityUnits}). Index amounts join when indexes keep
 * data.
 */
public record ConsumedCapacity(String tableName, double readUnits, double writeUnits) {
    /** Nothing consumed. */
    public static ConsumedCapacity none(String tableName) {
        return new ConsumedCapacity(tableName, 0, 0);
    }

    public static ConsumedCapacity read(String tableName, double units) {
        return new ConsumedCapacity(tableName, units, 0);
    }

    public static ConsumedCapacity write(String tableName, double units) {
        return new ConsumedCapacity(tableName, 0, units);
    }

    /** Read and write units together ({@code CapacityUnits}). */
    public double total() {
        return readUnits + writeUnits;
    }

    /** The sum of this and another amount on the same table. */
    public ConsumedCapacity plus(ConsumedCapacity other) {
        if (!tableName.equals(other.tableName)) {
            throw new IllegalArgumentException("capacity of " + other.tableName
                    + " added to " + tableName);
        }
        return new ConsumedCapacity(tableName, readUnits + other.readUnits,
                writeUnits + other.writeUnits);
    }
}
