package io.partidb.engine;

import io.partidb.engine.value.AttributeValue;

import java.util.Objects;

/**
 * The position of an entry in a secondary index: the index's partition key value, its sort key
 * value ({@code sort} null for an index without a sort key) and the primary key of the table
 * item the entry stands for. Index keys need not be unique, so the table key breaks ties; this
 * is why DynamoDB's LastEvaluatedKey of an index read holds the index keys and the table keys.
 */
public record IndexKey(AttributeValue partition, AttributeValue sort, Key tableKey)
        implements PageKey {

    /** Requires the partition value and the table key; the sort value may be null. */
    public IndexKey {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(tableKey, "tableKey");
    }

    /** The key of an entry in an index without a sort key. */
    public static IndexKey of(AttributeValue partition, Key tableKey) {
        return new IndexKey(partition, null, tableKey);
    }

    /** The key of an entry in an index with a sort key. */
    public static IndexKey of(AttributeValue partition, AttributeValue sort, Key tableKey) {
        return new IndexKey(partition, Objects.requireNonNull(sort, "sort"), tableKey);
    }
}
