package io.partidb.engine;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;

import java.util.Objects;

/**
 * PutItem: writes {@code item} in place of any item with its key if {@code condition} (null:
 * none) holds for the item stored now. Returns nothing or the replaced item (ALL_OLD).
 */
public record PutItemRequest(Item item, Condition condition, ReturnValues returnValues) {
    /**
     * Requires an item; null return values mean NONE. Return values other than NONE and ALL_OLD
     * fail with DynamoDB's {@code ReturnValues can only be ALL_OLD or NONE}.
     */
    public PutItemRequest {
        Objects.requireNonNull(item, "item");
        returnValues = OldOrNone.check(returnValues);
    }

    /** An unconditional put returning nothing. */
    public static PutItemRequest of(Item item) {
        return new PutItemRequest(item, null, ReturnValues.NONE);
    }

    /** The same request with this condition (null: none). */
    public PutItemRequest withCondition(Condition condition) {
        return new PutItemRequest(item, condition, returnValues);
    }

    /** The same request with these return values. */
    public PutItemRequest withReturnValues(ReturnValues returnValues) {
        return new PutItemRequest(item, condition, returnValues);
    }

    /** The check PutItem and DeleteItem share. */
    static final class OldOrNone {
        private OldOrNone() {
        }

        static ReturnValues check(ReturnValues returnValues) {
            if (returnValues == null) {
                return ReturnValues.NONE;
            }
            if (returnValues != ReturnValues.NONE && returnValues != ReturnValues.ALL_OLD) {
                throw new EngineException(ErrorCode.VALIDATION,
                        "ReturnValues can only be ALL_OLD or NONE");
            }
            return returnValues;
        }
    }
}
