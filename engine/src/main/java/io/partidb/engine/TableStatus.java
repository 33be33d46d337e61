package io.partidb.engine;

/**
 * A table's status as DynamoDB's DescribeTable and DeleteTable report it. Embedded tables are
 * ACTIVE from creation; a dropped table is reported DELETING once, in the drop's result.
 */
public enum TableStatus {
    /** The table is ready for reads and writes. */
    ACTIVE,
    /** The table is being deleted: DeleteTable's answer. */
    DELETING
}
