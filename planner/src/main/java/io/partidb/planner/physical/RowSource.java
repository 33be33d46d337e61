package io.partidb.planner.physical;

import java.util.List;

/**
 * A physical read operator: produces the items a query reads, in order. Operators are
 * immutable and shared by every execution of a cached plan.
 */
public interface RowSource {
    /** Starts one execution. */
    RowIterator open(ExecutionContext context);

    /** This operator's EXPLAIN line for a connection's settings, without indentation. */
    String explainLine(ExecutionContext context);

    /** The operators this one reads from (for EXPLAIN). */
    List<RowSource> inputs();
}
