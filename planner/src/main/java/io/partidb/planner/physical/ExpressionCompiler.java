package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.convert.PartiQLOperators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlOperator;

/**
 * Compiles the values a statement writes or compares against (literals, parameters, and lists,
 * maps and sets built from them) into small closures over the bound parameters. Conditions are
 * the engine's (see {@code ConditionTranslator}); paths are never values here. Constants are
 * built once; no Calcite object is reachable from the result.
 */
public final class ExpressionCompiler {

    /** Compiles one value expression. */
    public CompiledExpression compile(RexNode node) {
        if (node instanceof RexLiteral literal) {
            AttributeValue constant = literal(literal);
            return CompiledExpression.of(params -> constant, constant.toString());
        }
        if (node instanceof RexDynamicParam param) {
            int index = param.getIndex();
            return CompiledExpression.of(params -> params[index], "?" + index);
        }
        if (node instanceof RexCall call) {
            return call(call);
        }
        throw notAValue();
    }

    /** Evaluates a constant literal to its DynamoDB value. */
    public static AttributeValue literal(RexLiteral literal) {
        switch (literal.getType().getSqlTypeName()) {
            case CHAR:
            case VARCHAR:
                return AttributeValue.ofString(literal.getValueAs(String.class));
            case DECIMAL:
            case INTEGER:
            case BIGINT:
            case SMALLINT:
            case TINYINT:
            case DOUBLE:
                return AttributeValue.ofNumber(literal.getValueAs(BigDecimal.class));
            case BOOLEAN:
                return AttributeValue.ofBoolean(Boolean.TRUE.equals(
                        literal.getValueAs(Boolean.class)));
            default:
                throw new EngineException(ErrorCode.NOT_SUPPORTED,
                        "Literal not supported: " + literal);
        }
    }

    /** Evaluates a compiled value for the bound parameters. */
    public static AttributeValue evaluateConstant(CompiledExpression expression,
            AttributeValue[] params) {
        return expression.value(params);
    }

    private CompiledExpression call(RexCall call) {
        SqlOperator op = call.getOperator();
        if (op == PartiQLOperators.NULL_VALUE) {
            AttributeValue nul = AttributeValue.nul();
            return CompiledExpression.of(params -> nul, "NULL");
        }
        if (op == PartiQLOperators.MISSING) {
            return CompiledExpression.of(params -> null, "MISSING");
        }
        List<CompiledExpression> args = new ArrayList<>(call.getOperands().size());
        if (op == PartiQLOperators.LIST || op == PartiQLOperators.SET) {
            for (RexNode operand : call.getOperands()) {
                args.add(compile(operand));
            }
            boolean set = op == PartiQLOperators.SET;
            if (set && args.isEmpty()) {
                throw new EngineException(ErrorCode.VALIDATION, "Empty bags are not supported");
            }
            ValueExpr[] elements = values(args);
            return CompiledExpression.of(params -> {
                List<AttributeValue> out = new ArrayList<>(elements.length);
                for (ValueExpr element : elements) {
                    out.add(present(element.eval(params), set ? "set member" : "list element"));
                }
                return set ? set(out) : AttributeValue.ofList(out);
            }, set ? "<<" + join(args) + ">>" : "[" + join(args) + "]");
        }
        if (op == PartiQLOperators.MAP) {
            return map(call);
        }
        throw notAValue();
    }

    private CompiledExpression map(RexCall call) {
        int size = call.getOperands().size() / 2;
        String[] keys = new String[size];
        ValueExpr[] values = new ValueExpr[size];
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            keys[i] = ((RexLiteral) call.getOperands().get(2 * i)).getValueAs(String.class);
            CompiledExpression value = compile(call.getOperands().get(2 * i + 1));
            values[i] = value.valueExpr();
            if (i > 0) {
                text.append(", ");
            }
            text.append('\'').append(keys[i].replace("'", "''")).append("': ").append(value);
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

    // The names array is shared by every item the statement writes; it is never modified.
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
    static AttributeValue set(List<AttributeValue> members) {
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

    private static EngineException notAValue() {
        return new EngineException(ErrorCode.VALIDATION, "Unsupported data type: only "
                + "literals, parameters, lists, maps and sets are values here");
    }
}
