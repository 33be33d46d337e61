package io.partidb.engine.index;

/**
 * The state of a secondary index as DynamoDB's DescribeTable reports it ({@code IndexStatus}).
 * Local indexes are always ACTIVE; a global index is CREATING while its first backfill runs,
 * then ACTIVE; it is UPDATING while it rebuilds after falling behind the change log, during
 * which reads see its previous, staler entries.
 */
public enum IndexStatus {
    /** The index is being built from the table; it cannot be read yet. */
    CREATING,
    /** The index is being rebuilt; reads see its entries as they were before. */
    UPDATING,
    /** The index is ready and follows the table. */
    ACTIVE
}
