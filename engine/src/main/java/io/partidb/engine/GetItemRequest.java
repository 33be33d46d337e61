package io.partidb.engine;

import io.partidb.engine.expr.Projection;

import java.util.Objects;

/**
 * GetItem: the item with {@code key}, optionally projected, read strongly consistent or
 * eventually consistent (which halves the capacity; the embedded engine always reads the latest
 * write).
 */
public record GetItemRequest(Key key, Projection projection, boolean consistentRead) {
    /** Requires a key; {@code projection} null means the whole item. */
    public GetItemRequest {
        Objects.requireNonNull(key, "key");
    }

    /** An eventually consistent read of the whole item, DynamoDB's default. */
    public static GetItemRequest of(Key key) {
        return new GetItemRequest(key, null, false);
    }

    /** The same request with this projection (null: the whole item). */
    public GetItemRequest withProjection(Projection projection) {
        return new GetItemRequest(key, projection, consistentRead);
    }

    /** The same request with this consistency. */
    public GetItemRequest withConsistentRead(boolean consistentRead) {
        return new GetItemRequest(key, projection, consistentRead);
    }
}
