package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of PutItem, UpdateItem or DeleteItem: the attributes the request's
 * {@link ReturnValues} asked for (empty when NONE, or when there is nothing to return, as
 * DynamoDB then omits {@code Attributes}) and the write capacity consumed.
 */
public record WriteResult(Optional<Item> attributes, ConsumedCapacity consumedCapacity) {
    /** Requires both parts. */
    public WriteResult {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(consumedCapacity, "consumedCapacity");
    }
}
