package io.partidb.engine.value;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/** Renders values as PartiQL-style literals and enforces the nesting limit of documents. */
final class Literals {
    static final String NESTING_TOO_DEEP = "Nesting Levels have exceeded supported limits: "
            + "Attributes in the item have nested levels beyond supported limit";

    private Literals() {
    }

    /** Fails when a document holding {@code elements} would be deeper than 32 levels. */
    static void checkDepth(Collection<AttributeValue> elements) {
        int deepest = 0;
        for (AttributeValue element : elements) {
            deepest = Math.max(deepest, depth(element));
        }
        if (deepest + 1 > AttributeValue.MAX_NESTING_DEPTH) {
            throw new EngineException(ErrorCode.VALIDATION, NESTING_TOO_DEEP);
        }
    }

    /** Levels of {@code value}: 1 for a scalar or set, 1 + the deepest element for L and M. */
    static int depth(AttributeValue value) {
        Collection<AttributeValue> elements;
        if (value instanceof AttributeValue.L list) {
            elements = list.values();
        } else if (value instanceof AttributeValue.M map) {
            elements = map.values().values();
        } else {
            return 1;
        }
        int deepest = 0;
        for (AttributeValue element : elements) {
            deepest = Math.max(deepest, depth(element));
        }
        return deepest + 1;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String binary(Bytes bytes) {
        return "X'" + bytes.toHex() + "'";
    }

    static String list(Collection<AttributeValue> values) {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (AttributeValue value : values) {
            out.add(value.toString());
        }
        return out.toString();
    }

    static String map(Map<String, AttributeValue> values) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
            out.add(quote(e.getKey()) + ": " + e.getValue());
        }
        return out.toString();
    }

    static <T> String set(Collection<T> members, Function<T, String> render) {
        StringJoiner out = new StringJoiner(", ", "<<", ">>");
        for (T member : members) {
            out.add(render.apply(member));
        }
        return out.toString();
    }
}
