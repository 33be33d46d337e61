package io.partidb.engine;

import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.hashOnly;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.queryAll;
import static io.partidb.engine.IndexTables.scanAll;
import static io.partidb.engine.TestTables.item;
import static io.partidb.engine.TestTables.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query and Scan of an index page as the table's do: Limit, 1 MB, LastEvaluatedKey holding the
 * index keys and the table keys, pages joined equal to one read (and to a read without pages),
 * parallel segments, and the start key checks.
 */
class IndexPagingTest {
    private static final AttributeValue G = value("g");

    private final Database db = Database.create("paging");

    /** 60 items in one index partition: 30 with equal index keys, 30 with distinct ones. */
    private Table tableWithDuplicates() {
        Table table = db.createTable(composite("orders",
                gsi("gsi", "gk", ScalarType.S, "gs", ScalarType.N, Projection.keysOnly()),
                lsi("lsi", "lk", ScalarType.N, Projection.all())));
        for (int i = 0; i < 30; i++) {
            table.putItem(item("pk", "p" + (i % 7), "sk", "s" + i, "gk", "g", "gs", 5L,
                    "lk", 1L));
            table.putItem(item("pk", "q" + (i % 5), "sk", "t" + i, "gk", "g", "gs", (long) i,
                    "lk", (long) i));
            table.putItem(item("pk", "r" + i, "sk", "u", "gk", "other", "gs", 1L));
        }
        await(table, "gsi");
        return table;
    }

    private static List<Item> pagedBy(Table table, QueryRequest request, int limit) {
        List<Item> items = queryAll(table, request.withLimit(limit));
        assertThat(new HashSet<>(items)).as("no entry twice").hasSameSizeAs(items);
        return items;
    }

    @Test
    void queryPagesJoinedEqualOneRead() {
        Table table = tableWithDuplicates();
        List<QueryRequest> requests = List.of(
                QueryRequest.of(G).withIndex("gsi"),
                QueryRequest.of(G).withIndex("gsi").withScanIndexForward(false),
                QueryRequest.of(G).withIndex("gsi")
                        .withSortKeyCondition(SortKeyCondition.eq(value(5L))),
                QueryRequest.of(G).withIndex("gsi")
                        .withSortKeyCondition(SortKeyCondition.between(value(3L), value(12L)))
                        .withScanIndexForward(false),
                QueryRequest.of(value("p3")).withIndex("lsi").withConsistentRead(true),
                QueryRequest.of(value("q1")).withIndex("lsi")
                        .withSortKeyCondition(SortKeyCondition.gt(value(4L))));
        for (QueryRequest request : requests) {
            Page whole = table.query(request);
            assertThat(whole.hasMore()).isFalse();
            for (int limit : new int[] {1, 2, 7, 100}) {
                assertThat(pagedBy(table, request, limit)).as("%s by %d", request, limit)
                        .containsExactlyElementsOf(whole.items());
            }
            List<Item> unpaged = new ArrayList<>();
            table.queryItems(request.withLimit(2)).forEachRemaining(unpaged::add);
            assertThat(unpaged).as("%s without pages", request)
                    .containsExactlyElementsOf(whole.items());
        }
        assertThat(table.query(requests.get(2)).items()).hasSize(31);
    }

    @Test
    void equalIndexKeysAreOrderedByTheTableKey() {
        Table table = tableWithDuplicates();
        List<Item> equal = table.query(QueryRequest.of(G).withIndex("gsi")
                .withSortKeyCondition(SortKeyCondition.eq(value(5L)))).items();
        List<Key> keys = equal.stream().map(i -> Key.of(i.get("pk"), i.get("sk"))).toList();
        List<Key> sorted = new ArrayList<>(keys);
        sorted.sort((a, b) -> {
            int c = AttributeValues.KEY_ORDER.compare(a.partition(), b.partition());
            return c != 0 ? c : AttributeValues.KEY_ORDER.compare(a.sort(), b.sort());
        });
        assertThat(keys).isEqualTo(sorted);
    }

    @Test
    void lastEvaluatedKeyHoldsTheIndexKeysAndTheTableKey() {
        Table table = tableWithDuplicates();
        Page page = table.query(QueryRequest.of(G).withIndex("gsi").withLimit(1));
        Item first = page.items().get(0);
        assertThat(page.lastEvaluated()).isEqualTo(IndexKey.of(G, first.get("gs"),
                Key.of(first.get("pk"), first.get("sk"))));

        Table hash = db.createTable(hashOnly("flat", gsi("gsi", "gk", ScalarType.S,
                Projection.keysOnly())));
        hash.putItem(item("pk", "b", "gk", "g"));
        hash.putItem(item("pk", "a", "gk", "g"));
        await(hash, "gsi");
        Page one = hash.query(QueryRequest.of(G).withIndex("gsi").withLimit(1));
        assertThat(one.items()).containsExactly(item("pk", "a", "gk", "g"));
        assertThat(one.lastEvaluated()).isEqualTo(IndexKey.of(G, Key.of(value("a"))));
        assertThat(queryAll(hash, QueryRequest.of(G).withIndex("gsi").withLimit(1)))
                .containsExactly(item("pk", "a", "gk", "g"), item("pk", "b", "gk", "g"));
    }

    @Test
    void scanPagesAndParallelSegmentsCoverEveryEntryOnce() {
        Table table = tableWithDuplicates();
        List<Item> all = table.scan(ScanRequest.all().withIndex("gsi")).items();
        assertThat(all).hasSize(90);
        assertThat(scanAll(table, ScanRequest.all().withIndex("gsi").withLimit(4)))
                .containsExactlyElementsOf(all);
        for (int total : new int[] {3, 7, 64, 100}) {
            List<Item> union = new ArrayList<>();
            List<Item> iterated = new ArrayList<>();
            for (int segment = 0; segment < total; segment++) {
                union.addAll(scanAll(table,
                        ScanRequest.segment(segment, total).withIndex("gsi").withLimit(3)));
                table.scanIndex("gsi", segment, total, null).forEachRemaining(iterated::add);
            }
            assertThat(union).as("%d segments", total).containsExactlyInAnyOrderElementsOf(all);
            assertThat(iterated).containsExactlyInAnyOrderElementsOf(all);
        }
        List<Item> filtered = new ArrayList<>();
        table.scanIndex("gsi", 0, 1, i -> i.get("gk").equals(value("other")))
                .forEachRemaining(filtered::add);
        assertThat(filtered).hasSize(30);
    }

    @Test
    void pagesOfAnIndexStopAtOneMegabyteOfEntries() {
        Table table = db.createTable(composite("big",
                gsi("all", "gk", ScalarType.S, Projection.all()),
                gsi("keys", "gk", ScalarType.S, Projection.keysOnly())));
        for (int i = 0; i < 5; i++) {
            table.putItem(item("pk", "p" + i, "sk", "1", "gk", "g", "pad", "x".repeat(300_000)));
        }
        await(table, "all");
        await(table, "keys");
        Page all = table.query(QueryRequest.of(G).withIndex("all"));
        assertThat(all.items()).hasSize(4);
        assertThat(all.hasMore()).isTrue();
        Page keys = table.query(QueryRequest.of(G).withIndex("keys"));
        assertThat(keys.items()).hasSize(5);
        assertThat(keys.hasMore()).isFalse();
    }

    @Test
    void startKeysMustBeThoseOfTheRead() {
        Table table = tableWithDuplicates();
        QueryRequest query = QueryRequest.of(G).withIndex("gsi");
        assertEngineError(() -> table.query(query.withExclusiveStartKey(key("p1", "s1"))),
                ErrorCode.VALIDATION, "The provided starting key is invalid");
        assertEngineError(() -> table.query(QueryRequest.of(value("p1"))
                        .withExclusiveStartKey(IndexKey.of(G, value(5L), key("p1", "s1")))),
                ErrorCode.VALIDATION, "The provided starting key is invalid");
        assertEngineError(() -> table.query(query.withExclusiveStartKey(
                        IndexKey.of(G, value("5"), key("p1", "s1")))),
                ErrorCode.VALIDATION, "The provided starting key is invalid");
        assertEngineError(() -> table.query(query.withExclusiveStartKey(
                        IndexKey.of(value("h"), value(5L), key("p1", "s1")))),
                ErrorCode.VALIDATION, "The provided starting key is outside query boundaries "
                        + "based on provided conditions");
        assertEngineError(() -> table.query(query.withExclusiveStartKey(
                        IndexKey.of(G, value(5L), Key.of(value("p1"))))),
                ErrorCode.VALIDATION, "The provided starting key is invalid");
        assertEngineError(() -> table.scan(ScanRequest.all().withIndex("gsi")
                        .withExclusiveStartKey(key("p1", "s1"))),
                ErrorCode.VALIDATION, "The provided starting key is invalid");
        assertEngineError(() -> table.scan(ScanRequest.all()
                        .withExclusiveStartKey(IndexKey.of(G, value(5L), key("p1", "s1")))),
                ErrorCode.VALIDATION, "The provided starting key is invalid: The provided key "
                        + "element does not match the schema");
        assertEngineError(() -> table.query(QueryRequest.of(value("p1")).withIndex("lsi")
                        .withExclusiveStartKey(IndexKey.of(value("p1"), value(1L),
                                key("p2", "s1")))),
                ErrorCode.VALIDATION, "The provided starting key is invalid");

        IndexKey start = IndexKey.of(G, value(5L), key("p1", "s1"));
        Set<Integer> rejected = new HashSet<>();
        for (int segment = 0; segment < 4; segment++) {
            try {
                table.scan(ScanRequest.segment(segment, 4).withIndex("gsi")
                        .withExclusiveStartKey(start));
            } catch (EngineException e) {
                assertThat(e.getMessage()).isEqualTo("The provided starting key is invalid: "
                        + "Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct "
                        + "Segment. TotalSegments: 4 Segment: " + segment);
                rejected.add(segment);
            }
        }
        assertThat(rejected).hasSize(3);
    }
}
