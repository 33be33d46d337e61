package io.partidb.planner.convert;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.ComparisonOperator;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.expr.Operand;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.physical.Bindable;
import io.partidb.planner.physical.CompiledExpression;
import io.partidb.planner.physical.ExpressionCompiler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;

/**
 * Translates a WHERE clause's row expression into the engine's condition tree, so that filters
 * and write conditions are evaluated by the engine with DynamoDB's semantics. Parameters stay
 * parameters: the result is a {@link Bindable} that builds the tree for each execution's values,
 * with the PartiQL text EXPLAIN prints ({@code ?0} for parameters).
 */
public final class ConditionTranslator {
    private static final AttributeValue[] NO_PARAMETERS = new AttributeValue[0];

    /** A translated piece and its text. */
    public record Translated<T>(Bindable<T> bindable, String text) {
        static <T> Translated<T> constant(T value, String text) {
            return new Translated<>(Bindable.constant(value), text);
        }
    }

    private final TableColumns columns;
    private final ExpressionCompiler values;

    public ConditionTranslator(TableColumns columns) {
        this.columns = columns;
        this.values = new ExpressionCompiler();
    }

    /** The condition a predicate expression stands for. */
    public Translated<Condition> condition(RexNode node) {
        if (!(node instanceof RexCall call)) {
            throw notACondition(node);
        }
        SqlOperator op = call.getOperator();
        List<RexNode> operands = call.getOperands();
        switch (op.getKind()) {
            case AND:
            case OR:
                return junction(op.getKind() == SqlKind.AND, operands);
            case NOT: {
                Translated<Condition> inner = condition(operands.get(0));
                Bindable<Condition> bindable = inner.bindable();
                return new Translated<>(params -> Condition.not(bindable.bind(params)),
                        "NOT (" + inner.text() + ")");
            }
            case EQUALS: {
                Translated<Condition> truth = comparedWithBoolean(operands);
                return truth != null ? truth : comparison(ComparisonOperator.EQ, operands);
            }
            case NOT_EQUALS:
                return comparison(ComparisonOperator.NE, operands);
            case LESS_THAN:
                return comparison(ComparisonOperator.LT, operands);
            case LESS_THAN_OR_EQUAL:
                return comparison(ComparisonOperator.LE, operands);
            case GREATER_THAN:
                return comparison(ComparisonOperator.GT, operands);
            case GREATER_THAN_OR_EQUAL:
                return comparison(ComparisonOperator.GE, operands);
            default:
                return function(call);
        }
    }

    private Translated<Condition> junction(boolean and, List<RexNode> operands) {
        List<Translated<Condition>> parts = new ArrayList<>();
        for (RexNode operand : operands) {
            parts.add(condition(operand));
        }
        String text = parts.stream().map(Translated::text)
                .collect(Collectors.joining(and ? " AND " : " OR "));
        return new Translated<>(params -> {
            Condition first = parts.get(0).bindable().bind(params);
            Condition second = parts.get(1).bindable().bind(params);
            Condition[] more = new Condition[parts.size() - 2];
            for (int i = 2; i < parts.size(); i++) {
                more[i - 2] = parts.get(i).bindable().bind(params);
            }
            return and ? Condition.and(first, second, more) : Condition.or(first, second, more);
        }, and ? text : "(" + text + ")");
    }

    /** {@code attribute_exists(a) = TRUE} and the like: DynamoDB accepts a function so tested. */
    private Translated<Condition> comparedWithBoolean(List<RexNode> operands) {
        for (int i = 0; i < 2; i++) {
            if (operands.get(i) instanceof RexCall call
                    && call.getType().getSqlTypeName() == SqlTypeName.BOOLEAN
                    && operands.get(1 - i) instanceof RexLiteral literal
                    && literal.getType().getSqlTypeName() == SqlTypeName.BOOLEAN) {
                Translated<Condition> inner = condition(call);
                if (Boolean.TRUE.equals(literal.getValueAs(Boolean.class))) {
                    return inner;
                }
                Bindable<Condition> bindable = inner.bindable();
                return new Translated<>(params -> Condition.not(bindable.bind(params)),
                        "NOT (" + inner.text() + ")");
            }
        }
        return null;
    }

    private Translated<Condition> comparison(ComparisonOperator operator,
            List<RexNode> operands) {
        Translated<Operand> left = operand(operands.get(0));
        Translated<Operand> right = operand(operands.get(1));
        Bindable<Operand> l = left.bindable();
        Bindable<Operand> r = right.bindable();
        return new Translated<>(
                params -> Condition.compare(operator, l.bind(params), r.bind(params)),
                left.text() + " " + operator.symbol() + " " + right.text());
    }

    private Translated<Condition> function(RexCall call) {
        SqlOperator op = call.getOperator();
        List<RexNode> operands = call.getOperands();
        if (op == PartiQLOperators.IN) {
            Translated<Operand> value = operand(operands.get(0));
            List<Translated<Operand>> candidates = new ArrayList<>();
            for (RexNode candidate : operands.subList(1, operands.size())) {
                candidates.add(operand(candidate));
            }
            Bindable<Operand> v = value.bindable();
            return new Translated<>(params -> {
                List<Operand> bound = new ArrayList<>(candidates.size());
                for (Translated<Operand> candidate : candidates) {
                    bound.add(candidate.bindable().bind(params));
                }
                return Condition.in(v.bind(params), bound);
            }, value.text() + " IN (" + candidates.stream().map(Translated::text)
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (op == PartiQLOperators.IS_MISSING || op == PartiQLOperators.ATTRIBUTE_NOT_EXISTS) {
            Condition condition = Condition.attributeNotExists(path(operands.get(0)));
            return Translated.constant(condition, condition.toString());
        }
        if (op == PartiQLOperators.ATTRIBUTE_EXISTS) {
            Condition condition = Condition.attributeExists(path(operands.get(0)));
            return Translated.constant(condition, condition.toString());
        }
        if (op == PartiQLOperators.IS_NULL || op == PartiQLOperators.IS_TYPE
                || op == PartiQLOperators.ATTRIBUTE_TYPE) {
            Translated<Operand> value = operand(operands.get(0));
            AttributeType type = op == PartiQLOperators.IS_NULL ? AttributeType.NULL
                    : typeName(operands.get(1));
            Bindable<Operand> v = value.bindable();
            return new Translated<>(params -> Condition.attributeType(v.bind(params), type),
                    "attribute_type(" + value.text() + ", '" + type + "')");
        }
        if (op == PartiQLOperators.BEGINS_WITH || op == PartiQLOperators.CONTAINS) {
            Translated<Operand> first = operand(operands.get(0));
            Translated<Operand> second = operand(operands.get(1));
            Bindable<Operand> a = first.bindable();
            Bindable<Operand> b = second.bindable();
            boolean beginsWith = op == PartiQLOperators.BEGINS_WITH;
            return new Translated<>(params -> beginsWith
                    ? Condition.beginsWith(a.bind(params), b.bind(params))
                    : Condition.contains(a.bind(params), b.bind(params)),
                    (beginsWith ? "begins_with(" : "contains(") + first.text() + ", "
                            + second.text() + ")");
        }
        throw notACondition(call);
    }

    private static AttributeType typeName(RexNode node) {
        String name = null;
        if (node instanceof RexLiteral literal) {
            // a number or another literal is no type name: named in the message as written
            name = literal.getValue() instanceof NlsString text ? text.getValue()
                    : String.valueOf(literal.getValue());
        }
        if (name != null) {
            for (AttributeType type : AttributeType.values()) {
                if (type.name().equals(name)) {
                    return type;
                }
            }
        }
        throw new EngineException(ErrorCode.VALIDATION, "Invalid attribute type name found; type: "
                + name + ", valid types: { S,SS,N,NS,B,BS,BOOL,NULL,L,M }");
    }

    /** An operand: a document path, {@code size(path)}, or a value of the statement. */
    private Translated<Operand> operand(RexNode node) {
        if (isPath(node)) {
            DocumentPath path = path(node);
            return Translated.constant(Operand.path(path), path.toString());
        }
        if (node instanceof RexCall call) {
            SqlOperator op = call.getOperator();
            if (op == PartiQLOperators.SIZE) {
                DocumentPath path = path(call.getOperands().get(0));
                return Translated.constant(Operand.size(path), "size(" + path + ")");
            }
            if (op == PartiQLOperators.MISSING) {
                throw new EngineException(ErrorCode.VALIDATION,
                        "MISSING can only be tested with IS MISSING or IS NOT MISSING");
            }
            if (op == PartiQLOperators.ADD || op == PartiQLOperators.SUBTRACT
                    || op == PartiQLOperators.NEGATE) {
                throw new EngineException(ErrorCode.VALIDATION, "Arithmetic is allowed only in "
                        + "the value of an UPDATE's SET, not in a condition");
            }
            if (call.getType().getSqlTypeName() == SqlTypeName.BOOLEAN) {
                throw new EngineException(ErrorCode.VALIDATION,
                        "A condition cannot be compared with a value other than TRUE or FALSE");
            }
        }
        CompiledExpression value = values.compile(node);
        if (!dependsOnParameters(node)) {
            AttributeValue constant = ExpressionCompiler.evaluateConstant(value, NO_PARAMETERS);
            return Translated.constant(Operand.value(constant), value.toString());
        }
        return new Translated<>(
                params -> Operand.value(ExpressionCompiler.evaluateConstant(value, params)),
                value.toString());
    }

    private static boolean dependsOnParameters(RexNode node) {
        if (node instanceof RexDynamicParam) {
            return true;
        }
        if (node instanceof RexCall call) {
            for (RexNode operand : call.getOperands()) {
                if (dependsOnParameters(operand)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the expression names a place in the item. */
    public boolean isPath(RexNode node) {
        if (node instanceof RexInputRef ref) {
            return ref.getIndex() < columns.columns().size();
        }
        return node instanceof RexCall call && (call.getOperator() == PartiQLOperators.ATTR
                || call.getOperator() == PartiQLOperators.PATH);
    }

    /** The document path an expression names; anything else is DynamoDB's path error. */
    public DocumentPath path(RexNode node) {
        if (node instanceof RexInputRef ref && ref.getIndex() < columns.columns().size()) {
            return DocumentPath.of(columns.columns().get(ref.getIndex()).name());
        }
        if (node instanceof RexCall call && call.getOperator() == PartiQLOperators.ATTR) {
            return DocumentPath.of(((RexLiteral) call.getOperands().get(1))
                    .getValueAs(String.class));
        }
        if (node instanceof RexCall call && call.getOperator() == PartiQLOperators.PATH) {
            DocumentPath path = path(call.getOperands().get(0));
            for (RexNode step : call.getOperands().subList(1, call.getOperands().size())) {
                RexLiteral literal = (RexLiteral) step;
                SqlTypeName type = literal.getType().getSqlTypeName();
                path = type == SqlTypeName.CHAR || type == SqlTypeName.VARCHAR
                        ? path.field(literal.getValueAs(String.class))
                        : path.index(literal.getValueAs(BigDecimal.class).intValueExact());
            }
            return path;
        }
        throw new EngineException(ErrorCode.VALIDATION,
                "Operator or function requires a document path");
    }

    private static EngineException notACondition(RexNode node) {
        return new EngineException(ErrorCode.VALIDATION, "Expected a condition (a comparison, "
                + "IN, BETWEEN, IS or a function) in WHERE");
    }
}
