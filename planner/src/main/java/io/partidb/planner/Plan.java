package io.partidb.planner;

import io.partidb.engine.Table;
import io.partidb.engine.TransactWriteItem;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.planner.physical.ExecutionContext;
import io.partidb.planner.physical.ExecutionResult;
import io.partidb.planner.physical.ResultColumn;
import java.util.List;

/**
 * A planned statement, immutable and cached: the same plan serves every execution, whatever
 * the parameters bound. Holds no Calcite object.
 */
public interface Plan {
    /** How many {@code ?} parameters the statement has. */
    int parameterCount();

    /** Whether executing returns rows (a query, EXPLAIN) rather than an update count. */
    boolean returnsRows();

    /** The output columns, known before execution; empty for statements without rows. */
    List<ResultColumn> columns();

    /** Whether each row is a whole item ({@code SELECT *}), not only the listed columns. */
    default boolean returnsWholeItems() {
        return false;
    }

    /** The table a write statement writes to (null for reads and DDL). */
    default Table writtenTable() {
        return null;
    }

    /**
     * The writes this statement makes, as actions of a transaction (for a connection that is
     * not in auto-commit mode). Only INSERT, UPDATE and DELETE without RETURNING have them.
     */
    default List<TransactWriteItem> transactionItems(
            ExecutionContext context) {
        throw new EngineException(ErrorCode.NOT_SUPPORTED,
                "Only INSERT, UPDATE and DELETE can be part of a transaction");
    }

    /** Runs the statement once. */
    ExecutionResult execute(ExecutionContext context);

    /**
     * The plan as it would run with these settings, one line per operator, children indented
     * by two spaces.
     */
    List<String> explain(ExecutionContext context);
}
