package io.partidb.planner.physical;

import io.partidb.engine.value.AttributeValue;

/** A value compiled from a plan, with the readable PartiQL text that EXPLAIN prints. */
public final class CompiledExpression {
    private final ValueExpr value;
    private final String text;

    private CompiledExpression(ValueExpr value, String text) {
        this.value = value;
        this.text = text;
    }

    static CompiledExpression of(ValueExpr value, String text) {
        return new CompiledExpression(value, text);
    }

    ValueExpr valueExpr() {
        return value;
    }

    /** The value for these parameters; null means MISSING. */
    public AttributeValue value(AttributeValue[] params) {
        return value.eval(params);
    }

    /** The expression as PartiQL text, parameters shown as {@code ?0, ?1, ...}. */
    @Override
    public String toString() {
        return text;
    }
}
