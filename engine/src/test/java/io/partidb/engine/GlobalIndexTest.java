package io.partidb.engine;

import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.index.IndexDescription;
import io.partidb.engine.index.IndexStatus;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.queryAll;
import static io.partidb.engine.IndexTables.remove;
import static io.partidb.engine.IndexTables.scanAll;
import static io.partidb.engine.IndexTables.set;
import static io.partidb.engine.TestTables.item;
import static io.partidb.engine.TestTables.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Global secondary indexes: maintained in the background from the change log, observable in
 * the table description, readable only eventually consistently; created on a table with data
 * while writes continue, dropped, created again; converging to what a rebuild holds.
 */
class GlobalIndexTest {
    private final Database db = Database.create("global");

    /** What an index on {@code gk} (S) projecting ALL must hold: every item with a valid key. */
    private static List<Item> expectedEntries(Table table) {
        List<Item> expected = new ArrayList<>();
        table.scan(item -> true).forEachRemaining(item -> {
            if (item.get("gk") instanceof AttributeValue.S s && !s.value().isEmpty()) {
                expected.add(item);
            }
        });
        return expected;
    }

    private static List<Item> entries(Table table, String index) {
        return scanAll(table, ScanRequest.all().withIndex(index));
    }

    @Test
    void writesReachTheIndexAndItsDescription() {
        Table table = db.createTable(composite("orders",
                gsi("byStatus", "status", ScalarType.S, "created", ScalarType.N,
                        Projection.keysOnly())));
        for (int i = 0; i < 10; i++) {
            table.putItem(item("pk", "o" + i, "sk", "1", "status", i % 2 == 0 ? "open" : "done",
                    "created", (long) (100 - i)));
        }
        await(table, "byStatus");
        List<Item> open = queryAll(table, QueryRequest.of(value("open")).withIndex("byStatus"));
        assertThat(open).extracting(i -> i.get("created"))
                .containsExactly(value(92L), value(94L), value(96L), value(98L), value(100L));

        IndexDescription description = table.describe().index("byStatus").orElseThrow();
        assertThat(description.status()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(description.backfilling()).isFalse();
        assertThat(description.itemCount()).isEqualTo(10);
        assertThat(description.pendingChanges()).isZero();
        long bytes = 0;
        for (Item entry : entries(table, "byStatus")) {
            bytes += entry.sizeInBytes();
        }
        assertThat(description.sizeInBytes()).isEqualTo(bytes);
    }

    @Test
    void readsOfAnUnknownIndexOrConsistentReadsOfAGlobalOneAreRefused() {
        Table table = db.createTable(composite("orders",
                gsi("gsi", "gk", ScalarType.S, Projection.all())));
        assertEngineError(() -> table.query(QueryRequest.of(value("g")).withIndex("nope")
                        .withConsistentRead(true)), ErrorCode.INDEX_NOT_FOUND,
                "The table does not have the specified index: nope");
        assertEngineError(() -> table.scan(ScanRequest.all().withIndex("nope")),
                ErrorCode.INDEX_NOT_FOUND, "The table does not have the specified index: nope");
        assertEngineError(() -> table.query(QueryRequest.of(value("g")).withIndex("gsi")
                        .withConsistentRead(true)), ErrorCode.VALIDATION,
                "Consistent reads are not supported on global secondary indexes");
        assertEngineError(() -> table.scan(ScanRequest.all().withIndex("gsi")
                        .withConsistentRead(true)), ErrorCode.VALIDATION,
                "Consistent reads are not supported on global secondary indexes");
        assertEngineError(() -> table.awaitIndex("nope", IndexTables.AWAIT),
                ErrorCode.INDEX_NOT_FOUND, "The table does not have the specified index: nope");
    }

    @Test
    void droppedIndexesAreGoneAndCreatingThemAgainStartsOver() {
        Table table = db.createTable(composite("orders"));
        table.putItem(item("pk", "a", "sk", "1", "gk", "g", "hk", "h1"));
        db.createGlobalIndex("orders", gsi("idx", "gk", ScalarType.S, Projection.keysOnly()));
        await(table, "idx");
        assertThat(entries(table, "idx")).hasSize(1);

        db.dropIndex("orders", "idx");
        assertThat(table.describe().indexes()).isEmpty();
        assertEngineError(() -> table.query(QueryRequest.of(value("g")).withIndex("idx")),
                ErrorCode.INDEX_NOT_FOUND, "The table does not have the specified index: idx");

        table.putItem(item("pk", "b", "sk", "1", "hk", "h2"));
        db.createGlobalIndex("orders", gsi("idx", "hk", ScalarType.S, Projection.all()));
        await(table, "idx");
        assertThat(entries(table, "idx")).containsExactlyInAnyOrder(
                item("pk", "a", "sk", "1", "gk", "g", "hk", "h1"),
                item("pk", "b", "sk", "1", "hk", "h2"));
    }

    @Test
    void droppingTheTableStopsItsIndexes() {
        Table table = db.createTable(composite("orders",
                gsi("gsi", "gk", ScalarType.S, Projection.all())));
        table.putItem(item("pk", "a", "sk", "1", "gk", "g"));
        assertThat(db.dropTable("orders").index("gsi")).isPresent();
        assertEngineError(() -> table.awaitIndex("gsi", IndexTables.AWAIT),
                ErrorCode.RESOURCE_NOT_FOUND);
    }

    /** Random puts, key changes, key removals and deletes over a small key space. */
    private static Runnable writer(Table table, long seed, int operations) {
        return () -> {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < operations; i++) {
                String pk = "k" + random.nextInt(200);
                String sk = "s" + random.nextInt(3);
                String gk = "g" + random.nextInt(20);
                switch (random.nextInt(5)) {
                    case 0, 1 -> table.putItem(item("pk", pk, "sk", sk, "gk", gk,
                            "n", (long) i));
                    case 2 -> set(table, key(pk, sk), "gk", gk);
                    case 3 -> remove(table, key(pk, sk), "gk");
                    default -> table.deleteItem(key(pk, sk));
                }
            }
        };
    }

    private static void runAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void assertSameAsRebuild(Table table, String index) {
        await(table, index);
        List<Item> entries = entries(table, index);
        assertThat(entries).containsExactlyInAnyOrderElementsOf(expectedEntries(table));
        db.createGlobalIndex(table.name(), gsi("rebuild", "gk", ScalarType.S, Projection.all()));
        await(table, "rebuild");
        assertThat(entries(table, "rebuild")).containsExactlyElementsOf(entries);
        for (int g = 0; g < 20; g++) {
            QueryRequest query = QueryRequest.of(value("g" + g));
            assertThat(queryAll(table, query.withIndex(index)))
                    .isEqualTo(queryAll(table, query.withIndex("rebuild")));
        }
    }

    @Test
    void concurrentWritersConvergeToWhatARebuildHolds() throws InterruptedException {
        Table table = db.createTable(composite("orders",
                gsi("gsi", "gk", ScalarType.S, Projection.all())));
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            writers.add(new Thread(writer(table, 17 + t, 5_000)));
        }
        runAll(writers);
        assertThat(table.describe().index("gsi").orElseThrow().itemCount())
                .isLessThanOrEqualTo(600);
        assertSameAsRebuild(table, "gsi");
        assertThat(table.describe().index("gsi").orElseThrow().pendingChanges()).isZero();
    }

    @Test
    void anIndexCreatedWhileWritesContinueIsBackfilledCompletely() throws InterruptedException {
        Table table = db.createTable(composite("orders"));
        writer(table, 3, 3_000).run();
        CountDownLatch started = new CountDownLatch(4);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Runnable work = writer(table, 100 + t, 4_000);
            writers.add(new Thread(() -> {
                started.countDown();
                work.run();
            }));
        }
        for (Thread thread : writers) {
            thread.start();
        }
        started.await();
        db.createGlobalIndex("orders", gsi("late", "gk", ScalarType.S, Projection.all()));
        IndexStatus status = table.describe().index("late").orElseThrow().status();
        assertThat(status).isIn(IndexStatus.CREATING, IndexStatus.ACTIVE);
        for (Thread thread : writers) {
            thread.join();
        }
        assertSameAsRebuild(table, "late");
    }
}
