package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.log.ChangeBatch;
import io.partidb.engine.log.ChangeKind;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.log.ChangeLogSubscription;
import io.partidb.engine.log.ChangeRecord;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** The records that table writes append to the change log, and the ones they must not. */
class TableChangeLogTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private static final String READER = "reader";

    private final TestClock clock = TestClock.at(START);
    private final Database db = Database.create("log", ChangeLogPolicy.defaults(), clock);

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    /** The table, with a subscription that makes its change log keep history. */
    private static Table recorded(Table table) {
        table.changeLog().subscribeFromEnd(READER);
        return table;
    }

    /** Every retained record, read through the subscription {@link #recorded} opened. */
    private static List<ChangeRecord> all(ChangeLog log) {
        ChangeLogSubscription reader = log.subscription(READER).orElseThrow();
        reader.seek(log.firstSequence());
        List<ChangeRecord> records = new ArrayList<>();
        for (ChangeBatch batch = reader.poll(1000); !batch.isEmpty();
                batch = reader.poll(1000)) {
            assertThat(batch.fellBehind()).isFalse();
            records.addAll(batch.records());
        }
        return records;
    }

    @Test
    void withoutASubscriptionTheLogKeepsNoHistory() {
        Table table = db.createTable(TestTables.hashTable("unread", ScalarType.S));
        table.putItem(item("pk", "a"));
        table.putItem(item("pk", "b"));
        ChangeLog log = table.changeLog();
        assertThat(log.nextSequence()).isEqualTo(3);
        assertThat(log.retainedRecords()).isZero();
        assertThat(log.firstSequence()).isEqualTo(3);
        // a reader that asks for the past learns that it is gone
        ChangeLogSubscription late = log.subscribe("late", 1);
        ChangeBatch batch = late.poll(10);
        assertThat(batch.records()).isEmpty();
        assertThat(batch.missedRecords()).isEqualTo(2);
        // from now on history is kept for it, and dropped again once it closes
        table.putItem(item("pk", "c"));
        assertThat(log.retainedRecords()).isEqualTo(1);
        assertThat(late.poll(10).records()).extracting(ChangeRecord::sequenceNumber)
                .containsExactly(3L);
        late.close();
        assertThat(log.retainedRecords()).isZero();
        table.putItem(item("pk", "d"));
        assertThat(log.retainedRecords()).isZero();
        assertThat(log.nextSequence()).isEqualTo(5);
    }

    @Test
    void putOverwriteAndDeleteAppendInsertModifyAndRemove() {
        Table table = recorded(db.createTable(TestTables.hashTable("items", ScalarType.S)));
        Item first = item("pk", "a", "v", 1L);
        Item second = item("pk", "a", "v", 2L);
        table.putItem(first);
        clock.advance(Duration.ofSeconds(1));
        table.putItem(second);
        clock.advance(Duration.ofSeconds(1));
        table.deleteItem(key("a"));

        List<ChangeRecord> records = all(table.changeLog());
        assertThat(records).extracting(ChangeRecord::kind)
                .containsExactly(ChangeKind.INSERT, ChangeKind.MODIFY, ChangeKind.REMOVE);
        assertThat(records).extracting(ChangeRecord::sequenceNumber).containsExactly(1L, 2L, 3L);
        assertThat(records).extracting(ChangeRecord::oldImage)
                .containsExactly(null, first, second);
        assertThat(records).extracting(ChangeRecord::newImage)
                .containsExactly(first, second, null);
        assertThat(records).extracting(ChangeRecord::commitTime)
                .containsExactly(START, START.plusSeconds(1), START.plusSeconds(2));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.tableName()).isEqualTo("items");
            assertThat(r.keys()).isEqualTo(key("a"));
        });
    }

    @Test
    void recordsOfATableWithASortKeyCarryBothKeyValues() {
        Table table = recorded(db.createTable(TestTables.compositeTable("pairs", ScalarType.S,
                ScalarType.N)));
        table.insertItem(item("pk", "p", "sk", 1L));
        table.deleteItem(Key.of(AttributeValue.ofString("p"), AttributeValue.ofNumber(1)));
        assertThat(all(table.changeLog())).extracting(ChangeRecord::keys).containsOnly(
                Key.of(AttributeValue.ofString("p"), AttributeValue.ofNumber(1)));
    }

    @Test
    void writesThatChangeNothingAppendNothing() {
        Table table = recorded(db.createTable(TestTables.hashTable("noop", ScalarType.S)));
        Item original = item("pk", "a", "x", "1", "y", 2L);
        table.putItem(original);
        // The same content in another attribute order and with an equal number: equal items.
        table.putItem(item("y", AttributeValue.ofNumber("2.0"), "x", "1", "pk", "a"));
        table.putItem(original);
        // Deleting a missing item and a failed insert change nothing either.
        table.deleteItem(key("missing"));
        assertEngineError(() -> table.insertItem(item("pk", "a", "x", "other")),
                ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");

        assertThat(all(table.changeLog())).extracting(ChangeRecord::kind)
                .containsExactly(ChangeKind.INSERT);
        assertThat(table.getItem(key("a"))).containsSame(original);
        assertThat(table.changeLog().nextSequence()).isEqualTo(2);
    }

    @Test
    void rejectedWritesAppendNothing() {
        Table table = recorded(db.createTable(TestTables.hashTable("rejected", ScalarType.S)));
        assertEngineError(() -> table.putItem(item("pk", 1L)), ErrorCode.KEY_MISMATCH);
        assertEngineError(() -> table.putItem(item("other", "a")), ErrorCode.KEY_MISMATCH);
        assertEngineError(() -> table.putItem(item("pk", "a", "big", "x".repeat(409_600))),
                ErrorCode.ITEM_TOO_LARGE);
        assertEngineError(() -> table.deleteItem(Key.of(AttributeValue.ofNumber(1))),
                ErrorCode.KEY_MISMATCH);
        assertEngineError(() -> db.batchWriteItem(BatchWriteItemRequest.of("rejected", List.of(
                WriteRequest.put(item("pk", "ok")), WriteRequest.put(item("pk", 2L))))),
                ErrorCode.KEY_MISMATCH);
        assertThat(table.changeLog().nextSequence()).isEqualTo(1);
        assertThat(all(table.changeLog())).isEmpty();
    }

    @Test
    void batchWritesAppendOneRecordPerChange() {
        Table table = recorded(db.createTable(TestTables.hashTable("batched", ScalarType.S)));
        table.putItem(item("pk", "gone"));
        db.batchWriteItem(BatchWriteItemRequest.of("batched", List.of(
                WriteRequest.put(item("pk", "new")),
                WriteRequest.delete(key("gone")),
                WriteRequest.delete(key("never")))));
        assertThat(all(table.changeLog())).extracting(ChangeRecord::kind)
                .containsExactly(ChangeKind.INSERT, ChangeKind.INSERT, ChangeKind.REMOVE);
    }

    @Test
    void eachTableHasItsOwnLogAndRetentionComesFromTheDatabase() {
        Database small = Database.create("small",
                ChangeLogPolicy.defaults().withMaxRecords(10), clock);
        Table one = recorded(small.createTable(TestTables.hashTable("one", ScalarType.S)));
        Table two = recorded(small.createTable(TestTables.hashTable("two", ScalarType.S)));
        for (int i = 0; i < 25; i++) {
            one.putItem(item("pk", "k" + i));
        }
        two.putItem(item("pk", "only"));
        assertThat(one.changeLog().policy().maxRecords()).isEqualTo(10);
        assertThat(one.changeLog().retainedRecords()).isEqualTo(10);
        assertThat(one.changeLog().firstSequence()).isEqualTo(16);
        assertThat(two.changeLog().nextSequence()).isEqualTo(2);
        assertThat(two.changeLog().tableName()).isEqualTo("two");
    }

    @Test
    void aRecreatedTableStartsANewLog() {
        Table old = db.createTable(TestTables.hashTable("again", ScalarType.S));
        old.putItem(item("pk", "a"));
        db.dropTable("again");
        Table fresh = db.createTable(TestTables.hashTable("again", ScalarType.S));
        assertThat(fresh.changeLog()).isNotSameAs(old.changeLog());
        assertThat(fresh.changeLog().nextSequence()).isEqualTo(1);
    }

    /**
     * Eight threads write, overwrite and delete a shared set of items. Each item's records must
     * form a chain (every record's old image is the previous record's new image), which holds
     * only if they are in the item's modification order; sequence numbers strictly increase,
     * and the last record of each item matches what the table holds.
     */
    @Test
    void recordsOfEachItemAreInItsModificationOrderUnderConcurrentWriters() throws Exception {
        runConcurrentWriters(TestTables.hashTable("race", ScalarType.S));
    }

    @Test
    void recordsOfEachItemAreInOrderInItemCollectionsToo() throws Exception {
        runConcurrentWriters(TestTables.compositeTable("race2", ScalarType.S, ScalarType.N));
    }

    private void runConcurrentWriters(TableDefinition definition) throws Exception {
        int threads = 8;
        int writesPerThread = 4_000;
        int keys = 40;
        Database big = Database.create("race",
                ChangeLogPolicy.defaults().withMaxRecords(1_000_000).withMaxBytes(1L << 30),
                clock);
        Table table = recorded(big.createTable(definition));
        boolean composite = definition.keySchema().hasSortKey();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < writesPerThread; i++) {
                        int k = random.nextInt(keys);
                        String pk = composite ? "p" + (k % 4) : "k" + k;
                        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
                        attributes.put("pk", AttributeValue.ofString(pk));
                        if (composite) {
                            attributes.put("sk", AttributeValue.ofNumber(k));
                        }
                        if (random.nextInt(5) == 0) {
                            table.deleteItem(composite
                                    ? Key.of(attributes.get("pk"), attributes.get("sk"))
                                    : Key.of(attributes.get("pk")));
                        } else {
                            // Unique per write, so that no put is a no-op.
                            attributes.put("writer", AttributeValue.ofString(thread + ":" + i));
                            table.putItem(Item.of(attributes));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ChangeRecord> records = all(table.changeLog());
        assertThat(table.changeLog().firstSequence()).isEqualTo(1);
        Map<Key, Item> latest = new HashMap<>();
        long previous = 0;
        for (ChangeRecord record : records) {
            assertThat(record.sequenceNumber()).isEqualTo(previous + 1);
            previous = record.sequenceNumber();
            // The chain: what this change replaced is what the item's previous change wrote.
            assertThat(record.oldImage()).isEqualTo(latest.get(record.keys()));
            latest.put(record.keys(), record.newImage());
        }
        long present = 0;
        for (Map.Entry<Key, Item> e : latest.entrySet()) {
            assertThat(table.getItem(e.getKey()).orElse(null)).isEqualTo(e.getValue());
            if (e.getValue() != null) {
                present++;
            }
        }
        assertThat(table.describe().itemCount()).isEqualTo(present);
    }
}
