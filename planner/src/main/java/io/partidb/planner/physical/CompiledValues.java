package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds compiled values from their parts: constants, parameters, DynamoDB's NULL, MISSING, and
 * lists, sets and maps of other compiled values. Both {@link ExpressionCompiler} (values given
 * as Calcite row expressions) and the planner's AST compiler for INSERT values use it. It refers
 * to no Calcite class, so that building a value never loads Calcite.
 */
public final class CompiledValues {

    private CompiledValues() {
    }

    /** A constant value. */
    public static CompiledExpression constant(AttributeValue value) {
        return CompiledExpression.of(params -> value, value.toString());
    }

    /** The value bound to parameter {@code index} (0-based). */
    public static CompiledExpression parameter(int index) {
        return CompiledExpression.of(params -> params[index], "?" + index);
    }

    /** DynamoDB's stored NULL ({@code NULL} in PartiQL). */
    public static CompiledExpression storedNull() {
        AttributeValue nul = AttributeValue.nul();
        return CompiledExpression.of(params -> nul, "NULL");
    }

    /** MISSING: no value at all. */
    public static CompiledExpression missing() {
        return CompiledExpression.of(params -> null, "MISSING");
    }

    /** {@code [e, ...]}: a list of the elements' values, none of which may be MISSING. */
    public static CompiledExpression listOf(List<CompiledExpression> elements) {
        return sequence(elements, false);
    }

    /**
     * {@code <<e, ...>>}: a string, number or binary set of the members' values.
     *
     * @throws EngineException when there are no members: DynamoDB has no empty sets
     */
    public static CompiledExpression setOf(List<CompiledExpression> members) {
        if (members.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION, "Empty bags are not supported");
        }
        return sequence(members, true);
    }

    private static CompiledExpression sequence(List<CompiledExpression> args, boolean set) {
        ValueExpr[] elements = values(args);
        return CompiledExpression.of(params -> {
            List<AttributeValue> out = new ArrayList<>(elements.length);
            for (ValueExpr element : elements) {
                out.add(present(element.eval(params), set ? "set member" : "list element"));
            }
            return set ? set(out) : AttributeValue.ofList(out);
        }, set ? "<<" + join(args) + ">>" : "[" + join(args) + "]");
    }

    /**
     * {@code {'k': v, ...}}: a map of the keys to the values; a MISSING value leaves its key
     * out, and a key given twice is an error when the map is built.
     */
    public static CompiledExpression mapOf(List<String> keyList,
            List<CompiledExpression> valueList) {
        int size = keyList.size();
        String[] keys = keyList.toArray(new String[0]);
        ValueExpr[] values = values(valueList);
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append('\'').append(keys[i].replace("'", "''")).append("': ")
                    .append(valueList.get(i));
        }
        text.append('}');
        return CompiledExpression.ofMap(params -> {
            Map<String, AttributeValue> out = new LinkedHashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                AttributeValue value = values[i].eval(params);
                if (value != null && out.put(keys[i], value) != null) {
                    throw new EngineException(ErrorCode.VALIDATION,
                            "Duplicate attribute name in a map: " + keys[i]);
                }
            }
            return AttributeValue.ofMap(out);
        }, text.toString(), distinct(keys) ? params -> item(keys, values, params) : null);
    }

    private static boolean distinct(String[] keys) {
        return new HashSet<>(Arrays.asList(keys)).size() == keys.length;
    }

    // The item a map with distinct names describes, built without the map: INSERT's path. The
    // names array is shared by every item the statement writes; it is never modified.
    private static Item item(String[] keys, ValueExpr[] values, AttributeValue[] params) {
        AttributeValue[] out = new AttributeValue[keys.length];
        int present = 0;
        for (int i = 0; i < keys.length; i++) {
            AttributeValue value = values[i].eval(params);
            out[i] = value;
            if (value != null) {
                present++;
            }
        }
        if (present == keys.length) {
            return Item.ofArrays(keys, out);
        }
        String[] presentKeys = new String[present];
        AttributeValue[] presentValues = new AttributeValue[present];
        for (int i = 0, j = 0; i < keys.length; i++) {
            if (out[i] != null) {
                presentKeys[j] = keys[i];
                presentValues[j++] = out[i];
            }
        }
        return Item.ofArrays(presentKeys, presentValues);
    }

    /** A set from {@code <<...>>} members: all strings, all numbers or all binaries. */
    private static AttributeValue set(List<AttributeValue> members) {
        AttributeType type = members.get(0).type();
        for (AttributeValue member : members) {
            if (member.type() != type) {
                throw new EngineException(ErrorCode.VALIDATION,
                        "A set must contain members of one type: strings, numbers or binaries");
            }
        }
        switch (type) {
            case S:
                return AttributeValue.ofStringSet(
                        members.stream().map(m -> ((AttributeValue.S) m).value()).toList());
            case N:
                return AttributeValue.ofNumberSet(
                        members.stream().map(m -> ((AttributeValue.N) m).value()).toList());
            case B:
                return AttributeValue.ofBinarySet(
                        members.stream().map(m -> ((AttributeValue.B) m).value()).toList());
            default:
                throw new EngineException(ErrorCode.VALIDATION,
                        "Unsupported data type in a set: " + type);
        }
    }

    private static AttributeValue present(AttributeValue value, String what) {
        if (value == null) {
            throw new EngineException(ErrorCode.VALIDATION, "A " + what + " cannot be MISSING");
        }
        return value;
    }

    private static ValueExpr[] values(List<CompiledExpression> args) {
        ValueExpr[] out = new ValueExpr[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = args.get(i).valueExpr();
        }
        return out;
    }

    private static String join(List<CompiledExpression> args) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(args.get(i));
        }
        return out.toString();
    }

}
