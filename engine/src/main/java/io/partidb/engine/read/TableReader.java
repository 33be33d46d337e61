package io.partidb.engine.read;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.index.IndexShape;
import io.partidb.engine.index.IndexView;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.ResumableReads;
import io.partidb.engine.storage.SortKeyRange;
import io.partidb.engine.storage.TableStore;

import java.util.Collections;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Runs one page of a Query or Scan on a table's store or on one of its secondary indexes:
 * checks the request against the table (or index), opens a read that starts strictly after the
 * ExclusiveStartKey in the read's own order (sort key order, forward or reverse, for Query; the
 * scan order of the segment for Scan) and collects the page. Called by {@link Table}, which
 * checks the request parameters, that the table still exists and which index is read first.
 */
public final class TableReader {
    private TableReader() {
    }

    /** One page of a Query; see {@link QueryRequest}. */
    public static Page query(Table table, TableStore store, QueryRequest request) {
        KeySchema schema = table.definition().keySchema();
        ReadChecks.checkQuery(table, schema, request);
        return new PageCollector(schema.partitionKey().name(), sortKeyName(schema),
                request.filter(), request.limit(), request.select())
                .readFrom(querySource(store, schema, request))
                .page(table.name(), request.consistentRead());
    }

    /**
     * Every item of a Query, filtered, read lazily without pages (see {@link Table#queryItems});
     * the same checks as {@link #query}.
     */
    public static Iterator<Item> queryItems(Table table, TableStore store, QueryRequest request) {
        KeySchema schema = table.definition().keySchema();
        ReadChecks.checkQuery(table, schema, request);
        return filtered(querySource(store, schema, request), request.filter());
    }

    // The items a Query reads, before the filter, starting strictly after the start key.
    private static Iterator<Item> querySource(TableStore store, KeySchema schema,
            QueryRequest request) {
        boolean forward = request.scanIndexForward();
        SortKeyCondition condition = request.sortKeyCondition();
        SortKeyRange range = condition == null ? SortKeyRange.ALL : condition.range();
        Key start = (Key) request.exclusiveStartKey();
        if (start != null && !schema.hasSortKey()) {
            // The start key is the partition key's only item: nothing lies after it.
            return Collections.emptyIterator();
        }
        if (start != null) {
            range = range.after(start.sort(), forward);
        }
        return ResumableReads.partition(store, request.partitionKeyValue(), range, forward);
    }

    /** One page of a Scan segment; see {@link ScanRequest}. */
    public static Page scan(Table table, TableStore store, ScanRequest request) {
        KeySchema schema = table.definition().keySchema();
        ReadChecks.checkScanStart(table, schema, request);
        Key start = (Key) request.exclusiveStartKey();
        Iterator<Item> source = ResumableReads.scan(store,
                HashRange.segment(request.segment(), request.totalSegments()),
                start == null ? null : start.partition(), start == null ? null : start.sort());
        return new PageCollector(schema.partitionKey().name(), sortKeyName(schema),
                request.filter(), request.limit(), request.select())
                .readFrom(source)
                .page(table.name(), request.consistentRead());
    }

    /**
     * One page of a Query of a secondary index: the entries of one index partition key value in
     * index order (index sort key, then table key) or its reverse, with the table's paging rules;
     * the start key and LastEvaluatedKey are {@link IndexKey}s.
     */
    public static Page queryIndex(Table table, IndexView index, QueryRequest request) {
        IndexShape shape = index.shape();
        ReadChecks.checkIndexQuery(table, shape, request);
        return new PageCollector(shape, request.filter(), request.limit(), request.select())
                .readFrom(indexQuerySource(index, request))
                .page(table.name(), request.consistentRead());
    }

    /**
     * Every entry of a Query of a secondary index, filtered, read lazily without pages (see
     * {@link Table#queryItems}); the same checks as {@link #queryIndex}.
     */
    public static Iterator<Item> queryIndexItems(Table table, IndexView index,
            QueryRequest request) {
        ReadChecks.checkIndexQuery(table, index.shape(), request);
        return filtered(indexQuerySource(index, request), request.filter());
    }

    private static Iterator<Item> indexQuerySource(IndexView index, QueryRequest request) {
        SortKeyCondition condition = request.sortKeyCondition();
        SortKeyRange range = condition == null ? SortKeyRange.ALL : condition.range();
        return index.entries().query(request.partitionKeyValue(), range,
                (IndexKey) request.exclusiveStartKey(), request.scanIndexForward());
    }

    private static Iterator<Item> filtered(Iterator<Item> items, Predicate<Item> filter) {
        return filter == null ? items : new FilteredItems(items, filter);
    }

    /** One page of a Scan segment of a secondary index, in the index's scan order. */
    public static Page scanIndex(Table table, IndexView index, ScanRequest request) {
        IndexShape shape = index.shape();
        ReadChecks.checkIndexScanStart(table, shape, request);
        Iterator<Item> source = index.entries().scan(
                HashRange.segment(request.segment(), request.totalSegments()),
                (IndexKey) request.exclusiveStartKey());
        return new PageCollector(shape, request.filter(), request.limit(), request.select())
                .readFrom(source)
                .page(table.name(), request.consistentRead());
    }

    private static String sortKeyName(KeySchema schema) {
        return schema.sortKey().map(KeyElement::name).orElse(null);
    }
}
