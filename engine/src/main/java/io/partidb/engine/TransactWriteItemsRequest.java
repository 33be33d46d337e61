package io.partidb.engine;

import java.util.List;

/**
 * A TransactWriteItems: up to 100 actions on distinct items of one or more tables, applied all
 * together or not at all. {@code clientRequestToken} (null: none, otherwise 1 to 36 characters)
 * makes the request idempotent: repeating it with the same token within 10 minutes of its
 * success changes nothing and succeeds again.
 */
public record TransactWriteItemsRequest(List<TransactWriteItem> transactItems,
        String clientRequestToken) {
    /** Copies the list, keeping its order; no action may be null. */
    public TransactWriteItemsRequest {
        transactItems = List.copyOf(transactItems);
    }

    /** A request of these actions without a token. */
    public TransactWriteItemsRequest(List<TransactWriteItem> transactItems) {
        this(transactItems, null);
    }

    /** A request of these actions, in this order, without a token. */
    public static TransactWriteItemsRequest of(TransactWriteItem... transactItems) {
        return new TransactWriteItemsRequest(List.of(transactItems));
    }

    /** The same actions with this client request token (null: none). */
    public TransactWriteItemsRequest withClientRequestToken(String clientRequestToken) {
        return new TransactWriteItemsRequest(transactItems, clientRequestToken);
    }
}
