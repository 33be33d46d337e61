package io.partidb.engine.index;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.log.ChangeBatch;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.log.ChangeLogSubscription;
import io.partidb.engine.log.ChangeRecord;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.IndexStore;
import io.partidb.engine.storage.TableStore;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A global secondary index, maintained asynchronously from the table's change log, as DynamoDB
 * maintains its global indexes: a write returns before the index has it, and the index applies
 * the changes in log order, which is each item's modification order.
 *
 * <p><b>Building.</b> The index starts CREATING: it notes the log position {@code p}, scans the
 * table into fresh entries, then applies the records from {@code p} on; a record may describe a
 * change the scan already saw, so applying sets the item's entry to the record's new image
 * (idempotent). Once it has caught up the fresh entries become the index and it is ACTIVE. If
 * retention drops records before the index read them ({@code missedRecords > 0}) it rebuilds the
 * same way (UPDATING), reads meanwhile seeing the previous entries.
 *
 * <p><b>Running.</b> There is no polling thread: every table write signals the index, and a
 * signal starts a maintaining task on {@link IndexWorkers} unless one is running; the task
 * applies records until the log is drained, so the lag is what the writers produced since. A
 * counter of signals ensures a signal arriving while the task finishes is not lost and that
 * only one task runs at a time.
 */
final class GlobalIndex {
    private static final int BATCH = 512;
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private final IndexShape shape;
    private final TableStore table;
    private final ChangeLog log;
    private final Executor executor;
    private final String subscriptionName;
    private final AtomicInteger signals = new AtomicInteger();
    private final Object progress = new Object();

    // Read by anyone, written by the maintaining task.
    private volatile Entries entries;
    private volatile IndexStatus status = IndexStatus.CREATING;
    private volatile boolean backfilling = true;
    private volatile long appliedPosition;
    private volatile boolean dropped;
    private volatile Throwable failure;

    // Touched only by the maintaining task; the signal counter orders successive tasks.
    private ChangeLogSubscription subscription;
    private boolean rebuild = true;

    GlobalIndex(IndexShape shape, TableStore table, Executor executor) {
        this.shape = shape;
        this.table = table;
        this.log = table.changeLog();
        this.executor = executor;
        this.subscriptionName = "index:" + shape.name() + "#" + GENERATIONS.incrementAndGet();
        this.appliedPosition = log.nextSequence();
    }

    IndexShape shape() {
        return shape;
    }

    /** Starts building the index in the background. */
    void start() {
        signal();
    }

    /** Tells the index the table changed; cheap when a maintaining task is already running. */
    void signal() {
        if (signals.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
    }

    /** Stops maintaining the index and lets its entries go. */
    void drop() {
        dropped = true;
        signal();
        notifyProgress();
    }

    /** The entries reads see; null while the index is CREATING or after it was dropped. */
    IndexStore readableEntries() {
        Entries current = entries;
        return current == null || dropped ? null : current.store;
    }

    IndexStatus status() {
        return status;
    }

    IndexDescription describe() {
        Entries current = entries;
        long count = current == null ? 0 : current.store.itemCount();
        long bytes = current == null ? 0 : current.store.sizeInBytes();
        long pending = Math.max(0, log.nextSequence() - appliedPosition);
        return new IndexDescription(shape.definition(), status, backfilling, count, bytes,
                pending);
    }

    /**
     * Waits until the index is ACTIVE and has applied every table change committed before the
     * call; false when {@code timeout} passes first or the index is dropped. A failure of the
     * maintaining task is rethrown (INTERNAL).
     */
    boolean awaitCaughtUp(Duration timeout) {
        long target = log.nextSequence();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (true) {
                Throwable cause = failure;
                if (cause != null) {
                    throw new EngineException(ErrorCode.INTERNAL, "Maintaining global secondary "
                            + "index " + shape.name() + " failed: " + cause, cause);
                }
                if (dropped) {
                    return false;
                }
                if (status == IndexStatus.ACTIVE && appliedPosition >= target) {
                    return true;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                try {
                    progress.wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private void drain() {
        int missed = 1;
        while (true) {
            if (dropped) {
                stop();
                return;
            }
            try {
                maintain();
            } catch (RuntimeException | Error e) {
                if (!dropped) {
                    // Kept, not swallowed: waiters and the next describe see it.
                    failure = e;
                }
                stop();
                return;
            }
            missed = signals.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }

    private void maintain() {
        while (!dropped) {
            if (rebuild) {
                build();
                continue;
            }
            ChangeBatch batch = subscription.poll(BATCH);
            if (batch.fellBehind()) {
                rebuild = true;
                continue;
            }
            if (batch.records().isEmpty()) {
                return;
            }
            Entries current = entries;
            for (ChangeRecord record : batch.records()) {
                current.set(shape, record.keys(), record.newImage());
            }
            subscription.commit();
            advance(batch.nextPosition());
        }
    }

    private void build() {
        status = entries == null ? IndexStatus.CREATING : IndexStatus.UPDATING;
        backfilling = true;
        if (subscription == null) {
            subscription = log.subscribeFromEnd(subscriptionName);
        } else {
            subscription.seek(log.nextSequence());
        }
        Entries fresh = new Entries();
        Iterator<Item> items = table.scan(HashRange.ALL, item -> true);
        while (items.hasNext()) {
            if (dropped) {
                return;
            }
            Item item = items.next();
            fresh.set(shape, shape.tableKeyOf(item), item);
        }
        while (true) {
            if (dropped) {
                return;
            }
            ChangeBatch batch = subscription.poll(BATCH);
            if (batch.fellBehind()) {
                // Still to rebuild: the scan cannot be completed from the log any more.
                return;
            }
            if (batch.records().isEmpty()) {
                break;
            }
            for (ChangeRecord record : batch.records()) {
                fresh.set(shape, record.keys(), record.newImage());
            }
            subscription.commit();
        }
        entries = fresh;
        rebuild = false;
        backfilling = false;
        status = IndexStatus.ACTIVE;
        advance(subscription.position());
    }

    private void advance(long position) {
        appliedPosition = position;
        notifyProgress();
    }

    private void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (dropped) {
            entries = null;
        }
        notifyProgress();
    }

    private void notifyProgress() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /**
     * The index's entries, and for each table item in the index the position of its entry:
     * applying a change needs the entry the item has now, which after a scan need not be the
     * one of the record's old image.
     */
    private static final class Entries {
        final IndexStore store = IndexStore.create();
        final Map<Key, IndexKey> positions = new HashMap<>();

        /** Makes the entry of table item {@code tableKey} that of {@code item} (null: none). */
        void set(IndexShape shape, Key tableKey, Item item) {
            IndexKey previous = positions.get(tableKey);
            if (item != null && shape.contains(item)) {
                IndexKey key = shape.keyOf(item, tableKey);
                if (previous != null && !previous.equals(key)) {
                    store.remove(previous);
                }
                store.put(key, shape.project(item));
                positions.put(tableKey, key);
            } else if (previous != null) {
                store.remove(previous);
                positions.remove(tableKey);
            }
        }
    }
}
