package io.partidb.engine.storage;

import io.partidb.engine.Item;

/**
 * A change to one item, applied atomically under the item's partition lock: given the current
 * item (null when absent) it returns the new item, null to delete it, or the current item itself
 * to leave everything unchanged. It may throw to abort without changing anything; it runs under
 * a lock, so it must be short and must not touch other items.
 */
@FunctionalInterface
public interface ItemMutation {
    /** The item to store in place of {@code current}. */
    Item apply(Item current);
}
