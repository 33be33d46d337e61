package io.partidb.planner.physical;

import io.partidb.engine.value.AttributeValue;

/**
 * A compiled value of a statement (a literal, a parameter, or a list, map or set built from
 * them): computed from the bound parameters. A null result means MISSING.
 */
@FunctionalInterface
public interface ValueExpr {
    AttributeValue eval(AttributeValue[] params);
}
