package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Atomicity of conditional inserts and of catalog changes under contention. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int KEYS = 500;

    @Test
    void exactlyOneConcurrentInsertPerKeyWins() throws Exception {
        runInsertRace(TestTables.hashTable("race", ScalarType.S));
    }

    @Test
    void exactlyOneConcurrentInsertPerKeyWinsInItemCollections() throws Exception {
        runInsertRace(TestTables.compositeTable("race2", ScalarType.S, ScalarType.S));
    }

    @Test
    void concurrentCatalogChangesAreSerialised() throws Exception {
        Database db = Database.create("catalog-race");
        CountDownLatch start = new CountDownLatch(1);
        AtomicIntegerArray sharedCreated = new AtomicIntegerArray(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        db.createTable(TestTables.hashTable("t" + thread + "_" + i, ScalarType.S));
                    }
                    try {
                        db.createTable(TestTables.hashTable("shared", ScalarType.S));
                        sharedCreated.incrementAndGet(0);
                    } catch (EngineException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_IN_USE);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sharedCreated.get(0)).isEqualTo(1);
        assertThat(db.catalog().tables()).hasSize(101);
        assertThat(db.catalog().version()).isEqualTo(101);
        for (var definition : db.catalog().tables()) {
            assertThat(db.table(definition.name()).definition()).isEqualTo(definition);
        }
    }

    private static void runInsertRace(io.partidb.engine.catalog.TableDefinition definition)
            throws Exception {
        Database db = Database.create("concurrency");
        Table table = db.createTable(definition);
        boolean composite = definition.keySchema().hasSortKey();
        AtomicIntegerArray wins = new AtomicIntegerArray(KEYS);
        AtomicIntegerArray winner = new AtomicIntegerArray(KEYS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int k = 0; k < KEYS; k++) {
                        Item item = composite
                                ? item("pk", "p" + (k % 7), "sk", "k" + k, "by", (long) thread)
                                : item("pk", "k" + k, "by", (long) thread);
                        try {
                            table.insertItem(item);
                            wins.incrementAndGet(k);
                            winner.set(k, thread);
                        } catch (EngineException e) {
                            assertThat(e.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int k = 0; k < KEYS; k++) {
            assertThat(wins.get(k)).as("winners of key %d", k).isEqualTo(1);
            Key key = composite
                    ? Key.of(AttributeValue.ofString("p" + (k % 7)),
                            AttributeValue.ofString("k" + k))
                    : Key.of(AttributeValue.ofString("k" + k));
            assertThat(table.getItem(key).orElseThrow().get("by"))
                    .isEqualTo(AttributeValue.ofNumber(winner.get(k)));
        }
        assertThat(table.approximateItemCount()).isEqualTo(KEYS);
    }
}
