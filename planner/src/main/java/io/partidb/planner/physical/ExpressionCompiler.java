package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.convert.PartiQLOperators;
import io.partidb.planner.convert.TableColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;

/**
 * Compiles Calcite row expressions over a table's row type into small closures over engine
 * items ({@link CompiledExpression}). Constants are evaluated once here; no Calcite object is
 * reachable from the result.
 */
public final class ExpressionCompiler {
    private final TableColumns columns;

    public ExpressionCompiler(TableColumns columns) {
        this.columns = columns;
    }

    /** Compiles one expression. */
    public CompiledExpression compile(RexNode node) {
        if (node instanceof RexLiteral literal) {
            AttributeValue constant = literal(literal);
            return CompiledExpression.ofValue((item, params) -> constant,
                    constant.toString());
        }
        if (node instanceof RexDynamicParam param) {
            int index = param.getIndex();
            return CompiledExpression.ofValue((item, params) -> params[index], "?" + index);
        }
        if (node instanceof RexInputRef ref) {
            if (ref.getIndex() >= columns.columns().size()) {
                throw new IllegalStateException("the item field is only reachable through ATTR");
            }
            String name = columns.columns().get(ref.getIndex()).name();
            return CompiledExpression.ofValue((item, params) -> item.get(name),
                    PartiQLText.name(name));
        }
        if (node instanceof RexCall call) {
            return call(call);
        }
        throw new EngineException(ErrorCode.NOT_SUPPORTED,
                "Expression not supported: " + node);
    }

    /** Evaluates a constant literal to its DynamoDB value. */
    public static AttributeValue literal(RexLiteral literal) {
        return switch (literal.getType().getSqlTypeName()) {
            case CHAR, VARCHAR -> AttributeValue.ofString(literal.getValueAs(String.class));
            case DECIMAL, INTEGER, BIGINT, SMALLINT, TINYINT, DOUBLE ->
                    AttributeValue.ofNumber(literal.getValueAs(BigDecimal.class));
            case BOOLEAN -> AttributeValue.ofBoolean(Boolean.TRUE.equals(
                    literal.getValueAs(Boolean.class)));
            default -> throw new EngineException(ErrorCode.NOT_SUPPORTED,
                    "Literal not supported: " + literal);
        };
    }

    private CompiledExpression call(RexCall call) {
        SqlOperator op = call.getOperator();
        List<CompiledExpression> args = new ArrayList<>(call.getOperands().size());
        if (op != PartiQLOperators.ATTR) {
            for (RexNode operand : call.getOperands()) {
                args.add(compile(operand));
            }
        }
        SqlKind kind = op.getKind();
        switch (kind) {
            case AND:
                return and(args);
            case OR:
                return or(args);
            case NOT: {
                Condition inner = args.get(0).condition();
                return CompiledExpression.ofCondition((item, params) -> !inner.test(item, params),
                        "NOT (" + args.get(0) + ")");
            }
            case EQUALS:
                return comparison(args, "=", (a, b) -> PartiQLSemantics.equal(a, b));
            case NOT_EQUALS:
                return comparison(args, "<>", (a, b) -> PartiQLSemantics.notEqual(a, b));
            case LESS_THAN:
                return ordering(args, "<", c -> c < 0);
            case LESS_THAN_OR_EQUAL:
                return ordering(args, "<=", c -> c <= 0);
            case GREATER_THAN:
                return ordering(args, ">", c -> c > 0);
            case GREATER_THAN_OR_EQUAL:
                return ordering(args, ">=", c -> c >= 0);
            default:
                return partiql(call, op, args);
        }
    }

    private CompiledExpression partiql(RexCall call, SqlOperator op,
            List<CompiledExpression> args) {
        if (op == PartiQLOperators.ATTR) {
            String name = ((RexLiteral) call.getOperands().get(1)).getValueAs(String.class);
            return CompiledExpression.ofValue((item, params) -> item.get(name),
                    PartiQLText.name(name));
        }
        if (op == PartiQLOperators.PATH) {
            return path(call, args.get(0));
        }
        if (op == PartiQLOperators.NULL_VALUE) {
            AttributeValue nul = AttributeValue.nul();
            return CompiledExpression.ofValue((item, params) -> nul, "NULL");
        }
        if (op == PartiQLOperators.MISSING) {
            return CompiledExpression.ofValue((item, params) -> null, "MISSING");
        }
        if (op == PartiQLOperators.LIST) {
            ValueExpr[] elements = values(args);
            return CompiledExpression.ofValue((item, params) -> {
                List<AttributeValue> out = new ArrayList<>(elements.length);
                for (ValueExpr element : elements) {
                    out.add(present(element.eval(item, params), "list element"));
                }
                return AttributeValue.ofList(out);
            }, "[" + join(args) + "]");
        }
        if (op == PartiQLOperators.SET) {
            ValueExpr[] elements = values(args);
            return CompiledExpression.ofValue((item, params) -> {
                List<AttributeValue> out = new ArrayList<>(elements.length);
                for (ValueExpr element : elements) {
                    out.add(present(element.eval(item, params), "set member"));
                }
                return PartiQLSemantics.set(out);
            }, "<<" + join(args) + ">>");
        }
        if (op == PartiQLOperators.MAP) {
            return map(call, args);
        }
        if (op == PartiQLOperators.ADD || op == PartiQLOperators.SUBTRACT) {
            String symbol = op == PartiQLOperators.ADD ? "+" : "-";
            ValueExpr a = args.get(0).valueExpr();
            ValueExpr b = args.get(1).valueExpr();
            return CompiledExpression.ofValue((item, params) -> PartiQLSemantics.arithmetic(
                    symbol, a.eval(item, params), b.eval(item, params)),
                    args.get(0) + " " + symbol + " " + args.get(1));
        }
        if (op == PartiQLOperators.NEGATE) {
            ValueExpr a = args.get(0).valueExpr();
            AttributeValue zero = AttributeValue.ofNumber(0);
            return CompiledExpression.ofValue((item, params) -> PartiQLSemantics.arithmetic(
                    "-", zero, a.eval(item, params)), "-" + args.get(0));
        }
        if (op == PartiQLOperators.SIZE) {
            ValueExpr a = args.get(0).valueExpr();
            return CompiledExpression.ofValue(
                    (item, params) -> PartiQLSemantics.size(a.eval(item, params)),
                    "size(" + args.get(0) + ")");
        }
        if (op == PartiQLOperators.IN) {
            ValueExpr value = args.get(0).valueExpr();
            ValueExpr[] candidates = values(args.subList(1, args.size()));
            return CompiledExpression.ofCondition((item, params) -> {
                AttributeValue v = value.eval(item, params);
                for (ValueExpr candidate : candidates) {
                    if (PartiQLSemantics.equal(v, candidate.eval(item, params))) {
                        return true;
                    }
                }
                return false;
            }, args.get(0) + " IN (" + join(args.subList(1, args.size())) + ")");
        }
        if (op == PartiQLOperators.IS_MISSING) {
            ValueExpr a = args.get(0).valueExpr();
            return CompiledExpression.ofCondition((item, params) -> a.eval(item, params) == null,
                    args.get(0) + " IS MISSING");
        }
        if (op == PartiQLOperators.IS_NULL) {
            ValueExpr a = args.get(0).valueExpr();
            return CompiledExpression.ofCondition(
                    (item, params) -> a.eval(item, params) instanceof AttributeValue.Null,
                    args.get(0) + " IS NULL");
        }
        if (op == PartiQLOperators.IS_TYPE || op == PartiQLOperators.ATTRIBUTE_TYPE) {
            ValueExpr a = args.get(0).valueExpr();
            String type = constantString(call.getOperands().get(1), "attribute_type");
            PartiQLSemantics.checkTypeName(type);
            String text = op == PartiQLOperators.IS_TYPE
                    ? args.get(0) + " IS " + type
                    : "attribute_type(" + args.get(0) + ", '" + type + "')";
            return CompiledExpression.ofCondition(
                    (item, params) -> PartiQLSemantics.hasType(a.eval(item, params), type), text);
        }
        if (op == PartiQLOperators.BEGINS_WITH) {
            ValueExpr a = args.get(0).valueExpr();
            ValueExpr b = args.get(1).valueExpr();
            return CompiledExpression.ofCondition((item, params) -> PartiQLSemantics.beginsWith(
                    a.eval(item, params), b.eval(item, params)),
                    "begins_with(" + join(args) + ")");
        }
        if (op == PartiQLOperators.CONTAINS) {
            ValueExpr a = args.get(0).valueExpr();
            ValueExpr b = args.get(1).valueExpr();
            return CompiledExpression.ofCondition((item, params) -> PartiQLSemantics.contains(
                    a.eval(item, params), b.eval(item, params)),
                    "contains(" + join(args) + ")");
        }
        if (op == PartiQLOperators.ATTRIBUTE_EXISTS) {
            ValueExpr a = args.get(0).valueExpr();
            return CompiledExpression.ofCondition((item, params) -> a.eval(item, params) != null,
                    "attribute_exists(" + args.get(0) + ")");
        }
        if (op == PartiQLOperators.ATTRIBUTE_NOT_EXISTS) {
            ValueExpr a = args.get(0).valueExpr();
            return CompiledExpression.ofCondition((item, params) -> a.eval(item, params) == null,
                    "attribute_not_exists(" + args.get(0) + ")");
        }
        throw new EngineException(ErrorCode.NOT_SUPPORTED,
                "Operator not supported: " + op.getName());
    }

    private CompiledExpression path(RexCall call, CompiledExpression base) {
        List<RexNode> operands = call.getOperands();
        Object[] steps = new Object[operands.size() - 1];
        StringBuilder text = new StringBuilder(base.toString());
        for (int i = 1; i < operands.size(); i++) {
            RexLiteral step = (RexLiteral) operands.get(i);
            if (step.getType().getSqlTypeName() == org.apache.calcite.sql.type.SqlTypeName.DECIMAL
                    || step.getType().getSqlTypeName()
                    == org.apache.calcite.sql.type.SqlTypeName.INTEGER) {
                int index = step.getValueAs(BigDecimal.class).intValueExact();
                steps[i - 1] = index;
                text.append('[').append(index).append(']');
            } else {
                String field = step.getValueAs(String.class);
                steps[i - 1] = field;
                text.append('.').append(PartiQLText.name(field));
            }
        }
        ValueExpr root = base.valueExpr();
        return CompiledExpression.ofValue((item, params) -> {
            AttributeValue current = root.eval(item, params);
            for (Object step : steps) {
                if (step instanceof String field) {
                    current = current instanceof AttributeValue.M m ? m.values().get(field) : null;
                } else {
                    int index = (Integer) step;
                    current = current instanceof AttributeValue.L l && index < l.values().size()
                            ? l.values().get(index) : null;
                }
                if (current == null) {
                    return null;
                }
            }
            return current;
        }, text.toString());
    }

    private CompiledExpression map(RexCall call, List<CompiledExpression> args) {
        int size = args.size() / 2;
        String[] keys = new String[size];
        ValueExpr[] values = new ValueExpr[size];
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            keys[i] = constantString(call.getOperands().get(2 * i), "map key");
            values[i] = args.get(2 * i + 1).valueExpr();
            if (i > 0) {
                text.append(", ");
            }
            text.append('\'').append(keys[i].replace("'", "''")).append("': ")
                    .append(args.get(2 * i + 1));
        }
        text.append('}');
        return CompiledExpression.ofValue((item, params) -> {
            Map<String, AttributeValue> out = new LinkedHashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                AttributeValue value = values[i].eval(item, params);
                if (value != null) {
                    if (out.put(keys[i], value) != null) {
                        throw new EngineException(ErrorCode.VALIDATION,
                                "Duplicate attribute name in a map: " + keys[i]);
                    }
                }
            }
            return AttributeValue.ofMap(out);
        }, text.toString());
    }

    private static String constantString(RexNode node, String what) {
        if (node instanceof RexLiteral literal && literal.getValueAs(String.class) != null) {
            return literal.getValueAs(String.class);
        }
        throw new EngineException(ErrorCode.VALIDATION, "The " + what + " must be a string literal");
    }

    private static AttributeValue present(AttributeValue value, String what) {
        if (value == null) {
            throw new EngineException(ErrorCode.VALIDATION, "A " + what + " cannot be MISSING");
        }
        return value;
    }

    private static CompiledExpression and(List<CompiledExpression> args) {
        Condition[] parts = conditions(args);
        return CompiledExpression.ofCondition((item, params) -> {
            for (Condition part : parts) {
                if (!part.test(item, params)) {
                    return false;
                }
            }
            return true;
        }, joinWith(args, " AND "));
    }

    private static CompiledExpression or(List<CompiledExpression> args) {
        Condition[] parts = conditions(args);
        return CompiledExpression.ofCondition((item, params) -> {
            for (Condition part : parts) {
                if (part.test(item, params)) {
                    return true;
                }
            }
            return false;
        }, "(" + joinWith(args, " OR ") + ")");
    }

    /** A two-operand equality-style test. */
    private interface ValueTest {
        boolean test(AttributeValue a, AttributeValue b);
    }

    /** Interprets the result of an ordering comparison. */
    private interface OrderTest {
        boolean test(int comparison);
    }

    private static CompiledExpression comparison(List<CompiledExpression> args, String symbol,
            ValueTest test) {
        ValueExpr a = args.get(0).valueExpr();
        ValueExpr b = args.get(1).valueExpr();
        return CompiledExpression.ofCondition(
                (item, params) -> test.test(a.eval(item, params), b.eval(item, params)),
                args.get(0) + " " + symbol + " " + args.get(1));
    }

    private static CompiledExpression ordering(List<CompiledExpression> args, String symbol,
            OrderTest test) {
        ValueExpr a = args.get(0).valueExpr();
        ValueExpr b = args.get(1).valueExpr();
        return CompiledExpression.ofCondition((item, params) -> {
            Integer c = PartiQLSemantics.order(symbol, a.eval(item, params), b.eval(item, params));
            return c != null && test.test(c);
        }, args.get(0) + " " + symbol + " " + args.get(1));
    }

    private static Condition[] conditions(List<CompiledExpression> args) {
        Condition[] out = new Condition[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = args.get(i).condition();
        }
        return out;
    }

    private static ValueExpr[] values(List<CompiledExpression> args) {
        ValueExpr[] out = new ValueExpr[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = args.get(i).valueExpr();
        }
        return out;
    }

    private static String join(List<CompiledExpression> args) {
        return joinWith(args, ", ");
    }

    private static String joinWith(List<CompiledExpression> args, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(args.get(i));
        }
        return out.toString();
    }

    /** Evaluates an expression that uses no item attributes (INSERT values, key constants). */
    public static AttributeValue evaluateConstant(CompiledExpression expression,
            AttributeValue[] params) {
        return expression.value(EMPTY_ITEM, params);
    }

    private static final Item EMPTY_ITEM = Item.of(Map.of());
}
