package io.partidb.planner.physical;

import io.partidb.engine.DeleteItemRequest;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.ReturnValues;
import io.partidb.engine.Table;
import io.partidb.engine.TransactWriteItem;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.UpdateItemRequest;
import io.partidb.engine.WriteResult;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import java.util.List;
import java.util.Optional;

/**
 * UPDATE or DELETE of the one item a statement's full key names, with the rest of its WHERE
 * clause as the write's condition, evaluated and applied atomically by the engine. Returns an
 * update count, or with RETURNING the item DynamoDB returns as one row.
 */
public final class WritePlan implements Plan {
    /** Which write. */
    public enum Kind { UPDATE, DELETE }

    private final Kind kind;
    private final Table table;
    private final ValueSource partition;
    private final ValueSource sort;
    private final Bindable<Condition> condition;
    private final Bindable<UpdateExpression> update;
    private final ReturnValues returning;
    private final List<ResultColumn> columns;
    private final int parameterCount;
    private final List<String> explain;

    /**
     * @param sort the sort-key value, or null for a table without one
     * @param update the update of an UPDATE, null for a DELETE
     * @param returning what RETURNING asks for, or null for an update count
     * @param columns the columns of the returned row (the table's), empty without RETURNING
     */
    public WritePlan(Kind kind, Table table, ValueSource partition, ValueSource sort,
            Bindable<Condition> condition, Bindable<UpdateExpression> update,
            ReturnValues returning, List<ResultColumn> columns, int parameterCount,
            List<String> explain) {
        this.kind = kind;
        this.table = table;
        this.partition = partition;
        this.sort = sort;
        this.condition = condition;
        this.update = update;
        this.returning = returning;
        this.columns = List.copyOf(columns);
        this.parameterCount = parameterCount;
        this.explain = List.copyOf(explain);
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
        return returning != null;
    }

    @Override
    public boolean returnsWholeItems() {
        return returning != null;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public ExecutionResult execute(ExecutionContext context) {
        AttributeValue[] params = context.params();
        Key key = sort == null ? Key.of(partition.resolve(params))
                : Key.of(partition.resolve(params), sort.resolve(params));
        Condition bound = condition.bind(params);
        WriteResult result;
        if (kind == Kind.UPDATE) {
            result = table.updateItem(new UpdateItemRequest(table.validateKey(key),
                    update.bind(params), bound, returning == null ? ReturnValues.NONE : returning));
        } else {
            // the old item tells whether anything was deleted, for the update count
            result = table.deleteItem(new DeleteItemRequest(table.validateKey(key), bound,
                    ReturnValues.ALL_OLD));
        }
        Optional<Item> attributes = result.attributes();
        if (returning != null) {
            return new ExecutionResult.Rows(RowIterator.of(attributes.stream().iterator()));
        }
        long count = kind == Kind.UPDATE ? 1 : (attributes.isPresent() ? 1 : 0);
        return new ExecutionResult.UpdateCount(count, count == 0 ? null : key);
    }

    /**
     * For a DELETE whose WHERE clause is exactly the key (no other condition, no RETURNING):
     * the key it deletes, so that a batch of them can run as BatchWriteItem deletes; null for
     * any other statement.
     */
    public Key unconditionalDeleteKey(AttributeValue[] params) {
        if (kind != Kind.DELETE || returning != null || condition.bind(params) != null) {
            return null;
        }
        return table.validateKey(sort == null ? Key.of(partition.resolve(params))
                : Key.of(partition.resolve(params), sort.resolve(params)));
    }

    @Override
    public List<TransactWriteItem> transactionItems(ExecutionContext context) {
        if (returning != null) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "RETURNING clause is not supported in a transaction");
        }
        AttributeValue[] params = context.params();
        Key key = table.validateKey(sort == null ? Key.of(partition.resolve(params))
                : Key.of(partition.resolve(params), sort.resolve(params)));
        Condition bound = condition.bind(params);
        if (kind == Kind.UPDATE) {
            return List.of(TransactWriteItem.update(table.name(), key, update.bind(params))
                    .withCondition(bound));
        }
        return List.of(TransactWriteItem.delete(table.name(), key).withCondition(bound));
    }

    @Override
    public List<String> explain(ExecutionContext context) {
        return explain;
    }
}
