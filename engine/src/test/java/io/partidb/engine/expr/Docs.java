package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.Bytes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terse builders of values, items, paths and operands for expression tests. */
public final class Docs {
    private Docs() {
    }

    /**
     * A value from a Java object: String (S), Integer or Long (N), BigDecimal (N), Boolean
     * (BOOL), byte[] (B), List (L), Map (M), or an AttributeValue as it is.
     */
    public static AttributeValue v(Object o) {
        if (o instanceof AttributeValue value) {
            return value;
        } else if (o instanceof String s) {
            return AttributeValue.ofString(s);
        } else if (o instanceof Integer || o instanceof Long) {
            return AttributeValue.ofNumber(((Number) o).longValue());
        } else if (o instanceof BigDecimal d) {
            return AttributeValue.ofNumber(d);
        } else if (o instanceof Boolean b) {
            return AttributeValue.ofBoolean(b);
        } else if (o instanceof byte[] bytes) {
            return AttributeValue.ofBinary(bytes);
        } else if (o instanceof List<?> list) {
            List<AttributeValue> values = new ArrayList<>();
            for (Object element : list) {
                values.add(v(element));
            }
            return AttributeValue.ofList(values);
        } else if (o instanceof Map<?, ?> map) {
            Map<String, AttributeValue> values = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                values.put((String) e.getKey(), v(e.getValue()));
            }
            return AttributeValue.ofMap(values);
        }
        throw new IllegalArgumentException("Unsupported test value " + o);
    }

    /** An item from alternating names and values (see {@link #v}). */
    public static Item item(Object... namesAndValues) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], v(namesAndValues[i + 1]));
        }
        return Item.of(attributes);
    }

    /** A map value from alternating keys and values. */
    public static AttributeValue m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return v(map);
    }

    /** A list value. */
    public static AttributeValue l(Object... elements) {
        return v(List.of(elements));
    }

    /** A string set. */
    public static AttributeValue ss(String... members) {
        return AttributeValue.ofStringSet(List.of(members));
    }

    /** A number set. */
    public static AttributeValue ns(long... members) {
        List<BigDecimal> values = new ArrayList<>();
        for (long member : members) {
            values.add(BigDecimal.valueOf(member));
        }
        return AttributeValue.ofNumberSet(values);
    }

    /** A binary set. */
    public static AttributeValue bs(byte[]... members) {
        List<Bytes> values = new ArrayList<>();
        for (byte[] member : members) {
            values.add(Bytes.of(member));
        }
        return AttributeValue.ofBinarySet(values);
    }

    /** The NULL value. */
    public static AttributeValue nul() {
        return AttributeValue.nul();
    }

    /** A top-level path. */
    public static DocumentPath p(String attribute) {
        return DocumentPath.of(attribute);
    }

    /** An operand reading a top-level attribute. */
    public static Operand a(String attribute) {
        return Operand.attribute(attribute);
    }

    /** An operand reading a document path. */
    public static Operand at(DocumentPath path) {
        return Operand.path(path);
    }

    /** A constant operand. */
    public static Operand c(Object value) {
        return Operand.value(v(value));
    }
}
