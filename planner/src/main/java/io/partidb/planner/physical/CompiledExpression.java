package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import java.util.function.Function;

/** A value compiled from a plan, with the readable PartiQL text that EXPLAIN prints. */
public final class CompiledExpression {
    private final ValueExpr value;
    private final String text;
    // For a map with distinct constant names: builds the item it describes directly, without
    // building the map value first (INSERT's path); null for anything else.
    private final Function<AttributeValue[], Item> asItem;

    private CompiledExpression(ValueExpr value, String text,
            Function<AttributeValue[], Item> asItem) {
        this.value = value;
        this.text = text;
        this.asItem = asItem;
    }

    static CompiledExpression of(ValueExpr value, String text) {
        return new CompiledExpression(value, text, null);
    }

    static CompiledExpression ofMap(ValueExpr value, String text,
            Function<AttributeValue[], Item> asItem) {
        return new CompiledExpression(value, text, asItem);
    }

    /**
     * The item this map value describes, for these parameters (its MISSING values left out), or
     * null when this expression cannot build one directly: then evaluate {@link #value}.
     */
    public Item itemOrNull(AttributeValue[] params) {
        return asItem == null ? null : asItem.apply(params);
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
