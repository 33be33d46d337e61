package io.partidb.engine.read;

import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.Bytes;

/**
 * The exclusive upper end of the values that start with a prefix, in DynamoDB's key order. Both
 * string order (UTF-8 bytes, which is code point order) and binary order (unsigned bytes) are
 * lexicographic, so the values with a prefix are exactly those from the prefix up to the prefix
 * with its last non-maximal unit incremented and everything after that unit dropped.
 */
final class PrefixBound {
    // Strings compare char by char after this remapping (see AttributeValues.compareUtf8):
    // U+0000..U+D7FF stay, U+E000..U+FFFF move down by 0x800, surrogates move to the top.
    private static final int MAX_RANK = 0xFFFF;

    private PrefixBound() {
    }

    /** The smallest value above every value starting with {@code prefix}; null when none. */
    static AttributeValue after(AttributeValue prefix) {
        if (prefix instanceof AttributeValue.S s) {
            String end = after(s.value());
            return end == null ? null : AttributeValue.ofString(end);
        }
        if (prefix instanceof AttributeValue.B b) {
            byte[] end = after(b.value());
            return end == null ? null : AttributeValue.ofBinary(end);
        }
        throw new IllegalArgumentException("begins_with needs an S or B operand: " + prefix);
    }

    private static String after(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            int rank = rank(prefix.charAt(i));
            if (rank != MAX_RANK) {
                // May end in a lone surrogate: harmless, the value only ever serves as a bound.
                return prefix.substring(0, i) + unrank(rank + 1);
            }
        }
        return null;
    }

    private static byte[] after(Bytes prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            if (prefix.byteAt(i) != (byte) 0xFF) {
                byte[] end = new byte[i + 1];
                for (int j = 0; j < i; j++) {
                    end[j] = prefix.byteAt(j);
                }
                end[i] = (byte) (prefix.byteAt(i) + 1);
                return end;
            }
        }
        return null;
    }

    private static int rank(char c) {
        if (c >= Character.MIN_SURROGATE) {
            return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
        }
        return c;
    }

    private static char unrank(int rank) {
        if (rank < Character.MIN_SURROGATE) {
            return (char) rank;
        }
        return (char) (rank < 0xF800 ? rank + 0x800 : rank - 0x2000);
    }
}
