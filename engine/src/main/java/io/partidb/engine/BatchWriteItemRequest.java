package io.partidb.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BatchWriteItem: for each table name, the puts and deletes to apply ({@code RequestItems}).
 * The map's order is kept and is the order in which tables and their writes are applied.
 */
public record BatchWriteItemRequest(Map<String, List<WriteRequest>> requestItems) {

    /** Copies the map and lists, keeping their order; nothing may be null. */
    public BatchWriteItemRequest {
        Map<String, List<WriteRequest>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<WriteRequest>> e : requestItems.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "table name"), List.copyOf(
                    Objects.requireNonNull(e.getValue(), "writes of " + e.getKey())));
        }
        requestItems = Collections.unmodifiableMap(copy);
    }

    /** A request writing to one table. */
    public static BatchWriteItemRequest of(String tableName, List<WriteRequest> writes) {
        return new BatchWriteItemRequest(Map.of(tableName, writes));
    }
}
