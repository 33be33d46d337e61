package io.partidb.planner.physical;

import io.partidb.engine.value.AttributeValue;

/**
 * What one execution of a plan gets: the bound parameter values (never null; every parameter
 * bound) and the connection's settings that affect reads.
 */
public record ExecutionContext(AttributeValue[] params, int scanSegments,
        boolean consistentRead) {
    /** A context with these parameters, one scan segment and eventually consistent reads. */
    public static ExecutionContext of(AttributeValue... params) {
        return new ExecutionContext(params, 1, false);
    }

    /** With these parameters, {@code segments} scan segments and eventually consistent reads. */
    public static ExecutionContext of(int segments, AttributeValue... params) {
        return new ExecutionContext(params, segments, false);
    }
}
