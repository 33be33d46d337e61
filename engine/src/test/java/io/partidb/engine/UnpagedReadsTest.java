package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reads for callers that need neither pages nor wrappers: {@link Table#findItem} (a point
 * read by key values) and {@link Table#queryItems} (a Query read to its end), with the same
 * checks and answers as {@link Table#getItem(Key)} and paged {@link Table#query}.
 */
class UnpagedReadsTest {
    private static final String SCHEMA = "The provided key element does not match the schema";

    private final Database db = Database.create("unpaged");
    private final Table composite = db.createTable(
            TestTables.compositeTable("composite", ScalarType.S, ScalarType.N));
    private final Table hash = db.createTable(TestTables.hashTable("hash", ScalarType.S));

    private static AttributeValue s(String text) {
        return AttributeValue.ofString(text);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    private static List<Item> all(Iterator<Item> items) {
        List<Item> out = new ArrayList<>();
        items.forEachRemaining(out::add);
        return out;
    }

    @Test
    void findItemAnswersAsGetItemDoes() {
        Item stored = item("pk", "a", "sk", 1L, "v", "x");
        composite.putItem(stored);
        hash.putItem(item("pk", "a"));
        assertThat(composite.findItem(s("a"), n(1))).isEqualTo(stored);
        assertThat(composite.findItem(s("a"), n(2))).isNull();
        assertThat(composite.findItem(s("b"), n(1))).isNull();
        assertThat(hash.findItem(s("a"), null)).isEqualTo(item("pk", "a"));
        assertThat(hash.findItem(s("b"), null)).isNull();
    }

    @Test
    void findItemChecksTheKeyAsGetItemDoes() {
        assertEngineError(() -> composite.findItem(s("a"), null), ErrorCode.KEY_MISMATCH, SCHEMA);
        assertEngineError(() -> composite.findItem(n(1), n(1)), ErrorCode.KEY_MISMATCH, SCHEMA);
        assertEngineError(() -> composite.findItem(s("a"), s("1")), ErrorCode.KEY_MISMATCH,
                SCHEMA);
        assertEngineError(() -> hash.findItem(s("a"), s("b")), ErrorCode.KEY_MISMATCH, SCHEMA);
        for (Table table : List.of(composite, hash)) {
            AttributeValue sort = table == composite ? n(1) : null;
            assertThat(catchMessage(() -> table.findItem(s(""), sort)))
                    .isEqualTo(catchMessage(() -> table.getItem(new Key(s(""), sort))));
        }
        db.dropTable("hash");
        assertEngineError(() -> hash.findItem(s("a"), null), ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: hash not found");
    }

    @Test
    void queryItemsReadsPastEveryPageBoundary() {
        // 3 items of 400 KB: a paged Query needs three pages to read them
        String big = "x".repeat(399_000);
        for (long sk = 0; sk < 3; sk++) {
            composite.putItem(item("pk", "p", "sk", sk, "pad", big));
        }
        composite.putItem(item("pk", "q", "sk", 0L));
        QueryRequest request = QueryRequest.of(s("p"));
        assertThat(composite.query(request).hasMore()).isTrue();
        assertThat(all(composite.queryItems(request))).extracting(i -> i.get("sk"))
                .containsExactly(n(0), n(1), n(2));
        assertThat(all(composite.queryItems(request.withScanIndexForward(false)
                .withSortKeyCondition(SortKeyCondition.le(n(1))))))
                .extracting(i -> i.get("sk")).containsExactly(n(1), n(0));
        assertThat(all(composite.queryItems(request.withExclusiveStartKey(Key.of(s("p"), n(0)))
                .withFilter(i -> !i.get("sk").equals(n(1))))))
                .extracting(i -> i.get("sk")).containsExactly(n(2));
        assertThat(composite.queryItems(QueryRequest.of(s("none"))).hasNext()).isFalse();
    }

    @Test
    void queryItemsChecksTheRequestBeforeReading() {
        String typeMismatch = "One or more parameter values were invalid: "
                + "Condition parameter type does not match schema type";
        assertEngineError(() -> composite.queryItems(QueryRequest.of(s("p")).withLimit(0)),
                ErrorCode.VALIDATION);
        assertEngineError(() -> composite.queryItems(QueryRequest.of(n(1))),
                ErrorCode.KEY_MISMATCH, typeMismatch);
        assertEngineError(() -> hash.queryItems(QueryRequest.of(s("p"))
                        .withSortKeyCondition(SortKeyCondition.eq(s("x")))),
                ErrorCode.VALIDATION, "Query key condition not supported");
        assertEngineError(() -> composite.queryItems(QueryRequest.of(s("p")).withIndex("none")),
                ErrorCode.INDEX_NOT_FOUND, "The table does not have the specified index: none");
        db.dropTable("composite");
        assertEngineError(() -> composite.queryItems(QueryRequest.of(s("p"))),
                ErrorCode.RESOURCE_NOT_FOUND);
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
