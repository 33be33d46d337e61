package io.partidb.engine;

/**
 * What a transaction action returns when its condition fails (DynamoDB's
 * {@code ReturnValuesOnConditionCheckFailure}): nothing, or the item the condition was evaluated
 * against, in the action's {@link CancellationReason}.
 */
public enum ReturnValuesOnConditionCheckFailure {
    NONE,
    ALL_OLD
}
