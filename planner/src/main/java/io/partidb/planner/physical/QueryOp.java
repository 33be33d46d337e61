package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.PageKey;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
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
 * inside the engine. Pages of at most 1 MB are read lazily, one after another, as the rows are
 * consumed.
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
        List<AttributeValue> partitions = new ArrayList<>(new LinkedHashSet<>(
                partitionValues.stream().map(v -> v.resolve(params)).toList()));
        if (partitionsAscending != null) {
            partitions.sort(AttributeValues.KEY_ORDER);
            if (!partitionsAscending) {
                Collections.reverse(partitions);
            }
        }
        List<QueryRequest> requests = new ArrayList<>(partitions.size());
        Predicate<Item> condition = context.checked(
                filter == null ? null : filter.bindable().bind(params));
        for (AttributeValue partition : partitions) {
            QueryRequest request = QueryRequest.of(partition).withScanIndexForward(forward)
                    .withConsistentRead(context.consistentRead());
            if (sortKey != null) {
                request = request.withSortKeyCondition(sortKey.bind(params));
            }
            if (condition != null) {
                request = request.withFilter(condition);
            }
            if (index != null) {
                request = request.withIndex(index.name());
            }
            requests.add(request);
        }
        return RowIterator.of(new PagedRows(requests));
    }

    /** The rows of one Query per partition value, page after page. */
    private final class PagedRows implements Iterator<Item> {
        private final Iterator<QueryRequest> requests;
        private QueryRequest current;
        private PageKey nextStart;
        private Iterator<Item> page = Collections.emptyIterator();

        PagedRows(List<QueryRequest> requests) {
            this.requests = requests.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext()) {
                if (current == null || nextStart == null) {
                    if (!requests.hasNext()) {
                        return false;
                    }
                    current = requests.next();
                    nextStart = null;
                    Page first = table.query(current);
                    page = first.items().iterator();
                    nextStart = first.lastEvaluated();
                } else {
                    Page next = table.query(current.withExclusiveStartKey(nextStart));
                    page = next.items().iterator();
                    nextStart = next.lastEvaluated();
                }
            }
            return true;
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
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
