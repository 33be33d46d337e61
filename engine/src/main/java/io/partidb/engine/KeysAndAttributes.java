package io.partidb.engine;

import java.util.List;

/**
 * The keys to read from one table in a BatchGetItem, and whether the reads are strongly
 * consistent; also the shape of the keys a batch left unprocessed, so that they can be sent again
 * as they are.
 */
public record KeysAndAttributes(List<Key> keys, boolean consistentRead) {

    /** Copies the key list; keys must not be null. */
    public KeysAndAttributes {
        keys = List.copyOf(keys);
    }

    /** Eventually consistent reads of {@code keys}. */
    public static KeysAndAttributes of(List<Key> keys) {
        return new KeysAndAttributes(keys, false);
    }

    /** Strongly consistent reads of {@code keys}. */
    public static KeysAndAttributes consistent(List<Key> keys) {
        return new KeysAndAttributes(keys, true);
    }
}
