package io.partidb.planner.physical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import io.partidb.planner.Planner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scan read by several threads returns the rows a one-thread scan returns, in the same order,
 * for tables and indexes, filtered or not, whatever the number of threads asked for (capped at
 * {@link ScanOp#MAX_THREADS}); a failure while a worker reads a part (here, a cancellation)
 * reaches the reader; closing half-way ends the rows; writes during a scan never make an item
 * present throughout the scan appear twice or go missing.
 */
class ParallelScanOrderTest {
    private static final int ITEMS = 3 * ScanOp.MIN_PARALLEL_ITEMS + 17;
    private static Planner planner;

    @BeforeAll
    static void load() {
        Database database = Database.create("parallel-scan-order");
        planner = new Planner(database);
        planner.prepare("CREATE TABLE items (pk STRING, sk NUMBER, g STRING, v NUMBER, "
                + "PRIMARY KEY (pk, sk), GLOBAL INDEX byG (g, v))").execute(ExecutionContext.of());
        Plan insert = planner.prepare("INSERT INTO items VALUE {'pk': ?, 'sk': ?, 'g': ?, 'v': ?}");
        for (int i = 0; i < ITEMS; i++) {
            insert.execute(ExecutionContext.of(AttributeValue.ofString("p" + i / 3),
                    AttributeValue.ofNumber(i % 3), AttributeValue.ofString("g" + i % 97),
                    AttributeValue.ofNumber(i)));
        }
        assertThat(database.table("items").awaitIndexes(Duration.ofSeconds(30))).isTrue();
    }

    private static RowIterator open(String select, ExecutionContext context) {
        return ((ExecutionResult.Rows) planner.prepare(select).execute(context)).rows();
    }

    private static List<String> keys(String select, int segments) {
        List<String> keys = new ArrayList<>();
        try (RowIterator rows = open(select, ExecutionContext.of(segments))) {
            rows.forEachRemaining(item -> keys.add(key(item)));
        }
        return keys;
    }

    private static String key(Item item) {
        return ((AttributeValue.S) item.get("pk")).value() + "/"
                + ((AttributeValue.N) item.get("sk")).value();
    }

    @Test
    void everyNumberOfThreadsReturnsTheOrderOfOne() {
        String[] selects = {
            "SELECT * FROM items",
            "SELECT * FROM items WHERE v < 100 OR v > " + (ITEMS - 50),
            "SELECT * FROM items.byG",
            "SELECT * FROM items.byG WHERE v >= 1000",
        };
        for (String select : selects) {
            List<String> oneThread = keys(select, 1);
            assertThat(oneThread).as(select).isNotEmpty().doesNotHaveDuplicates();
            for (int segments : new int[] {2, 3, 8, 200}) {
                assertThat(keys(select, segments)).as("%s, %d segments", select, segments)
                        .isEqualTo(oneThread);
            }
        }
        assertThat(keys("SELECT * FROM items", 4)).hasSize(ITEMS);
    }

    @Test
    void aScanReadsWithAtMostFourThreadsPerProcessor() {
        assertThat(ScanOp.MAX_THREADS)
                .isEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        Plan scan = planner.prepare("SELECT * FROM items");
        assertThat(scan.explain(ExecutionContext.of(1_000_000)))
                .contains("  Scan(table=items, segments=" + ScanOp.MAX_THREADS + ")");
        assertThat(scan.explain(ExecutionContext.of(3)))
                .contains("  Scan(table=items, segments=3)");
        assertThat(keys("SELECT * FROM items", 1_000_000))
                .isEqualTo(keys("SELECT * FROM items", 1));
    }

    @Test
    void itemsPresentThroughoutComeExactlyOnceWhileOthersAreWritten() throws Exception {
        Plan insert = planner.prepare("INSERT INTO items VALUE {'pk': ?, 'sk': ?, 'v': ?}");
        Plan delete = planner.prepare("DELETE FROM items WHERE pk = ? AND sk = ?");
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int round = 0; !stop.get(); round++) {
                for (int i = 0; i < 500; i++) {
                    AttributeValue pk = AttributeValue.ofString("churn" + i);
                    AttributeValue sk = AttributeValue.ofNumber(round % 2);
                    insert.execute(ExecutionContext.of(pk, sk, AttributeValue.ofNumber(-1)));
                    delete.execute(ExecutionContext.of(pk, AttributeValue.ofNumber(1 - round % 2)));
                }
            }
        }, "churn");
        writer.start();
        try {
            for (int run = 0; run < 20; run++) {
                List<String> keys = keys("SELECT * FROM items", 1 + run % 4);
                assertThat(keys).as("run %d", run).doesNotHaveDuplicates();
                assertThat(keys.stream().filter(key -> !key.startsWith("churn")))
                        .as("run %d", run).hasSize(ITEMS);
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        for (int i = 0; i < 500; i++) {
            for (int sk = 0; sk < 2; sk++) {
                delete.execute(ExecutionContext.of(AttributeValue.ofString("churn" + i),
                        AttributeValue.ofNumber(sk)));
            }
        }
        assertThat(keys("SELECT * FROM items", 2)).hasSize(ITEMS);
    }

    @Test
    void aCancellationWhileWorkersReadReachesTheReader() {
        Cancellation cancellation = Cancellation.reusable();
        ExecutionContext context = new ExecutionContext(new AttributeValue[0], 4, false,
                cancellation);
        try (RowIterator rows = open("SELECT * FROM items WHERE v >= 0", context)) {
            assertThat(rows.hasNext()).isTrue();
            rows.next();
            cancellation.cancel();
            assertThatThrownBy(() -> rows.forEachRemaining(item -> { }))
                    .isInstanceOfSatisfying(EngineException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        }
    }

    @Test
    void closedRowsEndAndTheNextScanIsWhole() {
        RowIterator rows = open("SELECT * FROM items", ExecutionContext.of(2));
        for (int i = 0; i < 10; i++) {
            assertThat(rows.hasNext()).isTrue();
            rows.next();
        }
        rows.close();
        assertThat(rows.hasNext()).isFalse();
        assertThat(keys("SELECT * FROM items", 2)).hasSize(ITEMS);
    }
}
