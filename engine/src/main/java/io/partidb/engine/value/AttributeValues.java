package io.partidb.engine.value;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * Static rules over values that DynamoDB defines: the order of key values, the byte size of an
 * attribute as DynamoDB charges and limits it, and the canonical text of numbers.
 */
public final class AttributeValues {

    /**
     * DynamoDB's order of key values: strings by their UTF-8 bytes (which is code point order, not
     * Java's UTF-16 order), numbers numerically, binaries by unsigned bytes. Meant for values of
     * one key type; values of different types order by {@link AttributeType} so that the order is
     * total. Only S, N and B are key types; other values are rejected.
     */
    public static final Comparator<AttributeValue> KEY_ORDER = AttributeValues::compareKeys;

    private AttributeValues() {
    }

    /**
     * Compares two strings by their UTF-8 encodings without encoding them. UTF-8 byte order is code
     * point order; it differs from {@link String#compareTo} only where a supplementary character
     * (a surrogate pair, U+10000 and up) meets a character in U+E000..U+FFFF.
     */
    public static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointOrder(x) - codePointOrder(y);
            }
        }
        return a.length() - b.length();
    }

    // Moves surrogates (which stand for code points above U+FFFF) after U+E000..U+FFFF. At the
    // first differing char both strings agree on everything before it, so comparing remapped
    // chars there is comparing code points. Lone surrogates, which UTF-8 cannot encode, sort
    // by the same rule so that the order stays total.
    private static int codePointOrder(char c) {
        if (c >= Character.MIN_SURROGATE) {
            return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
        }
        return c;
    }

    /**
     * The size a key value limit counts (UTF-8 bytes of an S, bytes of a B) when it exceeds
     * {@code maxBytes}, otherwise 0. An N is always within a key limit (at most 38 digits, about
     * 21 bytes), and a string too short to exceed the limit is not measured.
     */
    public static int keyBytesBeyond(AttributeValue value, int maxBytes) {
        int bytes;
        if (value instanceof AttributeValue.S s) {
            String text = s.value();
            // At most three UTF-8 bytes per char: short strings cannot be too long.
            bytes = text.length() * 3 <= maxBytes ? 0 : utf8Length(text);
        } else if (value instanceof AttributeValue.B b) {
            bytes = b.value().length();
        } else {
            return 0;
        }
        return bytes > maxBytes ? bytes : 0;
    }

    /** The number of bytes of {@code text} in UTF-8; a lone surrogate counts as 3. */
    public static int utf8Length(String text) {
        int n = text.length();
        // Most text is ASCII: a tight first loop, one comparison per char, finds that out fast.
        int ascii = 0;
        while (ascii < n && text.charAt(ascii) < 0x80) {
            ascii++;
        }
        int bytes = n;
        for (int i = ascii; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 2; // four bytes for the two chars of the pair
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /**
     * The size DynamoDB counts for an attribute: the UTF-8 length of its name plus the size of its
     * value (see {@link #valueSize}). An item's size is the sum over its attributes.
     */
    public static int sizeInBytes(String name, AttributeValue value) {
        return utf8Length(name) + valueSize(value);
    }

    /**
     * The size DynamoDB counts for a value: S is its UTF-8 length; B its raw length; N one byte
     * plus a byte per two significant digits on each side of the decimal point plus one if
     * negative; BOOL and NULL one byte; L and M three bytes plus one byte per element plus the
     * elements (map entries with their key names); sets the sum of their members.
     */
    public static int valueSize(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return utf8Length(s.value());
        } else if (value instanceof AttributeValue.N n) {
            return Numbers.size(n.value());
        } else if (value instanceof AttributeValue.B b) {
            return b.value().length();
        } else if (value instanceof AttributeValue.Bool || value instanceof AttributeValue.Null) {
            return 1;
        } else if (value instanceof AttributeValue.L list) {
            int size = 3 + list.values().size();
            for (AttributeValue element : list.values()) {
                size += valueSize(element);
            }
            return size;
        } else if (value instanceof AttributeValue.M map) {
            int size = 3 + map.values().size();
            for (Map.Entry<String, AttributeValue> e : map.values().entrySet()) {
                size += utf8Length(e.getKey()) + valueSize(e.getValue());
            }
            return size;
        } else if (value instanceof AttributeValue.SS set) {
            int size = 0;
            for (String member : set.values()) {
                size += utf8Length(member);
            }
            return size;
        } else if (value instanceof AttributeValue.NS set) {
            int size = 0;
            for (BigDecimal member : set.values()) {
                size += Numbers.size(member);
            }
            return size;
        } else {
            int size = 0;
            for (Bytes member : ((AttributeValue.BS) value).values()) {
                size += member.length();
            }
            return size;
        }
    }

    /** A number's text as DynamoDB returns it: plain decimal, no exponent, no trailing zeros. */
    public static String canonicalNumber(BigDecimal value) {
        return Numbers.plain(Numbers.canonical(Objects.requireNonNull(value, "value")));
    }

    /** How many levels {@code value} nests: 1 for scalars and sets, one more per list or map. */
    public static int depth(AttributeValue value) {
        return Literals.depth(value);
    }

    private static int compareKeys(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
            return compareUtf8(x.value(), y.value());
        } else if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
            return x.value().compareTo(y.value());
        } else if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
            return x.value().compareTo(y.value());
        }
        requireKeyType(a);
        requireKeyType(b);
        return a.type().compareTo(b.type());
    }

    private static void requireKeyType(AttributeValue value) {
        AttributeType type = value.type();
        if (type != AttributeType.S && type != AttributeType.N && type != AttributeType.B) {
            throw new IllegalArgumentException("Not a key value (S, N or B): " + value);
        }
    }
}
