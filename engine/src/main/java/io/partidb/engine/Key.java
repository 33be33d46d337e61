package io.partidb.engine;

import io.partidb.engine.value.AttributeValue;

import java.util.Objects;

/**
 * The primary key of an item: the partition key value and, for a table with a sort key, the sort
 * key value ({@code sort} is null for a HASH-only table). Validated against a table by
 * {@link Table#validateKey}.
 */
public record Key(AttributeValue partition, AttributeValue sort) implements PageKey {

    /** Requires a partition value; the sort value may be null. */
    public Key {
        Objects.requireNonNull(partition, "partition");
    }

    /** A key for a HASH-only table. */
    public static Key of(AttributeValue partition) {
        return new Key(partition, null);
    }

    /** A key for a table with a sort key. */
    public static Key of(AttributeValue partition, AttributeValue sort) {
        return new Key(partition, Objects.requireNonNull(sort, "sort"));
    }
}
