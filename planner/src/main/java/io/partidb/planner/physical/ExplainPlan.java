package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code EXPLAIN <statement>}: returns the inner plan's lines as rows of one column. */
public final class ExplainPlan implements Plan {
    /** The single column of EXPLAIN's result. */
    public static final String COLUMN = "PLAN";

    private final Plan inner;
    private final List<ResultColumn> columns =
            List.of(ResultColumn.plain(COLUMN, AttributeType.S));

    public ExplainPlan(Plan inner) {
        this.inner = inner;
    }

    @Override
    public int parameterCount() {
        return 0;
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
        List<Item> rows = new ArrayList<>();
        for (String line : inner.explain(context)) {
            rows.add(Item.of(Map.of(COLUMN, AttributeValue.ofString(line))));
        }
        return new ExecutionResult.Rows(RowIterator.of(rows.iterator()));
    }

    @Override
    public List<String> explain(ExecutionContext context) {
        return inner.explain(context);
    }
}
