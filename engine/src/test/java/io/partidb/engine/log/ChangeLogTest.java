package io.partidb.engine.log;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.TestClock;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The change log on its own: sequence numbers, retention, subscriptions, concurrent appends. */
class ChangeLogTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final TestClock clock = TestClock.at(START);

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static Item item(String pk, long version) {
        return Item.of(Map.of("pk", AttributeValue.ofString(pk),
                "v", AttributeValue.ofNumber(version)));
    }

    private ChangeLog log(ChangeLogPolicy policy) {
        return ChangeLog.create("t", policy, clock);
    }

    /** A log with a subscription from its start, so that it keeps history as its policy says. */
    private ChangeLog kept(ChangeLogPolicy policy) {
        ChangeLog log = log(policy);
        log.subscribe("keeper", 1);
        return log;
    }

    private static List<Long> sequences(ChangeBatch batch) {
        return batch.records().stream().map(ChangeRecord::sequenceNumber).toList();
    }

    @Test
    void recordsGetConsecutiveSequenceNumbersAndKinds() {
        ChangeLog log = kept(ChangeLogPolicy.defaults());
        assertThat(log.firstSequence()).isEqualTo(1);
        assertThat(log.nextSequence()).isEqualTo(1);

        ChangeRecord insert = log.append(key("a"), null, item("a", 1));
        ChangeRecord modify = log.append(key("a"), item("a", 1), item("a", 2));
        ChangeRecord remove = log.append(key("a"), item("a", 2), null);

        assertThat(List.of(insert.sequenceNumber(), modify.sequenceNumber(),
                remove.sequenceNumber())).containsExactly(1L, 2L, 3L);
        assertThat(List.of(insert.kind(), modify.kind(), remove.kind()))
                .containsExactly(ChangeKind.INSERT, ChangeKind.MODIFY, ChangeKind.REMOVE);
        assertThat(insert.tableName()).isEqualTo("t");
        assertThat(insert.keys()).isEqualTo(key("a"));
        assertThat(insert.commitTime()).isEqualTo(START);
        assertThat(log.firstSequence()).isEqualTo(1);
        assertThat(log.nextSequence()).isEqualTo(4);
        assertThat(log.retainedRecords()).isEqualTo(3);
        assertThat(log.retainedBytes()).isEqualTo(4L * item("a", 1).sizeInBytes());
    }

    @Test
    void commitTimesNeverDecreaseEvenWhenTheClockGoesBack() {
        ChangeLog log = log(ChangeLogPolicy.defaults());
        ChangeRecord first = log.append(key("a"), null, item("a", 1));
        clock.advance(Duration.ofSeconds(-5));
        ChangeRecord second = log.append(key("b"), null, item("b", 1));
        assertThat(second.commitTimeMillis()).isEqualTo(first.commitTimeMillis());
        clock.advance(Duration.ofSeconds(10));
        assertThat(log.append(key("c"), null, item("c", 1)).commitTime())
                .isEqualTo(START.plusSeconds(5));
    }

    @Test
    void recordsNeedAnImageAndAPositiveSequence() {
        assertThatThrownBy(() -> new ChangeRecord("t", key("a"), null, null, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangeRecord("t", key("a"), null, item("a", 1), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countRetentionDropsTheOldestRecords() {
        ChangeLog log = kept(ChangeLogPolicy.defaults().withMaxRecords(3));
        for (int i = 1; i <= 5; i++) {
            log.append(key("k" + i), null, item("k" + i, i));
        }
        assertThat(log.firstSequence()).isEqualTo(3);
        assertThat(log.nextSequence()).isEqualTo(6);
        assertThat(log.retainedRecords()).isEqualTo(3);
        ChangeBatch batch = log.subscribe("reader", 3).poll(10);
        assertThat(sequences(batch)).containsExactly(3L, 4L, 5L);
        assertThat(batch.fellBehind()).isFalse();
    }

    @Test
    void byteRetentionKeepsTheNewestRecordsWithinTheBound() {
        Item big = Item.of(Map.of("pk", AttributeValue.ofString("big"),
                "pad", AttributeValue.ofString("x".repeat(300_000))));
        long recordBytes = big.sizeInBytes();
        ChangeLog log = kept(ChangeLogPolicy.defaults().withMaxBytes(ChangeLogPolicy.MIN_MAX_BYTES));
        log.append(key("big"), null, big);
        log.append(key("big"), big, null);
        // Two records of one image each fit the 819,200-byte bound; a third does not.
        assertThat(log.retainedRecords()).isEqualTo(2);
        assertThat(log.retainedBytes()).isEqualTo(2 * recordBytes);
        log.append(key("big"), null, big);
        assertThat(log.firstSequence()).isEqualTo(2);
        assertThat(log.retainedBytes()).isEqualTo(2 * recordBytes);
    }

    @Test
    void ageRetentionDropsRecordsOlderThanTheRetention() {
        ChangeLog log = kept(ChangeLogPolicy.defaults());
        log.append(key("a"), null, item("a", 1));
        clock.advance(Duration.ofHours(1));
        log.append(key("b"), null, item("b", 1));
        clock.advance(Duration.ofHours(23));
        // Exactly 24 hours old: still retained.
        log.trim();
        assertThat(log.firstSequence()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        log.trim();
        assertThat(log.firstSequence()).isEqualTo(2);
        // An append trims too: "b" is now older than 24 hours.
        clock.advance(Duration.ofHours(1));
        log.append(key("c"), null, item("c", 1));
        assertThat(log.firstSequence()).isEqualTo(3);
        assertThat(log.retainedRecords()).isEqualTo(1);
    }

    @Test
    void anIdleLogIsTrimmedWhenPolled() {
        ChangeLog log = log(ChangeLogPolicy.defaults().withRetention(Duration.ofMinutes(5)));
        ChangeLogSubscription reader = log.subscribe("reader", 1);
        log.append(key("a"), null, item("a", 1));
        log.append(key("b"), null, item("b", 1));
        clock.advance(Duration.ofMinutes(6));

        ChangeBatch batch = reader.poll(10);
        assertThat(batch.records()).isEmpty();
        assertThat(batch.missedRecords()).isEqualTo(2);
        assertThat(batch.fellBehind()).isTrue();
        assertThat(batch.nextPosition()).isEqualTo(3);
        assertThat(log.retainedRecords()).isZero();
        assertThat(log.firstSequence()).isEqualTo(log.nextSequence());
    }

    @Test
    void subscriptionsReadInBatchesCommitAndRewind() {
        ChangeLog log = kept(ChangeLogPolicy.defaults());
        for (int i = 1; i <= 5; i++) {
            log.append(key("k" + i), null, item("k" + i, i));
        }
        ChangeLogSubscription reader = log.subscribe("reader", 1);
        assertThat(reader.lag()).isEqualTo(5);

        ChangeBatch first = reader.poll(2);
        assertThat(sequences(first)).containsExactly(1L, 2L);
        assertThat(first.fromPosition()).isEqualTo(1);
        assertThat(first.nextPosition()).isEqualTo(3);
        reader.commit();
        assertThat(reader.committedPosition()).isEqualTo(3);

        assertThat(sequences(reader.poll(10))).containsExactly(3L, 4L, 5L);
        assertThat(reader.poll(10).isEmpty()).isTrue();
        assertThat(reader.lag()).isZero();

        // A restarted consumer resumes from what it committed.
        reader.rewind();
        assertThat(reader.position()).isEqualTo(3);
        assertThat(sequences(reader.poll(10))).containsExactly(3L, 4L, 5L);

        log.append(key("k6"), null, item("k6", 6));
        assertThat(sequences(reader.poll(10))).containsExactly(6L);
        reader.commit(5);
        assertThat(reader.committedPosition()).isEqualTo(5);
        assertThatThrownBy(() -> reader.commit(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.commit(8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubscriptionFromTheEndSeesOnlyNewChanges() {
        ChangeLog log = log(ChangeLogPolicy.defaults());
        log.append(key("old"), null, item("old", 1));
        ChangeLogSubscription reader = log.subscribe("tail", log.nextSequence());
        assertThat(reader.poll(10).isEmpty()).isTrue();
        log.append(key("new"), null, item("new", 1));
        ChangeBatch batch = reader.poll(10);
        assertThat(batch.records()).extracting(ChangeRecord::keys).containsExactly(key("new"));
    }

    @Test
    void aConsumerThatFellBehindLearnsHowManyRecordsItMissed() {
        ChangeLog log = log(ChangeLogPolicy.defaults().withMaxRecords(4));
        ChangeLogSubscription reader = log.subscribe("slow", 1);
        log.append(key("k1"), null, item("k1", 1));
        log.append(key("k2"), null, item("k2", 2));
        assertThat(sequences(reader.poll(1))).containsExactly(1L);

        for (int i = 3; i <= 10; i++) {
            log.append(key("k" + i), null, item("k" + i, i));
        }
        // Records 2 to 6 were dropped before the reader got to them; 7 to 10 remain.
        ChangeBatch batch = reader.poll(100);
        assertThat(batch.fromPosition()).isEqualTo(2);
        assertThat(batch.missedRecords()).isEqualTo(5);
        assertThat(sequences(batch)).containsExactly(7L, 8L, 9L, 10L);
        assertThat(batch.nextPosition()).isEqualTo(11);

        log.append(key("k11"), null, item("k11", 11));
        ChangeBatch next = reader.poll(100);
        assertThat(next.fellBehind()).isFalse();
        assertThat(sequences(next)).containsExactly(11L);
    }

    @Test
    void aRewindBeforeTheOldestRecordReportsTheGap() {
        ChangeLog log = log(ChangeLogPolicy.defaults().withMaxRecords(2));
        ChangeLogSubscription reader = log.subscribe("r", 1);
        for (int i = 1; i <= 5; i++) {
            log.append(key("k" + i), null, item("k" + i, i));
        }
        reader.seek(log.nextSequence());
        reader.rewind();
        ChangeBatch batch = reader.poll(10);
        assertThat(batch.missedRecords()).isEqualTo(3);
        assertThat(sequences(batch)).containsExactly(4L, 5L);
    }

    @Test
    void subscriptionNamesArePerLogAndPositionsAreChecked() {
        ChangeLog log = log(ChangeLogPolicy.defaults());
        log.append(key("a"), null, item("a", 1));
        ChangeLogSubscription reader = log.subscribe("gsi1", 1);
        assertThatThrownBy(() -> log.subscribe("gsi1", 1))
                .isInstanceOf(IllegalStateException.class);
        assertThat(log.subscription("gsi1")).containsSame(reader);
        assertThat(log.subscriptions()).containsExactly(reader);
        assertThatThrownBy(() -> log.subscribe("early", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.subscribe("late", 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.seek(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.poll(0)).isInstanceOf(IllegalArgumentException.class);

        reader.close();
        assertThat(log.subscription("gsi1")).isEmpty();
        assertThatThrownBy(() -> reader.poll(1)).isInstanceOf(IllegalStateException.class);
        assertThat(log.subscribe("gsi1", 2).position()).isEqualTo(2);
    }

    @Test
    void policiesAreValidated() {
        assertThat(ChangeLogPolicy.defaults()).isEqualTo(new ChangeLogPolicy(100_000,
                64L << 20, Duration.ofHours(24)));
        assertEngineError(() -> ChangeLogPolicy.defaults().withMaxRecords(0),
                ErrorCode.VALIDATION,
                "Invalid change log policy: maxRecords must be at least 1: 0");
        assertEngineError(() -> ChangeLogPolicy.defaults().withMaxBytes(819_199),
                ErrorCode.VALIDATION,
                "Invalid change log policy: maxBytes must be at least 819200: 819199");
        assertEngineError(() -> ChangeLogPolicy.defaults().withRetention(Duration.ZERO),
                ErrorCode.VALIDATION,
                "Invalid change log policy: retention must be positive and at most 10 years: PT0S");
    }

    /**
     * Eight threads append while retention drops records and a consumer polls: the consumer sees
     * strictly increasing sequence numbers, and what it read plus what it missed is everything.
     */
    @Test
    void concurrentAppendsTrimmingAndPollingStayConsistent() throws Exception {
        int threads = 8;
        int perThread = 20_000;
        ChangeLog log = log(ChangeLogPolicy.defaults().withMaxRecords(500));
        ChangeLogSubscription reader = log.subscribe("reader", 1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String pk = "t" + t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        log.append(key(pk), null, item(pk, i));
                    }
                    return null;
                }));
            }
            start.countDown();
            long read = 0;
            long missed = 0;
            long previous = 0;
            List<Long> lastSeenPerWriter = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                lastSeenPerWriter.add(-1L);
            }
            for (Future<?> writer : writers) {
                while (!writer.isDone()) {
                    ChangeBatch batch = reader.poll(64);
                    read += batch.records().size();
                    missed += batch.missedRecords();
                    for (ChangeRecord record : batch.records()) {
                        assertThat(record.sequenceNumber()).isGreaterThan(previous);
                        previous = record.sequenceNumber();
                        String pk = ((AttributeValue.S) record.keys().partition()).value();
                        int writerIndex = Integer.parseInt(pk.substring(1));
                        long version = ((AttributeValue.N) record.newImage().get("v")).value()
                                .longValueExact();
                        // One writer's appends are in its program order.
                        assertThat(version).isGreaterThan(lastSeenPerWriter.get(writerIndex));
                        lastSeenPerWriter.set(writerIndex, version);
                    }
                }
                writer.get(60, TimeUnit.SECONDS);
            }
            for (ChangeBatch batch = reader.poll(1000); !batch.isEmpty();
                    batch = reader.poll(1000)) {
                read += batch.records().size();
                missed += batch.missedRecords();
                for (ChangeRecord record : batch.records()) {
                    assertThat(record.sequenceNumber()).isGreaterThan(previous);
                    previous = record.sequenceNumber();
                }
            }
            long total = (long) threads * perThread;
            assertThat(read + missed).isEqualTo(total);
            assertThat(previous).isEqualTo(total);
            assertThat(log.nextSequence()).isEqualTo(total + 1);
            assertThat(log.retainedRecords()).isEqualTo(500);
        } finally {
            pool.shutdownNow();
        }
    }
}
