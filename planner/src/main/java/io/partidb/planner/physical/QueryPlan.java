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
        return new ExecutionResult.Rows(root.open(context));
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
