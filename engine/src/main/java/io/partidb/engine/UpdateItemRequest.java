package io.partidb.engine;

import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.UpdateExpression;

import java.util.Objects;

/**
 * UpdateItem: applies {@code update} to the item with {@code key}, creating it from the key when
 * there is none (an upsert), if {@code condition} (null: none) holds for the item stored now.
 * Key attributes cannot be updated. Any {@link ReturnValues}.
 */
public record UpdateItemRequest(Key key, UpdateExpression update, Condition condition,
        ReturnValues returnValues) {
    /** Requires a key and an update; null return values mean NONE. */
    public UpdateItemRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(update, "update");
        returnValues = returnValues == null ? ReturnValues.NONE : returnValues;
    }

    /** An unconditional update returning nothing. */
    public static UpdateItemRequest of(Key key, UpdateExpression update) {
        return new UpdateItemRequest(key, update, null, ReturnValues.NONE);
    }

    /** The same request with this condition (null: none). */
    public UpdateItemRequest withCondition(Condition condition) {
        return new UpdateItemRequest(key, update, condition, returnValues);
    }

    /** The same request with these return values. */
    public UpdateItemRequest withReturnValues(ReturnValues returnValues) {
        return new UpdateItemRequest(key, update, condition, returnValues);
    }
}
