package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of GetItem: the item, projected when the request asked for it (possibly without
 * attributes when none of the projected paths exists), or empty when no item has the key; and
 * the read capacity consumed.
 */
public record GetItemResult(Optional<Item> item, ConsumedCapacity consumedCapacity) {
    /** Requires both parts. */
    public GetItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(consumedCapacity, "consumedCapacity");
    }
}
