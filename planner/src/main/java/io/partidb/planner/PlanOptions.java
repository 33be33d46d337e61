package io.partidb.planner;

/**
 * The connection settings a plan depends on: whether the planner may read a secondary index
 * the statement does not name ({@code autoIndex}), and whether reads must be strongly
 * consistent (which rules out global indexes). Part of the plan cache's key.
 */
public record PlanOptions(boolean autoIndex, boolean consistentRead) {
    /** Automatic index choice on, eventually consistent reads. */
    public static final PlanOptions DEFAULT = new PlanOptions(true, false);

    /** A short prefix that keeps plans made under different options apart in the cache. */
    String cacheKeyPrefix() {
        return (autoIndex ? "A" : "a") + (consistentRead ? "C" : "c") + ':';
    }
}
