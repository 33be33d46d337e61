package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

/**
 * A compiled expression: computes a value from one item and the bound parameters. A null
 * result means MISSING (the attribute or path is absent), which PartiQL keeps apart from
 * DynamoDB's stored NULL.
 */
@FunctionalInterface
public interface ValueExpr {
    AttributeValue eval(Item item, AttributeValue[] params);
}
