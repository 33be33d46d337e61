package io.partidb.planner.physical;

import io.partidb.engine.Item;
import java.util.Iterator;
import java.util.List;

/**
 * A physical read operator: produces the items a query reads, in order. Operators are
 * immutable and shared by every execution of a cached plan.
 */
public interface RowSource {
    /** Starts one execution. */
    Iterator<Item> open(ExecutionContext context);

    /** This operator's EXPLAIN line, without indentation. */
    String explainLine();

    /** The operators this one reads from (for EXPLAIN). */
    List<RowSource> inputs();
}
