package io.partidb.engine.read;

import io.partidb.engine.Item;
import io.partidb.engine.PageKey;
import io.partidb.engine.value.AttributeValue;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One page of a Query: the items of one partition key value, optionally narrowed by a sort key
 * condition, read in sort key order ({@code scanIndexForward}) or in reverse. {@code filter}
 * (null: none) is applied after reading, {@code limit} (null: none) caps the items read before
 * filtering, {@code exclusiveStartKey} (null: from the start) resumes after the position where
 * the previous page stopped. With an {@code indexName} (null: the table) the query reads that
 * secondary index: the partition key value and sort key condition are then the index's, the
 * items are the index's projected entries, and the start key is an
 * {@link io.partidb.engine.IndexKey}. Validated by {@code Table.query}, with DynamoDB's
 * messages, before anything is read.
 */
public record QueryRequest(AttributeValue partitionKeyValue, SortKeyCondition sortKeyCondition,
        boolean scanIndexForward, Predicate<Item> filter, Integer limit,
        PageKey exclusiveStartKey, boolean consistentRead, Select select, String indexName) {

    /** Requires a {@code select}; everything else is checked against the table. */
    public QueryRequest {
        Objects.requireNonNull(select, "select");
    }

    /** All items of a partition key, forward, eventually consistent, unfiltered, unlimited. */
    public static QueryRequest of(AttributeValue partitionKeyValue) {
        return new QueryRequest(partitionKeyValue, null, true, null, null, null, false,
                Select.ALL_ATTRIBUTES, null);
    }

    /** The same request with a sort key condition (null: none). */
    public QueryRequest withSortKeyCondition(SortKeyCondition condition) {
        return new QueryRequest(partitionKeyValue, condition, scanIndexForward, filter, limit,
                exclusiveStartKey, consistentRead, select, indexName);
    }

    /** The same request reading forward (true) or in reverse sort key order (false). */
    public QueryRequest withScanIndexForward(boolean forward) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, forward, filter, limit,
                exclusiveStartKey, consistentRead, select, indexName);
    }

    /** The same request with a filter applied after reading (null: none). */
    public QueryRequest withFilter(Predicate<Item> newFilter) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, newFilter,
                limit, exclusiveStartKey, consistentRead, select, indexName);
    }

    /** The same request reading at most {@code newLimit} items (null: no limit). */
    public QueryRequest withLimit(Integer newLimit) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                newLimit, exclusiveStartKey, consistentRead, select, indexName);
    }

    /** The same request resuming strictly after {@code key} (null: from the start). */
    public QueryRequest withExclusiveStartKey(PageKey key) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, key, consistentRead, select, indexName);
    }

    /** The same request resuming where {@code page} stopped (from the start if it did not). */
    public QueryRequest after(Page page) {
        return withExclusiveStartKey(page.lastEvaluated());
    }

    /** The same request, strongly (true) or eventually (false) consistent. */
    public QueryRequest withConsistentRead(boolean consistent) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, exclusiveStartKey, consistent, select, indexName);
    }

    /** The same request returning items or only counts. */
    public QueryRequest withSelect(Select newSelect) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, exclusiveStartKey, consistentRead, newSelect, indexName);
    }

    /** The same request reading the named secondary index (null: the table). */
    public QueryRequest withIndex(String newIndexName) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, exclusiveStartKey, consistentRead, select, newIndexName);
    }
}
