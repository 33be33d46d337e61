package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paged reads while writers insert, overwrite and delete around a set of stable items: every
 * page boundary is a LastEvaluatedKey handed back as ExclusiveStartKey, and still no item comes
 * back twice and every item present throughout comes back exactly once.
 */
class PagedReadsUnderWritesTest {
    private static final int STABLE = 1_500;

    private final Database db = Database.create("pagedChurn");
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopWriters() {
        stop.set(true);
        pool.shutdownNow();
    }

    private static String pk(Item item) {
        return ((AttributeValue.S) item.get("pk")).value();
    }

    private static long sk(Item item) {
        return ((AttributeValue.N) item.get("sk")).value().longValueExact();
    }

    private List<Future<?>> startWriters(Table table, int writers, Callable<?>... extra) {
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                long round = 0;
                while (!stop.get()) {
                    round++;
                    for (int i = writer; i < STABLE && !stop.get(); i += writers) {
                        // A sibling in a stable item's collection, a whole new collection, and
                        // an overwrite of the stable item itself; then the churn goes again.
                        table.putItem(item("pk", "s" + i, "sk", 1L));
                        table.putItem(item("pk", "c" + i, "sk", round));
                        table.putItem(item("pk", "s" + i, "sk", 0L, "version", round));
                        table.deleteItem(Key.of(AttributeValue.ofString("s" + i),
                                AttributeValue.ofNumber(1)));
                        table.deleteItem(Key.of(AttributeValue.ofString("c" + i),
                                AttributeValue.ofNumber(round)));
                    }
                }
                return null;
            }));
        }
        for (Callable<?> task : extra) {
            futures.add(pool.submit(task));
        }
        return futures;
    }

    @Test
    void pagedParallelScansReturnStableItemsExactlyOnce() throws Exception {
        Table table = db.createTable(TestTables.compositeTable("scanChurn", ScalarType.S,
                ScalarType.N));
        for (int i = 0; i < STABLE; i++) {
            table.putItem(item("pk", "s" + i, "sk", 0L, "version", 0L));
        }
        List<Future<?>> writers = startWriters(table, 2);
        for (int pass = 0; pass < 8; pass++) {
            int total = 1 + pass % 4;
            int limit = 17 + pass * 13;
            Map<String, Integer> stableSeen = new HashMap<>();
            Set<List<Object>> allSeen = new HashSet<>();
            for (int segment = 0; segment < total; segment++) {
                ScanRequest request = ScanRequest.segment(segment, total).withLimit(limit);
                Key start = null;
                do {
                    Page page = table.scan(request.withExclusiveStartKey(start));
                    assertThat(page.scannedCount()).isLessThanOrEqualTo(limit);
                    for (Item item : page.items()) {
                        List<Object> key = List.of(item.get("pk"), item.get("sk"));
                        assertThat(allSeen.add(key)).as("returned twice: %s", key).isTrue();
                        if (pk(item).startsWith("s") && sk(item) == 0) {
                            stableSeen.merge(pk(item), 1, Integer::sum);
                        }
                    }
                    start = page.lastEvaluatedKey();
                } while (start != null);
            }
            assertThat(stableSeen).as("pass %d", pass).hasSize(STABLE);
            assertThat(stableSeen.values()).containsOnly(1);
        }
        stop.set(true);
        for (Future<?> writer : writers) {
            writer.get(30, TimeUnit.SECONDS);
        }
        assertThat(table.approximateItemCount()).isEqualTo(STABLE);
    }

    /** Even-numbered sort keys stay; odd ones come and go between and during the pages. */
    @Test
    void pagedQueriesReturnStableItemsExactlyOnceInOrder() throws Exception {
        Table table = db.createTable(TestTables.compositeTable("queryChurn", ScalarType.S,
                ScalarType.N));
        AttributeValue collection = AttributeValue.ofString("q");
        int size = 600;
        for (int i = 0; i < size; i += 2) {
            table.putItem(item("pk", collection, "sk", (long) i));
        }
        List<Future<?>> writers = startWriters(table, 1, () -> {
            while (!stop.get()) {
                for (int i = 1; i < size && !stop.get(); i += 2) {
                    table.putItem(item("pk", collection, "sk", (long) i));
                }
                for (int i = 1; i < size && !stop.get(); i += 2) {
                    table.deleteItem(Key.of(collection, AttributeValue.ofNumber(i)));
                }
            }
            return null;
        });
        for (int pass = 0; pass < 12; pass++) {
            boolean forward = pass % 2 == 0;
            QueryRequest request = QueryRequest.of(collection).withScanIndexForward(forward)
                    .withLimit(7 + pass * 5);
            List<Long> seen = new ArrayList<>();
            Key start = null;
            do {
                Page page = table.query(request.withExclusiveStartKey(start));
                for (Item item : page.items()) {
                    seen.add(sk(item));
                }
                start = page.lastEvaluatedKey();
            } while (start != null);
            List<Long> stable = new ArrayList<>();
            for (int i = 1; i < seen.size(); i++) {
                assertThat(forward ? seen.get(i) > seen.get(i - 1) : seen.get(i) < seen.get(i - 1))
                        .as("strictly ordered at %d", i).isTrue();
            }
            for (long key : seen) {
                if (key % 2 == 0) {
                    stable.add(key);
                }
            }
            assertThat(stable).as("pass %d", pass).hasSize(size / 2);
        }
        stop.set(true);
        for (Future<?> writer : writers) {
            writer.get(30, TimeUnit.SECONDS);
        }
    }
}
