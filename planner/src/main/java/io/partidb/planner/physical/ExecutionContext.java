package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import java.util.function.Predicate;

/**
 * What one execution of a plan gets: the bound parameter values (never null; every parameter
 * bound) and the connection's settings that affect reads.
 */
public record ExecutionContext(AttributeValue[] params, int scanSegments,
        boolean consistentRead, Cancellation cancellation) {
    /** A context with these parameters, one scan segment and eventually consistent reads. */
    public static ExecutionContext of(AttributeValue... params) {
        return new ExecutionContext(params, 1, false, Cancellation.NONE);
    }

    /** With these parameters, {@code segments} scan segments and eventually consistent reads. */
    public static ExecutionContext of(int segments, AttributeValue... params) {
        return new ExecutionContext(params, segments, false, Cancellation.NONE);
    }

    /**
     * The filter a long read evaluates for every item: the plan's filter (null: none) with the
     * cancellation check in front, so that a read stops promptly even when no item matches.
     */
    public Predicate<Item> checked(
            Predicate<Item> filter) {
        if (!cancellation.active()) {
            return filter;
        }
        Cancellation token = cancellation;
        return filter == null
                ? item -> {
                    token.check();
                    return true;
                }
                : item -> {
                    token.check();
                    return filter.test(item);
                };
    }
}
