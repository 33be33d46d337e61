package io.partidb.engine;

import java.util.List;

/**
 * A TransactGetItems: up to 100 Gets of distinct items of one or more tables, read together as
 * one consistent snapshot.
 */
public record TransactGetItemsRequest(List<TransactGetItem> transactItems) {
    /** Copies the list, keeping its order; no entry may be null. */
    public TransactGetItemsRequest {
        transactItems = List.copyOf(transactItems);
    }

    /** A request of these Gets, in this order. */
    public static TransactGetItemsRequest of(TransactGetItem... transactItems) {
        return new TransactGetItemsRequest(List.of(transactItems));
    }
}
