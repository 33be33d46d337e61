package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a TransactGetItems: one response per Get in request order, the item (projected
 * when asked; possibly without attributes) or empty when no item has the key, and the read
 * capacity consumed per table in the order the tables first appear in the request.
 */
public record TransactGetItemsResult(List<Optional<Item>> responses,
        List<ConsumedCapacity> consumedCapacity) {
    /** Copies the lists. */
    public TransactGetItemsResult {
        responses = List.copyOf(responses);
        consumedCapacity = List.copyOf(consumedCapacity);
    }
}
