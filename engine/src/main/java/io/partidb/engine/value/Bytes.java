package io.partidb.engine.value;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * An immutable byte string, the content of a binary ({@code B}) value. Equality is by content and
 * the natural order compares unsigned bytes, which is DynamoDB's order for binary keys.
 */
public final class Bytes implements Comparable<Bytes> {
    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;
    // Cached because binary partition keys are hashed on every lookup.
    private final int hash;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** A copy of the given bytes; later changes to the array do not affect the result. */
    public static Bytes of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** Takes ownership of a freshly made array that no one else holds, saving a copy. */
    static Bytes owning(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes);
    }

    /** A copy of the content. */
    public byte[] toArray() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** The byte at {@code index}. */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** The content in standard Base64, as DynamoDB JSON carries it. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The content as upper-case hexadecimal digits, two per byte. */
    public String toHex() {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xF, 16));
            out[2 * i + 1] = Character.toUpperCase(Character.forDigit(bytes[i] & 0xF, 16));
        }
        return new String(out);
    }

    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o == this
                || o instanceof Bytes other && hash == other.hash
                        && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The Base64 form, which is how DynamoDB shows binary values in its messages. */
    @Override
    public String toString() {
        return toBase64();
    }
}
