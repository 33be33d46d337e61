package io.partidb.planner.physical;

import io.partidb.engine.CancellationReason;
import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.TransactWriteItem;
import io.partidb.engine.TransactWriteItemsRequest;
import io.partidb.engine.TransactionCanceledException;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code INSERT}: builds each item from the statement and parameters, and puts it only if no
 * item with its key exists (DynamoDB's PartiQL INSERT is not an upsert). Several rows are
 * written all or nothing, as one transaction.
 */
public final class InsertPlan implements Plan {
    /** A transaction writes at most this many items. */
    public static final int MAX_ROWS = 100;

    private final Database database;
    private final Table table;
    private final List<CompiledExpression> rows;
    private final int parameterCount;
    private final Condition keyIsNew;

    /** @param rows each evaluates to the map that becomes one item */
    public InsertPlan(Database database, Table table, List<CompiledExpression> rows,
            int parameterCount) {
        if (rows.size() > MAX_ROWS) {
            throw new EngineException(ErrorCode.VALIDATION, "An INSERT writes at most "
                    + MAX_ROWS + " items (one transaction), not " + rows.size());
        }
        this.database = database;
        this.table = table;
        this.rows = List.copyOf(rows);
        this.parameterCount = parameterCount;
        this.keyIsNew = Condition.attributeNotExists(DocumentPath.of(
                table.definition().keySchema().partitionKey().name()));
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
        if (rows.size() == 1) {
            Item written = item(rows.get(0), context.params());
            Key key;
            try {
                key = table.insertItem(written);
            } catch (EngineException e) {
                throw e.code() == ErrorCode.CONDITIONAL_CHECK_FAILED ? duplicate() : e;
            }
            return new ExecutionResult.UpdateCount(1, key);
        }
        List<TransactWriteItem> puts = transactionItems(context);
        try {
            database.transactWriteItems(new TransactWriteItemsRequest(puts));
        } catch (TransactionCanceledException e) {
            boolean onlyDuplicates = e.cancellationReasons().stream().allMatch(r ->
                    r.code() == CancellationReason.Code.NONE
                            || r.code() == CancellationReason.Code.CONDITIONAL_CHECK_FAILED);
            throw onlyDuplicates ? duplicate() : e;
        }
        return new ExecutionResult.UpdateCount(puts.size());
    }

    @Override
    public List<TransactWriteItem> transactionItems(ExecutionContext context) {
        List<TransactWriteItem> puts = new ArrayList<>(rows.size());
        for (CompiledExpression row : rows) {
            puts.add(TransactWriteItem.put(table.name(), item(row, context.params()))
                    .withCondition(keyIsNew));
        }
        return puts;
    }

    private static Item item(CompiledExpression row, AttributeValue[] params) {
        Item direct = row.itemOrNull(params);
        if (direct != null) {
            return direct;
        }
        AttributeValue value = row.value(params);
        if (!(value instanceof AttributeValue.M map)) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Unsupported data type: an INSERT value must be a map (tuple), not "
                            + (value == null ? "MISSING" : value.type()));
        }
        return Item.of(map.values());
    }

    private static EngineException duplicate() {
        return new EngineException(ErrorCode.DUPLICATE_ITEM,
                "Duplicate primary key exists in table");
    }

    @Override
    public List<String> explain(ExecutionContext context) {
        List<String> lines = new ArrayList<>();
        lines.add("Insert(table=" + table.name() + ", condition=attribute_not_exists(key)"
                + (rows.size() > 1 ? ", rows=" + rows.size() + ", transaction" : "") + ")");
        lines.add("  Values(" + rows.stream().map(r -> "item=" + r)
                .collect(Collectors.joining(", ")) + ")");
        return lines;
    }
}
