package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Table;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import java.util.List;

/**
 * {@code INSERT}: builds the item from the statement and parameters, and puts it only if no item
 * with its key exists (DynamoDB's PartiQL INSERT is not an upsert).
 */
public final class InsertPlan implements Plan {
    private final Table table;
    private final CompiledExpression item;
    private final int parameterCount;

    /** @param item evaluates to the map that becomes the item */
    public InsertPlan(Table table, CompiledExpression item, int parameterCount) {
        this.table = table;
        this.item = item;
        this.parameterCount = parameterCount;
    }

    @Override
    public Table writtenTable() {
        return table;
    }

    @Override
    public int parameterCount() {
        return parameterCount;
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
        AttributeValue value = item.value(context.params());
        if (!(value instanceof AttributeValue.M map)) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Unsupported data type: an INSERT value must be a map (tuple), not "
                            + (value == null ? "MISSING" : value.type()));
        }
        Item written = Item.of(map.values());
        try {
            table.insertItem(written);
        } catch (EngineException e) {
            if (e.code() == ErrorCode.CONDITIONAL_CHECK_FAILED) {
                throw new EngineException(ErrorCode.DUPLICATE_ITEM,
                        "Duplicate primary key exists in table");
            }
            throw e;
        }
        return new ExecutionResult.UpdateCount(1, table.keyOf(written));
    }

    @Override
    public List<String> explain(ExecutionContext context) {
        return List.of("Insert(table=" + table.name() + ", condition=attribute_not_exists(key))",
                "  Values(item=" + item + ")");
    }
}
