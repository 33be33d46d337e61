package io.partidb.planner.physical;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import java.util.List;

/**
 * DynamoDB's meaning of PartiQL's operators and functions on attribute values: comparisons with
 * a missing operand are false, values of different types are never equal or ordered, ordering
 * applies to S, N and B only. A null argument stands for MISSING throughout.
 */
public final class PartiQLSemantics {
    private PartiQLSemantics() {
    }

    /** {@code a = b}: same type and same value (numbers by value, sets ignoring order). */
    public static boolean equal(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.equals(b);
    }

    /** {@code a <> b}: both present and not equal. */
    public static boolean notEqual(AttributeValue a, AttributeValue b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * Compares for an ordering operator ({@code < <= > >=}). Returns null when the comparison is
     * false by DynamoDB's rules (missing operand, different types); throws for operand types
     * that cannot be ordered.
     */
    public static Integer order(String operator, AttributeValue a, AttributeValue b) {
        checkOrderable(operator, a);
        checkOrderable(operator, b);
        if (a == null || b == null || a.type() != b.type()) {
            return null;
        }
        return AttributeValues.KEY_ORDER.compare(a, b);
    }

    private static void checkOrderable(String operator, AttributeValue value) {
        if (value != null && value.type() != AttributeType.S && value.type() != AttributeType.N
                && value.type() != AttributeType.B) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Incorrect operand type for operator or function; operator or function: "
                            + operator + ", operand type: " + value.type());
        }
    }

    /** {@code begins_with(a, prefix)} for strings and binaries. */
    public static boolean beginsWith(AttributeValue a, AttributeValue prefix) {
        if (a instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        if (a instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            byte[] value = b.value().toArray();
            byte[] start = p.value().toArray();
            if (start.length > value.length) {
                return false;
            }
            for (int i = 0; i < start.length; i++) {
                if (value[i] != start[i]) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** {@code contains(a, operand)}: substring, set member or list element. */
    public static boolean contains(AttributeValue a, AttributeValue operand) {
        if (a == null || operand == null) {
            return false;
        }
        if (a instanceof AttributeValue.S s && operand instanceof AttributeValue.S o) {
            return s.value().contains(o.value());
        }
        if (a instanceof AttributeValue.SS ss && operand instanceof AttributeValue.S o) {
            return ss.values().contains(o.value());
        }
        if (a instanceof AttributeValue.NS ns && operand instanceof AttributeValue.N o) {
            return ns.values().contains(o.value());
        }
        if (a instanceof AttributeValue.BS bs && operand instanceof AttributeValue.B o) {
            return bs.values().contains(o.value());
        }
        if (a instanceof AttributeValue.L l) {
            return l.values().contains(operand);
        }
        return false;
    }

    /** {@code size(a)}: characters of a string, bytes of a binary, members or children. */
    public static AttributeValue size(AttributeValue a) {
        if (a == null) {
            return null;
        }
        long size;
        if (a instanceof AttributeValue.S s) {
            size = s.value().codePointCount(0, s.value().length());
        } else if (a instanceof AttributeValue.B b) {
            size = b.value().length();
        } else if (a instanceof AttributeValue.L l) {
            size = l.values().size();
        } else if (a instanceof AttributeValue.M m) {
            size = m.values().size();
        } else if (a instanceof AttributeValue.SS ss) {
            size = ss.values().size();
        } else if (a instanceof AttributeValue.NS ns) {
            size = ns.values().size();
        } else if (a instanceof AttributeValue.BS bs) {
            size = bs.values().size();
        } else {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Incorrect operand type for operator or function; operator or function: size,"
                            + " operand type: " + a.type());
        }
        return AttributeValue.ofNumber(size);
    }

    /** {@code attribute_type(a, 'T')}. */
    public static boolean hasType(AttributeValue a, String type) {
        return a != null && a.type().name().equals(type);
    }

    /** Checks a type name given to {@code attribute_type}. */
    public static String checkTypeName(String type) {
        try {
            AttributeType.valueOf(type);
            return type;
        } catch (IllegalArgumentException e) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Invalid attribute type name found; type: " + type
                            + ", valid types: { S,SS,N,NS,B,BS,BOOL,NULL,L,M }");
        }
    }

    /** {@code a + b} and {@code a - b} on numbers, exact, within DynamoDB's range. */
    public static AttributeValue arithmetic(String operator, AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
            return AttributeValue.ofNumber("+".equals(operator)
                    ? x.value().add(y.value()) : x.value().subtract(y.value()));
        }
        if (a == null || b == null) {
            return null;
        }
        AttributeType bad = a instanceof AttributeValue.N ? b.type() : a.type();
        throw new EngineException(ErrorCode.VALIDATION,
                "Incorrect operand type for operator or function; operator or function: "
                        + operator + ", operand type: " + bad);
    }

    /** Builds a set from {@code <<...>>} members: all strings, all numbers or all binaries. */
    public static AttributeValue set(List<AttributeValue> members) {
        if (members.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION, "Empty bags are not supported");
        }
        AttributeType type = members.get(0).type();
        for (AttributeValue member : members) {
            if (member.type() != type) {
                throw new EngineException(ErrorCode.VALIDATION,
                        "A set must contain members of one type: strings, numbers or binaries");
            }
        }
        return switch (type) {
            case S -> AttributeValue.ofStringSet(
                    members.stream().map(m -> ((AttributeValue.S) m).value()).toList());
            case N -> AttributeValue.ofNumberSet(
                    members.stream().map(m -> ((AttributeValue.N) m).value()).toList());
            case B -> AttributeValue.ofBinarySet(
                    members.stream().map(m -> ((AttributeValue.B) m).value()).toList());
            default -> throw new EngineException(ErrorCode.VALIDATION,
                    "Unsupported data type in a set: " + type);
        };
    }
}
