package io.partidb.engine.storage;

import io.partidb.engine.value.AttributeValue;

/**
 * The stable hash of a partition key value that places its item collection in a hash partition.
 * It depends only on the value (strings by {@link String#hashCode}, which the language defines;
 * numbers by their canonical {@link java.math.BigDecimal}; binaries by content), scrambled with
 * MurmurHash3's finaliser so that similar keys such as {@code user1} and {@code user2} land far
 * apart and every bit range of the result is evenly filled.
 */
public final class KeyHash {
    private KeyHash() {
    }

    /** The hash of a key value (S, N or B); treat it as an unsigned 32-bit number. */
    public static int of(AttributeValue value) {
        int h;
        if (value instanceof AttributeValue.S s) {
            h = s.value().hashCode();
        } else if (value instanceof AttributeValue.N n) {
            h = n.value().hashCode();
        } else if (value instanceof AttributeValue.B b) {
            h = b.value().hashCode();
        } else {
            throw new IllegalArgumentException("Not a key value (S, N or B): " + value);
        }
        return mix(h);
    }

    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
