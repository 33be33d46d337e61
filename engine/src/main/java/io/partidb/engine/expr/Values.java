package io.partidb.engine.expr;

import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import io.partidb.engine.value.Bytes;

/**
 * DynamoDB's comparison rules for condition operands. A missing operand (null) makes every test
 * false; values of different types are never equal or ordered, and only S, N and B order.
 */
final class Values {
    private Values() {
    }

    /** Whether a value of this type can be ordered: S, N and B only. */
    static boolean isOrderable(AttributeType type) {
        return type == AttributeType.S || type == AttributeType.N || type == AttributeType.B;
    }

    /** Both present and equal: numbers by value, sets and maps regardless of order. */
    static boolean equal(AttributeValue a, AttributeValue b) {
        return a != null && a.equals(b);
    }

    /**
     * The order of two values when both are present, of the same orderable type; otherwise null,
     * which makes any ordering test false. Strings compare by UTF-8 bytes, binaries unsigned.
     */
    static Integer order(AttributeValue a, AttributeValue b) {
        if (a == null || b == null || a.type() != b.type() || !isOrderable(a.type())) {
            return null;
        }
        return AttributeValues.KEY_ORDER.compare(a, b);
    }

    /** {@code begins_with}: a string prefix of a string, or a byte prefix of a binary. */
    static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
        if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            return startsWith(b.value(), p.value());
        }
        return false;
    }

    /**
     * {@code contains}: a substring of a string, a byte sequence inside a binary, a member of a
     * set of the operand's type, or an element (of any type) of a list.
     */
    static boolean contains(AttributeValue container, AttributeValue operand) {
        if (container == null || operand == null) {
            return false;
        }
        if (container instanceof AttributeValue.S s) {
            return operand instanceof AttributeValue.S sub && s.value().contains(sub.value());
        } else if (container instanceof AttributeValue.B b) {
            return operand instanceof AttributeValue.B sub && indexOf(b.value(), sub.value()) >= 0;
        } else if (container instanceof AttributeValue.SS set) {
            return operand instanceof AttributeValue.S member
                    && set.values().contains(member.value());
        } else if (container instanceof AttributeValue.NS set) {
            return operand instanceof AttributeValue.N member
                    && set.values().contains(member.value());
        } else if (container instanceof AttributeValue.BS set) {
            return operand instanceof AttributeValue.B member
                    && set.values().contains(member.value());
        } else if (container instanceof AttributeValue.L list) {
            return list.values().contains(operand);
        }
        return false;
    }

    /**
     * {@code size}: characters of a string counted as UTF-16 code units (so a character outside
     * the Basic Multilingual Plane counts 2, as on DynamoDB), bytes of a binary, members of a
     * set, elements of a list or map; -1 for N, BOOL and NULL, which have no size.
     */
    static int size(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value().length();
        } else if (value instanceof AttributeValue.B b) {
            return b.value().length();
        } else if (value instanceof AttributeValue.SS set) {
            return set.values().size();
        } else if (value instanceof AttributeValue.NS set) {
            return set.values().size();
        } else if (value instanceof AttributeValue.BS set) {
            return set.values().size();
        } else if (value instanceof AttributeValue.L list) {
            return list.values().size();
        } else if (value instanceof AttributeValue.M map) {
            return map.values().size();
        }
        return -1;
    }

    private static boolean startsWith(Bytes value, Bytes prefix) {
        if (prefix.length() > value.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (value.byteAt(i) != prefix.byteAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(Bytes value, Bytes part) {
        int last = value.length() - part.length();
        for (int start = 0; start <= last; start++) {
            boolean match = true;
            for (int i = 0; i < part.length() && match; i++) {
                match = value.byteAt(start + i) == part.byteAt(i);
            }
            if (match) {
                return start;
            }
        }
        return -1;
    }
}
