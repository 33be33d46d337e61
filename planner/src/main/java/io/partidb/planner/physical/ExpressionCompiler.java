package io.partidb.planner.physical;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.convert.PartiQLOperators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlOperator;

/**
 * Compiles the values a statement writes or compares against (literals, parameters, and lists,
 * maps and sets built from them), given as Calcite row expressions, into small closures over the
 * bound parameters ({@link CompiledValues} builds them). Conditions are the engine's (see
 * {@code ConditionTranslator}); paths are never values here. Constants are built once; no
 * Calcite object is reachable from the result.
 */
public final class ExpressionCompiler {

    /** Compiles one value expression. */
    public CompiledExpression compile(RexNode node) {
        if (node instanceof RexLiteral literal) {
            return CompiledValues.constant(literal(literal));
        }
        if (node instanceof RexDynamicParam param) {
            return CompiledValues.parameter(param.getIndex());
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
            return CompiledValues.storedNull();
        }
        if (op == PartiQLOperators.MISSING) {
            return CompiledValues.missing();
        }
        if (op == PartiQLOperators.LIST || op == PartiQLOperators.SET) {
            List<CompiledExpression> args = new ArrayList<>(call.getOperands().size());
            for (RexNode operand : call.getOperands()) {
                args.add(compile(operand));
            }
            return op == PartiQLOperators.SET ? CompiledValues.setOf(args)
                    : CompiledValues.listOf(args);
        }
        if (op == PartiQLOperators.MAP) {
            int size = call.getOperands().size() / 2;
            List<String> keys = new ArrayList<>(size);
            List<CompiledExpression> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                keys.add(((RexLiteral) call.getOperands().get(2 * i)).getValueAs(String.class));
                values.add(compile(call.getOperands().get(2 * i + 1)));
            }
            return CompiledValues.mapOf(keys, values);
        }
        throw notAValue();
    }

    private static EngineException notAValue() {
        return new EngineException(ErrorCode.VALIDATION, "Unsupported data type: only "
                + "literals, parameters, lists, maps and sets are values here");
    }
}
