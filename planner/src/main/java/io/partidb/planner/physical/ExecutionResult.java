package io.partidb.planner.physical;

import io.partidb.engine.Key;


/** What executing a plan produced: rows to stream, or a count of items written. */
public sealed interface ExecutionResult permits ExecutionResult.Rows, ExecutionResult.UpdateCount {

    /** Rows of a query, read lazily; each is an engine item read through the plan's columns. */
    record Rows(RowIterator rows) implements ExecutionResult {
    }

    /**
     * The number of items a write statement changed (0 for DDL), and the primary key of the
     * item it wrote (null when none), which JDBC reports as the generated keys.
     */
    record UpdateCount(long count, Key writtenKey) implements ExecutionResult {
        public UpdateCount(long count) {
            this(count, null);
        }
    }
}
