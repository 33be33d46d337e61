package io.partidb.planner.access;

import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.physical.ValueSource;

/**
 * A Query's sort-key condition with its values still literals or parameters: {@code =, <, <=,
 * >, >=}, {@code BETWEEN} or {@code begins_with}. Bound to the engine's
 * {@link SortKeyCondition} at each execution.
 */
public record SortKeyTemplate(String attribute, Op op, ValueSource value, ValueSource high) {

    /** The key condition operators DynamoDB allows on a sort key. */
    public enum Op { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    public static SortKeyTemplate of(String attribute, Op op, ValueSource value) {
        return new SortKeyTemplate(attribute, op, value, null);
    }

    public static SortKeyTemplate between(String attribute, ValueSource low, ValueSource high) {
        return new SortKeyTemplate(attribute, Op.BETWEEN, low, high);
    }

    /** The engine's condition for these parameters. */
    public SortKeyCondition bind(AttributeValue[] params) {
        AttributeValue v = value.resolve(params);
        switch (op) {
            case EQ:
                return SortKeyCondition.eq(v);
            case LT:
                return SortKeyCondition.lt(v);
            case LE:
                return SortKeyCondition.le(v);
            case GT:
                return SortKeyCondition.gt(v);
            case GE:
                return SortKeyCondition.ge(v);
            case BETWEEN:
                return SortKeyCondition.between(v, high.resolve(params));
            default:
                return SortKeyCondition.beginsWith(v);
        }
    }

    @Override
    public String toString() {
        switch (op) {
            case EQ:
                return attribute + " = " + value;
            case LT:
                return attribute + " < " + value;
            case LE:
                return attribute + " <= " + value;
            case GT:
                return attribute + " > " + value;
            case GE:
                return attribute + " >= " + value;
            case BETWEEN:
                return attribute + " BETWEEN " + value + " AND " + high;
            default:
                return "begins_with(" + attribute + ", " + value + ")";
        }
    }
}
