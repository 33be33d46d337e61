package io.partidb.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Exact attribute counts per type, kept in shards by every write, and the names-changed signal. */
class AttributeStatisticsTest {
    private static final AttributeValue TEXT = AttributeValue.ofString("x");
    private static final AttributeValue NUMBER = AttributeValue.ofNumber(1);

    @Test
    void countsAppearingChangingAndDisappearingAttributesAcrossShards() {
        AtomicInteger changes = new AtomicInteger();
        AttributeStatistics statistics = new AttributeStatistics(4, changes::incrementAndGet);
        Item first = item("pk", TEXT, "a", NUMBER);
        Item second = item("pk", TEXT, "a", TEXT, "b", NUMBER);
        statistics.record(0, null, first);
        statistics.record(3, null, second);
        assertThat(statistics.typeCounts("a")).containsOnly(
                Map.entry(AttributeType.N, 1L), Map.entry(AttributeType.S, 1L));
        assertThat(statistics.typeCounts("pk")).containsOnly(Map.entry(AttributeType.S, 2L));
        assertThat(changes).hasValue(3); // pk, a, b
        // a keeps its name but changes type; b goes; nothing new appears
        statistics.record(3, second, item("pk", TEXT, "a", NUMBER));
        assertThat(statistics.typeCounts("a")).containsOnly(Map.entry(AttributeType.N, 2L));
        assertThat(statistics.typeCounts("b")).isEmpty();
        assertThat(changes).hasValue(4);
        // the same names and types again: no count and no signal
        statistics.record(0, first, item("pk", TEXT, "a", AttributeValue.ofNumber(7)));
        assertThat(statistics.typeCounts("a")).containsOnly(Map.entry(AttributeType.N, 2L));
        assertThat(changes).hasValue(4);
        assertThat(statistics.dominantTypes()).containsExactly(
                Map.entry("a", AttributeType.N), Map.entry("pk", AttributeType.S));
        // a name leaving one shard but held in another is still there
        statistics.record(0, item("pk", TEXT, "a", AttributeValue.ofNumber(7)), null);
        assertThat(statistics.dominantTypes()).containsOnlyKeys("a", "pk");
        assertThat(changes).hasValue(4);
        statistics.record(3, item("pk", TEXT, "a", NUMBER), null);
        assertThat(statistics.dominantTypes()).isEmpty();
        assertThat(changes).hasValue(6);
    }

    @Test
    void concurrentWritersOfATableKeepExactCounts() throws Exception {
        Table table = Database.create("stats").createTable(TableDefinition.of("counted",
                KeySchema.of(KeyElement.of("pk", ScalarType.S))));
        int threads = 4;
        int perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        AttributeValue pk = AttributeValue.ofString(thread + "-" + i);
                        table.putItem(item("pk", pk, "n", NUMBER));
                        // odd items change n's type, every third item is deleted again
                        if (i % 2 == 1) {
                            table.putItem(item("pk", pk, "n", TEXT, "extra", NUMBER));
                        }
                        if (i % 3 == 0) {
                            table.deleteItem(Key.of(pk));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long numbers = 0;
        long texts = 0;
        for (int i = 0; i < perThread; i++) {
            if (i % 3 != 0) {
                if (i % 2 == 1) {
                    texts++;
                } else {
                    numbers++;
                }
            }
        }
        AttributeStatistics statistics = table.attributeStatistics();
        assertThat(statistics.typeCounts("pk"))
                .containsOnly(Map.entry(AttributeType.S, threads * (numbers + texts)));
        assertThat(statistics.typeCounts("n")).containsOnly(
                Map.entry(AttributeType.N, threads * numbers),
                Map.entry(AttributeType.S, threads * texts));
        assertThat(statistics.typeCounts("extra"))
                .containsOnly(Map.entry(AttributeType.N, threads * texts));
    }

    private static Item item(Object... namesAndValues) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        }
        return Item.of(attributes);
    }
}
