package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Table;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.convert.ConditionTranslator;
import java.util.List;

/**
 * Reads one item by its full primary key, then applies the residual filter if any. A point read
 * cannot run long, so it never consults the execution's cancellation token; it reads the item
 * by its key values without wrapping them (no key, optional or list per execution).
 */
public final class GetItemOp implements RowSource {
    private final Table table;
    private final ValueSource partition;
    private final ValueSource sort;
    private final ConditionTranslator.Translated<Condition> filter;
    private final String keyText;

    /**
     * @param sort the sort-key value, or null for a table with a partition key only
     * @param filter the residual filter, or null
     */
    public GetItemOp(Table table, String keyText, ValueSource partition, ValueSource sort,
            ConditionTranslator.Translated<Condition> filter) {
        this.table = table;
        this.keyText = keyText;
        this.partition = partition;
        this.sort = sort;
        this.filter = filter;
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        AttributeValue[] params = context.params();
        Item item = table.findItem(partition.resolve(params),
                sort == null ? null : sort.resolve(params));
        if (item == null || (filter != null && !filter.bindable().bind(params).test(item))) {
            return RowIterator.empty();
        }
        return RowIterator.single(item);
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "GetItem(table=" + table.name() + ", key=" + keyText
                + (filter == null ? "" : ", filter=" + filter.text()) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of();
    }
}
