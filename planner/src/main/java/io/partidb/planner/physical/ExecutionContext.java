package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import java.util.function.Predicate;

/**
 * What one execution of a plan gets: the bound parameter values (never null; every parameter
 * bound) and the connection's settings that affect reads.
 *
 * <p>The parameter array stays the caller's: a prepared statement passes its own array, without
 * a copy, and changes it when the next value is bound. Operators therefore resolve every
 * parameter they need while they open ({@link RowSource#open}, {@link
 * io.partidb.planner.Plan#execute}), never later while rows are read. A context holds nothing
 * of one execution, so a statement may reuse it for the next.
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
                ? token.checkEveryItem()
                : item -> {
                    token.check();
                    return filter.test(item);
                };
    }
}
