package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.util.Optional;

/**
 * A write's condition was false ({@code The conditional request failed}); nothing changed. A
 * failed conditional write still consumes capacity, which it carries, as it carries the item the
 * condition saw (what DynamoDB returns with ReturnValuesOnConditionCheckFailure=ALL_OLD).
 */
public final class ConditionalCheckFailedException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final transient ConsumedCapacity consumedCapacity;
    private final transient Item item;

    /** A failed condition that consumed this capacity, evaluated against {@code item}. */
    public ConditionalCheckFailedException(ConsumedCapacity consumedCapacity, Item item) {
        super(ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
        this.consumedCapacity = consumedCapacity;
        this.item = item;
    }

    /** The write capacity the failed write consumed. */
    public ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    /** The item the condition was evaluated against; empty when there was none. */
    public Optional<Item> item() {
        return Optional.ofNullable(item);
    }
}
