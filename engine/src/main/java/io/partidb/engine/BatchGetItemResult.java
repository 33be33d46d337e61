package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a BatchGetItem: the items found per table ({@code Responses}; every requested
 * table appears, with an empty list when nothing was found), the keys not read because the
 * response reached 16 MB ({@code UnprocessedKeys}; only tables with such keys appear), and the
 * capacity consumed per table, in request order.
 */
public record BatchGetItemResult(Map<String, List<Item>> responses,
        Map<String, KeysAndAttributes> unprocessedKeys, List<ConsumedCapacity> consumedCapacity) {

    /** Copies everything, keeping the maps' order. */
    public BatchGetItemResult {
        Map<String, List<Item>> items = new LinkedHashMap<>();
        responses.forEach((table, list) -> items.put(table, List.copyOf(list)));
        responses = Collections.unmodifiableMap(items);
        unprocessedKeys = Collections.unmodifiableMap(new LinkedHashMap<>(unprocessedKeys));
        consumedCapacity = List.copyOf(consumedCapacity);
    }
}
