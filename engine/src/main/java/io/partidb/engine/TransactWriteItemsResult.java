package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.List;

/**
 * The outcome of a TransactWriteItems that committed: the write capacity consumed, one entry per
 * table in the order the tables first appear in the request, each twice what the same writes
 * cost outside a transaction.
 */
public record TransactWriteItemsResult(List<ConsumedCapacity> consumedCapacity) {
    /** Copies the list. */
    public TransactWriteItemsResult {
        consumedCapacity = List.copyOf(consumedCapacity);
    }
}
