package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a BatchWriteItem: the writes not applied ({@code UnprocessedItems}, to be sent
 * again; empty while the engine does not throttle) and the capacity consumed per table, in
 * request order.
 */
public record BatchWriteItemResult(Map<String, List<WriteRequest>> unprocessedItems,
        List<ConsumedCapacity> consumedCapacity) {

    /** Copies everything, keeping the map's order. */
    public BatchWriteItemResult {
        Map<String, List<WriteRequest>> writes = new LinkedHashMap<>();
        unprocessedItems.forEach((table, list) -> writes.put(table, List.copyOf(list)));
        unprocessedItems = Collections.unmodifiableMap(writes);
        consumedCapacity = List.copyOf(consumedCapacity);
    }
}
