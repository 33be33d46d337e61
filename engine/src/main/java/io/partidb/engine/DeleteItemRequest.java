package io.partidb.engine;

import io.partidb.engine.expr.Condition;

import java.util.Objects;

/**
 * DeleteItem: deletes the item with {@code key} if {@code condition} (null: none) holds for it;
 * the condition sees no attributes when there is no item. Returns nothing or the deleted item
 * (ALL_OLD).
 */
public record DeleteItemRequest(Key key, Condition condition, ReturnValues returnValues) {
    /**
     * Requires a key; null return values mean NONE. Return values other than NONE and ALL_OLD
     * fail with DynamoDB's {@code ReturnValues can only be ALL_OLD or NONE}.
     */
    public DeleteItemRequest {
        Objects.requireNonNull(key, "key");
        returnValues = PutItemRequest.OldOrNone.check(returnValues);
    }

    /** An unconditional delete returning nothing. */
    public static DeleteItemRequest of(Key key) {
        return new DeleteItemRequest(key, null, ReturnValues.NONE);
    }

    /** The same request with this condition (null: none). */
    public DeleteItemRequest withCondition(Condition condition) {
        return new DeleteItemRequest(key, condition, returnValues);
    }

    /** The same request with these return values. */
    public DeleteItemRequest withReturnValues(ReturnValues returnValues) {
        return new DeleteItemRequest(key, condition, returnValues);
    }
}
