package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

/**
 * An expression compiled from a plan, usable as a value or as a condition, with the readable
 * PartiQL text that EXPLAIN prints.
 */
public final class CompiledExpression {
    private final ValueExpr value;
    private final Condition condition;
    private final String text;

    private CompiledExpression(ValueExpr value, Condition condition, String text) {
        this.value = value;
        this.condition = condition;
        this.text = text;
    }

    /** An expression whose natural form is a value; as a condition it must be TRUE. */
    public static CompiledExpression ofValue(ValueExpr value, String text) {
        return new CompiledExpression(value, (item, params) -> {
            AttributeValue v = value.eval(item, params);
            return v instanceof AttributeValue.Bool b && b.value();
        }, text);
    }

    /** An expression whose natural form is a condition; as a value it is a BOOL. */
    public static CompiledExpression ofCondition(Condition condition, String text) {
        return new CompiledExpression(
                (item, params) -> AttributeValue.ofBoolean(condition.test(item, params)),
                condition, text);
    }

    public AttributeValue value(Item item, AttributeValue[] params) {
        return value.eval(item, params);
    }

    public boolean test(Item item, AttributeValue[] params) {
        return condition.test(item, params);
    }

    public ValueExpr valueExpr() {
        return value;
    }

    public Condition condition() {
        return condition;
    }

    /** The expression as PartiQL text, parameters shown as {@code ?0, ?1, ...}. */
    @Override
    public String toString() {
        return text;
    }
}
