package io.partidb.engine;

import java.util.List;

/**
 * A TransactWriteItems: up to 100 actions on distinct items of one or more tables, applied all
 * together or not at all, in request order as far as anything is ordered.
 */
public record TransactWriteItemsRequest(List<TransactWriteItem> transactItems) {
    /** Copies the list, keeping its order; no action may be null. */
    public TransactWriteItemsRequest {
        transactItems = List.copyOf(transactItems);
    }

    /** A request of these actions, in this order. */
    public static TransactWriteItemsRequest of(TransactWriteItem... transactItems) {
        return new TransactWriteItemsRequest(List.of(transactItems));
    }
}
