package io.partidb.planner.physical;

import io.partidb.engine.value.AttributeValue;

/**
 * What one execution of a plan gets: the bound parameter values (never null; every parameter
 * bound) and the connection's settings that affect reads.
 */
public record ExecutionContext(AttributeValue[] params, int scanSegments) {
    /** A context without parameters and with one scan segment. */
    public static ExecutionContext of(AttributeValue... params) {
        return new ExecutionContext(params, 1);
    }
}
