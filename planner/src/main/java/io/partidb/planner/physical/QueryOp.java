package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.Select;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import io.partidb.planner.access.SortKeyTemplate;
import io.partidb.planner.convert.ConditionTranslator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Reads item collections through the engine's Query: one partition key value (or each value of
 * an IN list), an optional sort-key condition, forward or reverse, the residual filter applied
 * inside the engine. Each partition key value's items are read lazily, as the rows are consumed,
 * and without pages, since every row is read.
 */
public final class QueryOp implements RowSource {
    private final Table table;
    private final IndexDefinition index;
    private final List<ValueSource> partitionValues;
    private final SortKeyTemplate sortKey;
    private final boolean forward;
    private final Boolean partitionsAscending;
    private final ConditionTranslator.Translated<Condition> filter;
    private final String keyText;

    /**
     * @param index the secondary index read, or null for the table
     * @param sortKey the sort-key condition, or null
     * @param forward whether each collection is read in ascending sort-key order
     * @param partitionsAscending for several partition key values: ascending or descending key
     *     order (ORDER BY on the partition key), or null for the order written
     * @param filter the residual filter, or null
     */
    public QueryOp(Table table, IndexDefinition index, String keyText,
            List<ValueSource> partitionValues,
            SortKeyTemplate sortKey, boolean forward, Boolean partitionsAscending,
            ConditionTranslator.Translated<Condition> filter) {
        this.table = table;
        this.index = index;
        this.keyText = keyText;
        this.partitionValues = List.copyOf(partitionValues);
        this.sortKey = sortKey;
        this.forward = forward;
        this.partitionsAscending = partitionsAscending;
        this.filter = filter;
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        ScanOp.checkIndexConsistency(index, context);
        AttributeValue[] params = context.params();
        // Every parameter is resolved here: the rows are read after open() returns, when the
        // statement's parameters may already hold other values. The usual case is one partition
        // key value: nothing to de-duplicate or order, no list to build.
        AttributeValue single = partitionValues.size() == 1
                ? partitionValues.get(0).resolve(params) : null;
        List<AttributeValue> several = single == null ? partitions(params) : null;
        Predicate<Item> condition = context.checked(
                filter == null ? null : filter.bindable().bind(params));
        SortKeyCondition sortCondition = sortKey == null ? null : sortKey.bind(params);
        String indexName = index == null ? null : index.name();
        QueryRequest[] requests = new QueryRequest[single != null ? 1 : several.size()];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new QueryRequest(single != null ? single : several.get(i),
                    sortCondition, forward, condition, null, null, context.consistentRead(),
                    Select.ALL_ATTRIBUTES, indexName);
        }
        return new PartitionRows(requests);
    }

    // The distinct partition key values, in the order written or the order ORDER BY asks for.
    private List<AttributeValue> partitions(AttributeValue[] params) {
        List<AttributeValue> partitions = new ArrayList<>(new LinkedHashSet<>(
                partitionValues.stream().map(v -> v.resolve(params)).toList()));
        if (partitionsAscending != null) {
            partitions.sort(AttributeValues.KEY_ORDER);
            if (!partitionsAscending) {
                Collections.reverse(partitions);
            }
        }
        return partitions;
    }

    /**
     * The rows of one Query per partition key value, each read to its end through the engine's
     * {@link Table#queryItems}: the result set reads every row anyway, so pages (1 MB, capacity)
     * would only cost. Each Query starts when the rows before it are read, as it did with pages.
     */
    private final class PartitionRows implements RowIterator {
        private final QueryRequest[] requests;
        private int nextRequest;
        private Iterator<Item> items = Collections.emptyIterator();

        PartitionRows(QueryRequest[] requests) {
            this.requests = requests;
        }

        @Override
        public boolean hasNext() {
            while (!items.hasNext()) {
                if (nextRequest == requests.length) {
                    return false;
                }
                items = table.queryItems(requests[nextRequest++]);
            }
            return true;
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return items.next();
        }

        @Override
        public void close() {
            // an item collection's iterator holds nothing to release
            nextRequest = requests.length;
            items = Collections.emptyIterator();
        }
    }

    /** Whether the query narrows the sort key, not only the partition key. */
    public boolean hasSortKeyCondition() {
        return sortKey != null;
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "Query(table=" + table.name()
                + (index == null ? "" : ", index=" + index.name()) + ", key=[" + keyText
                + "], order="
                + (forward ? "ASC" : "DESC")
                + (filter == null ? "" : ", filter=" + filter.text()) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of();
    }
}
