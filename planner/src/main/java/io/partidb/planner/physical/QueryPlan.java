package io.partidb.planner.physical;

import io.partidb.planner.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A SELECT: a tree of read operators and the columns read from each row. */
public final class QueryPlan implements Plan {
    private final RowSource root;
    private final List<ResultColumn> columns;
    private final int parameterCount;
    private final boolean wholeItems;

    /** @param wholeItems whether the statement selects {@code *} */
    public QueryPlan(RowSource root, List<ResultColumn> columns, int parameterCount,
            boolean wholeItems) {
        this.root = root;
        this.columns = List.copyOf(columns);
        this.parameterCount = parameterCount;
        this.wholeItems = wholeItems;
    }

    /** Whether the plan reads whole item collections without a sort-key condition. */
    public boolean readsWholeCollections() {
        return find(root, QueryOp.class) instanceof QueryOp query && !query.hasSortKeyCondition();
    }

    /** Whether the plan narrows the sort key of a Query. */
    public boolean narrowsSortKey() {
        return find(root, QueryOp.class) instanceof QueryOp query && query.hasSortKeyCondition();
    }

    private static RowSource find(RowSource source, Class<? extends RowSource> type) {
        if (type.isInstance(source)) {
            return source;
        }
        for (RowSource input : source.inputs()) {
            RowSource found = find(input, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the plan reads every item of a table or index (a Scan). */
    public boolean scans() {
        return scans(root);
    }

    private static boolean scans(RowSource source) {
        if (source instanceof ScanOp) {
            return true;
        }
        for (RowSource input : source.inputs()) {
            if (scans(input)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean returnsWholeItems() {
        return wholeItems;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public boolean returnsRows() {
        return true;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public ExecutionResult execute(ExecutionContext context) {
        return new ExecutionResult.Rows(open(context));
    }

    /**
     * Runs the query once: {@link #execute} without the result wrapper, for a caller that knows
     * it runs a query (the driver's statements, for which a point read should cost as few
     * objects as possible).
     */
    public RowIterator open(ExecutionContext context) {
        return root.open(context);
    }

    @Override
    public List<String> explain(ExecutionContext context) {
        List<String> lines = new ArrayList<>();
        lines.add("Project(columns=" + columns.stream().map(ResultColumn::toString)
                .collect(Collectors.joining(", ", "[", "]")) + ")");
        explain(root, 1, lines, context);
        return lines;
    }

    private static void explain(RowSource op, int depth, List<String> lines,
            ExecutionContext context) {
        lines.add("  ".repeat(depth) + op.explainLine(context));
        for (RowSource input : op.inputs()) {
            explain(input, depth + 1, lines, context);
        }
    }
}
