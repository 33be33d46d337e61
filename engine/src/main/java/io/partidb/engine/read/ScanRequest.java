package io.partidb.engine.read;

import io.partidb.engine.Item;
import io.partidb.engine.PageKey;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One page of a (parallel) Scan: segment {@code segment} of {@code totalSegments} (0 of 1 for a
 * whole-table scan), read in the table's scan order. {@code filter} (null: none) is applied
 * after reading, {@code limit} (null: none) caps the items read before filtering,
 * {@code exclusiveStartKey} (null: from the start) resumes after the position where the previous
 * page of the same segment stopped. With an {@code indexName} (null: the table) the scan reads
 * that secondary index's projected entries, segmented by the index partition key, and the start
 * key is an {@link io.partidb.engine.IndexKey}. Validated by {@code Table.scan}, with DynamoDB's
 * messages, before anything is read.
 */
public record ScanRequest(int segment, int totalSegments, Predicate<Item> filter, Integer limit,
        PageKey exclusiveStartKey, boolean consistentRead, Select select, String indexName) {

    /** Requires a {@code select}; everything else is checked against the table. */
    public ScanRequest {
        Objects.requireNonNull(select, "select");
    }

    /** The whole table, eventually consistent, unfiltered, unlimited. */
    public static ScanRequest all() {
        return segment(0, 1);
    }

    /** One segment of a parallel scan, eventually consistent, unfiltered, unlimited. */
    public static ScanRequest segment(int segment, int totalSegments) {
        return new ScanRequest(segment, totalSegments, null, null, null, false,
                Select.ALL_ATTRIBUTES, null);
    }

    /** The same request with a filter applied after reading (null: none). */
    public ScanRequest withFilter(Predicate<Item> newFilter) {
        return new ScanRequest(segment, totalSegments, newFilter, limit, exclusiveStartKey,
                consistentRead, select, indexName);
    }

    /** The same request reading at most {@code newLimit} items (null: no limit). */
    public ScanRequest withLimit(Integer newLimit) {
        return new ScanRequest(segment, totalSegments, filter, newLimit, exclusiveStartKey,
                consistentRead, select, indexName);
    }

    /** The same request resuming strictly after {@code key} (null: from the start). */
    public ScanRequest withExclusiveStartKey(PageKey key) {
        return new ScanRequest(segment, totalSegments, filter, limit, key, consistentRead,
                select, indexName);
    }

    /** The same request resuming where {@code page} stopped (from the start if it did not). */
    public ScanRequest after(Page page) {
        return withExclusiveStartKey(page.lastEvaluated());
    }

    /** The same request, strongly (true) or eventually (false) consistent. */
    public ScanRequest withConsistentRead(boolean consistent) {
        return new ScanRequest(segment, totalSegments, filter, limit, exclusiveStartKey,
                consistent, select, indexName);
    }

    /** The same request returning items or only counts. */
    public ScanRequest withSelect(Select newSelect) {
        return new ScanRequest(segment, totalSegments, filter, limit, exclusiveStartKey,
                consistentRead, newSelect, indexName);
    }

    /** The same request reading the named secondary index (null: the table). */
    public ScanRequest withIndex(String newIndexName) {
        return new ScanRequest(segment, totalSegments, filter, limit, exclusiveStartKey,
                consistentRead, select, newIndexName);
    }
}
