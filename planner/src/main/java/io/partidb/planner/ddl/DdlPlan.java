package io.partidb.planner.ddl;

import io.partidb.planner.Plan;
import io.partidb.planner.physical.ExecutionContext;
import io.partidb.planner.physical.ExecutionResult;
import io.partidb.planner.physical.ResultColumn;
import java.util.List;

/** A validated catalog change, applied when executed; its update count is 0. */
public final class DdlPlan implements Plan {
    private final String description;
    private final Runnable action;

    DdlPlan(String description, Runnable action) {
        this.description = description;
        this.action = action;
    }

    @Override
    public int parameterCount() {
        return 0;
    }

    @Override
    public boolean returnsRows() {
        return false;
    }

    @Override
    public List<ResultColumn> columns() {
        return List.of();
    }

    @Override
    public ExecutionResult execute(ExecutionContext context) {
        action.run();
        return new ExecutionResult.UpdateCount(0);
    }

    @Override
    public List<String> explain(ExecutionContext context) {
        return List.of(description);
    }
}
