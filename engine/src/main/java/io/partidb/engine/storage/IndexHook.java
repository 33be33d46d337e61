package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.value.AttributeValue;

/**
 * What a table's secondary indexes need from every write, called by {@link TableStore} while it
 * holds the item's partition lock. {@link #admit} comes after the mutation has computed the new
 * item and before anything changes, so throwing rejects the write with nothing changed;
 * {@link #committed} comes after the change is visible and logged, so local indexes change in the
 * same critical section as the table. A table without indexes has no hook and pays nothing.
 */
public interface IndexHook {

    /**
     * Checks a change before it is made: {@code before} and {@code after} are the item before
     * and after the write (either may be null, never both, and they differ). Throws to reject.
     */
    void admit(AttributeValue partitionKey, Item before, Item after);

    /** Applies a change that is now visible and logged. Must not throw. */
    void committed(Key key, Item before, Item after);
}
