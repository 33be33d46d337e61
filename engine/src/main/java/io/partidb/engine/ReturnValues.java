package io.partidb.engine;

/**
 * What a write returns (DynamoDB's {@code ReturnValues}): nothing, the whole item before or
 * after, or only the attributes the update wrote, before or after. PutItem and DeleteItem accept
 * NONE and ALL_OLD only.
 */
public enum ReturnValues {
    NONE,
    ALL_OLD,
    UPDATED_OLD,
    ALL_NEW,
    UPDATED_NEW
}
