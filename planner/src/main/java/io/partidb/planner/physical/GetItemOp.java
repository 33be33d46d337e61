package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.convert.ConditionTranslator;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Reads one item by its full primary key, then applies the residual filter if any. */
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
        Key key = sort == null
                ? Key.of(partition.resolve(params))
                : Key.of(partition.resolve(params), sort.resolve(params));
        Optional<Item> item = table.getItem(table.validateKey(key));
        if (item.isEmpty()
                || (filter != null && !filter.bindable().bind(params).test(item.get()))) {
            return RowIterator.empty();
        }
        return RowIterator.of(Collections.singletonList(item.get()).iterator());
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
