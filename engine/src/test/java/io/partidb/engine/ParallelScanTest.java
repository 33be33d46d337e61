package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Parallel scan segments: complete, disjoint, balanced, and exact under writes. */
class ParallelScanTest {
    private static final int ITEMS = 10_000;

    private final Database db = Database.create("scans");

    private Table filledHashTable() {
        Table table = db.createTable(TestTables.hashTable("filled", ScalarType.S));
        for (int i = 0; i < ITEMS; i++) {
            table.putItem(item("pk", "user" + i, "n", (long) i));
        }
        return table;
    }

    private static List<String> segmentKeys(Table table, int segment, int total) {
        List<String> keys = new ArrayList<>();
        table.scan(segment, total, null).forEachRemaining(i -> keys.add(pk(i)));
        return keys;
    }

    private static String pk(Item item) {
        return ((AttributeValue.S) item.get("pk")).value();
    }

    @Test
    void segmentsAreDisjointAndCompleteForOneToSevenSegments() {
        Table table = filledHashTable();
        for (int total = 1; total <= 7; total++) {
            Set<String> seen = new HashSet<>();
            int returned = 0;
            for (int segment = 0; segment < total; segment++) {
                List<String> keys = segmentKeys(table, segment, total);
                returned += keys.size();
                seen.addAll(keys);
            }
            assertThat(returned).as("items over %d segments", total).isEqualTo(ITEMS);
            assertThat(seen).as("distinct items over %d segments", total).hasSize(ITEMS);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 100, 1000, 1_000_000})
    void moreSegmentsThanPartitionsStillCoverEverything(int total) {
        Table table = db.createTable(TestTables.hashTable("many", ScalarType.N));
        for (int i = 0; i < 500; i++) {
            table.putItem(item("pk", (long) i));
        }
        int returned = 0;
        // Sampling the segments of a million-way scan: every item lies in exactly one of them.
        int step = Math.max(1, total / 2000);
        Set<AttributeValue> seen = new HashSet<>();
        for (int segment = 0; segment < total; segment += step) {
            var scan = table.scan(segment, total, null);
            while (scan.hasNext()) {
                assertThat(seen.add(scan.next().get("pk"))).isTrue();
                returned++;
            }
        }
        if (step == 1) {
            assertThat(returned).isEqualTo(500);
        } else {
            assertThat(returned).isLessThan(500);
        }
    }

    @Test
    void segmentsAreBalanced() {
        Table table = filledHashTable();
        assertThat(table.partitionCount()).isEqualTo(64);
        for (int total : new int[] {4, 7}) {
            for (int segment = 0; segment < total; segment++) {
                int size = segmentKeys(table, segment, total).size();
                double expected = (double) ITEMS / total;
                assertThat((double) size).as("segment %d of %d", segment, total)
                        .isBetween(expected * 0.85, expected * 1.15);
            }
        }
    }

    @Test
    void segmentArgumentsAreValidated() {
        Table table = db.createTable(TestTables.hashTable("args", ScalarType.S));
        assertEngineError(() -> table.scan(0, 0, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value '0' at 'totalSegments' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1");
        assertEngineError(() -> table.scan(0, 1_000_001, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value '1000001' at 'totalSegments' failed to "
                        + "satisfy constraint: Member must have value less than or equal to "
                        + "1000000");
        assertEngineError(() -> table.scan(-1, 4, null), ErrorCode.VALIDATION,
                "1 validation error detected: Value '-1' at 'segment' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 0");
        assertEngineError(() -> table.scan(4, 4, null), ErrorCode.VALIDATION,
                "The Segment parameter is zero-based and must be less than parameter "
                        + "TotalSegments: Segment: 4 is not less than TotalSegments: 4");
        assertThat(table.scan(999_999, 1_000_000, null).hasNext()).isFalse();
    }

    /**
     * Stable items stay present (some are overwritten in place) while other items are inserted
     * and deleted around them, including whole item collections appearing and disappearing.
     * Every scan must return every stable item exactly once and no item twice.
     */
    @Test
    void underConcurrentWritesStableItemsAreReturnedExactlyOnce() throws Exception {
        Table table = db.createTable(
                TestTables.compositeTable("churn", ScalarType.S, ScalarType.N));
        int stable = 2_000;
        for (int i = 0; i < stable; i++) {
            table.putItem(item("pk", "s" + i, "sk", 0L, "version", 0L));
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    long round = 0;
                    while (!stop.get()) {
                        round++;
                        for (int i = writer; i < stable; i += 2) {
                            // A sibling in a stable item's collection, and a whole collection.
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
            for (int pass = 0; pass < 20; pass++) {
                int total = 1 + pass % 5;
                Map<String, Integer> stableSeen = new HashMap<>();
                Set<List<Object>> allSeen = new HashSet<>();
                for (int segment = 0; segment < total; segment++) {
                    var scan = table.scan(segment, total, null);
                    while (scan.hasNext()) {
                        Item item = scan.next();
                        List<Object> key = List.of(item.get("pk"), item.get("sk"));
                        assertThat(allSeen.add(key)).as("returned twice: %s", key).isTrue();
                        String pk = pk(item);
                        boolean stableItem = pk.startsWith("s")
                                && item.get("sk").equals(AttributeValue.ofNumber(0));
                        if (stableItem) {
                            stableSeen.merge(pk, 1, Integer::sum);
                        }
                    }
                }
                assertThat(stableSeen).hasSize(stable);
                assertThat(stableSeen.values()).containsOnly(1);
            }
            stop.set(true);
            for (Future<?> writer : writers) {
                writer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
        assertThat(table.approximateItemCount()).isEqualTo(stable);
    }
}
