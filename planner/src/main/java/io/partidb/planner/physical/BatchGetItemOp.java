package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import io.partidb.planner.convert.ConditionTranslator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the items whose partition key is one of a list of values (and whose sort key, when the
 * table has one, is fixed), one point read per distinct key in the order written, then applies
 * the residual filter.
 */
public final class BatchGetItemOp implements RowSource {
    private final Table table;
    private final List<ValueSource> partitionValues;
    private final ValueSource sort;
    private final ConditionTranslator.Translated<Condition> filter;
    private final Boolean ascending;
    private final String keyText;

    /**
     * @param sort the sort-key value, or null for a table with a partition key only
     * @param ascending the rows in ascending or descending partition key order (ORDER BY), or
     *     null for the order written
     * @param filter the residual filter, or null
     */
    public BatchGetItemOp(Table table, String keyText, List<ValueSource> partitionValues,
            ValueSource sort, Boolean ascending,
            ConditionTranslator.Translated<Condition> filter) {
        this.ascending = ascending;
        this.table = table;
        this.keyText = keyText;
        this.partitionValues = List.copyOf(partitionValues);
        this.sort = sort;
        this.filter = filter;
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        AttributeValue[] params = context.params();
        AttributeValue sortValue = sort == null ? null : sort.resolve(params);
        List<AttributeValue> partitions = new ArrayList<>(new LinkedHashSet<>(
                partitionValues.stream().map(v -> v.resolve(params)).toList()));
        if (ascending != null) {
            partitions.sort(AttributeValues.KEY_ORDER);
            if (!ascending) {
                Collections.reverse(partitions);
            }
        }
        Set<Key> keys = new LinkedHashSet<>();
        for (AttributeValue partition : partitions) {
            keys.add(table.validateKey(sortValue == null
                    ? Key.of(partition) : Key.of(partition, sortValue)));
        }
        Condition condition = filter == null ? null : filter.bindable().bind(params);
        List<Item> rows = new ArrayList<>(keys.size());
        for (Key key : keys) {
            Optional<Item> item = table.getItem(key);
            if (item.isPresent() && (condition == null || condition.test(item.get()))) {
                rows.add(item.get());
            }
        }
        return RowIterator.of(rows.iterator());
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "BatchGetItem(table=" + table.name() + ", keys=" + keyText
                + (filter == null ? "" : ", filter=" + filter.text()) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of();
    }
}
