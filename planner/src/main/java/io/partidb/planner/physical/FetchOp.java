package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.expr.Condition;
import io.partidb.planner.convert.ConditionTranslator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * For a local secondary index read that needs attributes the index does not project: fetches
 * each entry's whole item from the table by its primary key (as DynamoDB does, at the cost of a
 * table read), then applies the filter that needed those attributes.
 */
public final class FetchOp implements RowSource {
    private final Table table;
    private final RowSource input;
    private final ConditionTranslator.Translated<Condition> filter;

    /** @param filter applied to the fetched items, or null */
    public FetchOp(Table table, RowSource input,
            ConditionTranslator.Translated<Condition> filter) {
        this.table = table;
        this.input = input;
        this.filter = filter;
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        RowIterator entries = input.open(context);
        Condition condition = filter == null ? null : filter.bindable().bind(context.params());
        return new RowIterator() {
            private Item next;

            @Override
            public boolean hasNext() {
                while (next == null && entries.hasNext()) {
                    Item entry = entries.next();
                    Key key = table.keyOf(entry);
                    Item item = table.findItem(key.partition(), key.sort());
                    // an entry whose item was deleted since the index read is skipped
                    if (item != null && (condition == null || condition.test(item))) {
                        next = item;
                    }
                }
                return next != null;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Item out = next;
                next = null;
                return out;
            }

            @Override
            public void close() {
                entries.close();
            }
        };
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "Fetch(table=" + table.name()
                + (filter == null ? "" : ", filter=" + filter.text()) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of(input);
    }
}
