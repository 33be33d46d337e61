package io.partidb.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A BatchGetItem: for each table name, the keys to read ({@code RequestItems}). The map's order
 * is kept and is the order in which tables and keys are read.
 */
public record BatchGetItemRequest(Map<String, KeysAndAttributes> requestItems) {

    /** Copies the map, keeping its order; names and entries must not be null. */
    public BatchGetItemRequest {
        Map<String, KeysAndAttributes> copy = new LinkedHashMap<>();
        for (Map.Entry<String, KeysAndAttributes> e : requestItems.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "table name"),
                    Objects.requireNonNull(e.getValue(), "keys of " + e.getKey()));
        }
        requestItems = Collections.unmodifiableMap(copy);
    }

    /** A request reading from one table. */
    public static BatchGetItemRequest of(String tableName, KeysAndAttributes keys) {
        return new BatchGetItemRequest(Map.of(tableName, keys));
    }
}
