package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

/**
 * A compiled condition over one item and the bound parameters. DynamoDB's conditions are
 * two-valued: a comparison involving a missing attribute is simply false.
 */
@FunctionalInterface
public interface Condition {
    boolean test(Item item, AttributeValue[] params);
}
