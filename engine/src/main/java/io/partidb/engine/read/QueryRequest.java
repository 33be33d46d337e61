package io.partidb.engine.read;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.value.AttributeValue;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One page of a Query: the items of one partition key value, optionally narrowed by a sort key
 * condition, read in sort key order ({@code scanIndexForward}) or in reverse. {@code filter}
 * (null: none) is applied after reading, {@code limit} (null: none) caps the items read before
 * filtering, {@code exclusiveStartKey} (null: from the start) resumes after the
 * {@code lastEvaluatedKey} of the previous page. Validated by {@code Table.query}, with
 * DynamoDB's messages, before anything is read.
 */
public record QueryRequest(AttributeValue partitionKeyValue, SortKeyCondition sortKeyCondition,
        boolean scanIndexForward, Predicate<Item> filter, Integer limit, Key exclusiveStartKey,
        boolean consistentRead, Select select) {

    /** Requires a {@code select}; everything else is checked against the table. */
    public QueryRequest {
        Objects.requireNonNull(select, "select");
    }

    /** All items of a partition key, forward, eventually consistent, unfiltered, unlimited. */
    public static QueryRequest of(AttributeValue partitionKeyValue) {
        return new QueryRequest(partitionKeyValue, null, true, null, null, null, false,
                Select.ALL_ATTRIBUTES);
    }

    /** The same request with a sort key condition (null: none). */
    public QueryRequest withSortKeyCondition(SortKeyCondition condition) {
        return new QueryRequest(partitionKeyValue, condition, scanIndexForward, filter, limit,
                exclusiveStartKey, consistentRead, select);
    }

    /** The same request reading forward (true) or in reverse sort key order (false). */
    public QueryRequest withScanIndexForward(boolean forward) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, forward, filter, limit,
                exclusiveStartKey, consistentRead, select);
    }

    /** The same request with a filter applied after reading (null: none). */
    public QueryRequest withFilter(Predicate<Item> newFilter) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, newFilter,
                limit, exclusiveStartKey, consistentRead, select);
    }

    /** The same request reading at most {@code newLimit} items (null: no limit). */
    public QueryRequest withLimit(Integer newLimit) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                newLimit, exclusiveStartKey, consistentRead, select);
    }

    /** The same request resuming strictly after {@code key} (null: from the start). */
    public QueryRequest withExclusiveStartKey(Key key) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, key, consistentRead, select);
    }

    /** The same request, strongly (true) or eventually (false) consistent. */
    public QueryRequest withConsistentRead(boolean consistent) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, exclusiveStartKey, consistent, select);
    }

    /** The same request returning items or only counts. */
    public QueryRequest withSelect(Select newSelect) {
        return new QueryRequest(partitionKeyValue, sortKeyCondition, scanIndexForward, filter,
                limit, exclusiveStartKey, consistentRead, newSelect);
    }
}
