package io.partidb.engine.catalog;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The primary key of a table or index: a partition (HASH) key and an optional sort (RANGE) key
 * with a different name.
 */
public record KeySchema(KeyElement partitionKey, Optional<KeyElement> sortKey) {
    /** The largest partition key value, of a table or an index, in bytes (DG ServiceQuotas). */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    /** The largest sort key value, of a table or an index, in bytes (DG ServiceQuotas). */
    public static final int MAX_SORT_KEY_BYTES = 1024;


    /** Rejects a sort key named like the partition key. */
    public KeySchema {
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
        if (sortKey.isPresent() && sortKey.get().name().equals(partitionKey.name())) {
            throw new EngineException(ErrorCode.INVALID_DEFINITION, "Both the Hash Key and the "
                    + "Range Key element in the KeySchema have the same name");
        }
    }

    /** A partition key only (a HASH key). */
    public static KeySchema of(KeyElement partitionKey) {
        return new KeySchema(partitionKey, Optional.empty());
    }

    /** A partition key and a sort key (HASH and RANGE). */
    public static KeySchema of(KeyElement partitionKey, KeyElement sortKey) {
        return new KeySchema(partitionKey, Optional.of(sortKey));
    }

    /** The key elements, partition key first. */
    public List<KeyElement> elements() {
        return sortKey.map(sk -> List.of(partitionKey, sk)).orElseGet(() -> List.of(partitionKey));
    }

    /** Whether there is a sort key. */
    public boolean hasSortKey() {
        return sortKey.isPresent();
    }

    /** Whether {@code name} is one of the key attributes. */
    public boolean isKeyAttribute(String name) {
        return partitionKey.name().equals(name)
                || sortKey.isPresent() && sortKey.get().name().equals(name);
    }
}
