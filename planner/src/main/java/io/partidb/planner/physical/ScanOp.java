package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.planner.convert.ConditionTranslator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Reads every item of a table through the engine's parallel scan, with the residual filter
 * evaluated inside the engine. With more than one segment (the connection's
 * {@code scanSegments}) and at least {@link #MIN_PARALLEL_ITEMS} items, that many threads read
 * parts of the table at once; either way the rows come in the table's hash order, the order of a
 * one-segment scan.
 */
public final class ScanOp implements RowSource {
    /**
     * Tables with fewer items are scanned by the calling thread alone: starting workers and
     * handing rows over costs more than reading them.
     */
    static final int MIN_PARALLEL_ITEMS = 2048;

    /**
     * The most threads one scan reads with, whatever {@code scanSegments} asks: past a few per
     * core more threads only cost memory, and a million of them (DynamoDB's TotalSegments
     * limit, which the property accepts) would exhaust the process.
     */
    static final int MAX_THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "partidb-scan-" + WORKER_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final Table table;
    private final IndexDefinition index;
    private final ConditionTranslator.Translated<Condition> filter;

    /**
     * @param index the secondary index scanned, or null for the table
     * @param filter the filter, or null to return every item
     */
    public ScanOp(Table table, IndexDefinition index,
            ConditionTranslator.Translated<Condition> filter) {
        this.table = table;
        this.index = index;
        this.filter = filter;
    }

    /** DynamoDB's PartiQL refuses strongly consistent reads of a global index. */
    static void checkIndexConsistency(IndexDefinition index, ExecutionContext context) {
        if (index != null && index.kind() == IndexKind.GLOBAL && context.consistentRead()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Strongly consistent read is not supported on Global Secondary Indexes");
        }
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        checkIndexConsistency(index, context);
        Predicate<Item> predicate = context.checked(filter == null ? null
                : filter.bindable().bind(context.params()));
        int segments = threads(context);
        SegmentReader reader = index == null
                ? (segment, total) -> table.scan(segment, total, predicate)
                : (segment, total) -> table.scanIndex(index.name(), segment, total, predicate);
        long itemEstimate = segments == 1 ? 0 : table.approximateItemCount();
        if (segments == 1 || itemEstimate < MIN_PARALLEL_ITEMS) {
            return RowIterator.of(reader.read(0, 1));
        }
        return new ParallelRows(reader, segments, itemEstimate);
    }

    private static int threads(ExecutionContext context) {
        return Math.min(Math.max(1, context.scanSegments()), MAX_THREADS);
    }

    /** Reads one segment of the table or index. */
    @FunctionalInterface
    private interface SegmentReader {
        Iterator<Item> read(int segment, int totalSegments);
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "Scan(table=" + table.name()
                + (index == null ? "" : ", index=" + index.name())
                + ", segments=" + threads(context)
                + (filter == null ? "" : ", filter=" + filter.text()) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of();
    }

    /**
     * The rows of a scan read by {@code segments} threads at once, returned in the order one
     * thread would return them (the table's hash order), so that re-running a scan over
     * unchanged data returns the same rows in the same order whatever the number of threads: a
     * tool that pages by re-executing with a larger max rows relies on it. The hash space is cut
     * into parts, {@link #PARTS_PER_THREAD} per thread or more so that a part holds about
     * {@link #PART_ITEMS} items, and each thread claims the next unclaimed part. Workers read a
     * part whole into a buffer; the reading thread returns the parts in order, reading a part
     * itself (streaming it) when no worker has claimed it yet, and reading a later part into a
     * buffer while a worker still reads the one it must return next. Workers stay at most
     * {@code window} parts ahead of the part being returned, which bounds the buffered rows;
     * closing the rows stops the workers.
     */
    private static final class ParallelRows implements RowIterator {
        /** Parts per thread at least: enough to even out the threads' shares. */
        private static final int PARTS_PER_THREAD = 8;
        /** Items per part the cut aims at in a large table, which bounds a part's buffer. */
        private static final int PART_ITEMS = 2048;
        /** Parts a thread may read ahead of the part being returned. */
        private static final int AHEAD_PER_THREAD = 4;

        private final SegmentReader reader;
        private final int parts;
        private final int window;
        private final ReentrantLock lock = new ReentrantLock();
        // Signalled when a part is read, when the part being returned moves on, and on close.
        private final java.util.concurrent.locks.Condition changed = lock.newCondition();
        // Ring of read parts, indexed by part % window: a List<Item>, a RuntimeException that
        // ended the part's read, or null while unread. Guarded by lock.
        private final Object[] read;
        private final List<Future<?>> workers = new ArrayList<>();
        // The next part no thread has claimed; guarded by lock.
        private int nextPart;
        // The part whose rows are being returned; guarded by lock.
        private int head;
        private volatile boolean closed;
        private Iterator<Item> rows;
        // Whether rows is the reading thread's own read of the head part (its failures close).
        private boolean streaming;

        ParallelRows(SegmentReader reader, int segments, long itemEstimate) {
            this.reader = reader;
            this.parts = (int) Math.min(Table.MAX_SCAN_SEGMENTS, Math.max(
                    (long) segments * PARTS_PER_THREAD, itemEstimate / PART_ITEMS));
            this.window = (int) Math.min(parts, (long) segments * AHEAD_PER_THREAD);
            this.read = new Object[window];
            try {
                // the first part read here, so that a scan that cannot start fails right away
                rows = reader.read(0, parts);
            } catch (RuntimeException e) {
                closed = true;
                throw e;
            }
            nextPart = 1;
            streaming = true;
            for (int worker = 1; worker < segments && worker < parts; worker++) {
                workers.add(WORKERS.submit(this::work));
            }
        }

        private void work() {
            try {
                while (true) {
                    int part;
                    lock.lock();
                    try {
                        while (!closed && nextPart < parts && nextPart >= head + window) {
                            changed.await();
                        }
                        if (closed || nextPart >= parts) {
                            return;
                        }
                        part = nextPart++;
                    } finally {
                        lock.unlock();
                    }
                    Object result;
                    try {
                        result = readPart(part);
                    } catch (Error e) {
                        // the reading thread waits for this part: it must learn of the failure
                        publish(part, new EngineException(ErrorCode.INTERNAL,
                                "A scan worker failed: " + e, e));
                        throw e;
                    }
                    publish(part, result);
                    if (result instanceof RuntimeException) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** {@link #readWhole}, or the RuntimeException that ended the part's read. */
        private Object readPart(int part) {
            try {
                return readWhole(part);
            } catch (RuntimeException e) {
                return e;
            }
        }

        /** Every row of one part, or what was read of it when the rows are closed. */
        private List<Item> readWhole(int part) {
            Iterator<Item> items = reader.read(part, parts);
            List<Item> buffer = new ArrayList<>();
            while (!closed && items.hasNext()) {
                buffer.add(items.next());
            }
            return buffer;
        }

        private void publish(int part, Object result) {
            lock.lock();
            try {
                read[part % window] = result;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public boolean hasNext() {
            while (!closed) {
                if (rowsHasNext()) {
                    return true;
                }
                if (!nextPartRows()) {
                    return false;
                }
            }
            return false;
        }

        private boolean rowsHasNext() {
            if (!streaming) {
                return rows.hasNext();
            }
            try {
                return rows.hasNext();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        /**
         * Moves on to the next part's rows: read here when unclaimed, a worker's buffer when it
         * is read; while a worker still reads it, a later unclaimed part is read here into a
         * buffer. False after the last part.
         */
        private boolean nextPartRows() {
            lock.lock();
            try {
                read[head % window] = null;
                head++;
                changed.signalAll();
                while (head < parts && !closed) {
                    if (nextPart == head) {
                        nextPart++;
                        streaming = true;
                        rows = readOwn(head);
                        return true;
                    }
                    Object result = read[head % window];
                    if (result != null) {
                        if (result instanceof RuntimeException failure) {
                            close();
                            throw failure;
                        }
                        @SuppressWarnings("unchecked")
                        List<Item> buffered = (List<Item>) result;
                        streaming = false;
                        rows = buffered.iterator();
                        return true;
                    }
                    if (nextPart < parts && nextPart < head + window) {
                        int ahead = nextPart++;
                        lock.unlock();
                        Object aheadRows;
                        try {
                            // a failure is returned in its turn, after the parts before it
                            aheadRows = readPart(ahead);
                        } catch (Error e) {
                            close();
                            throw e;
                        } finally {
                            lock.lock();
                        }
                        read[ahead % window] = aheadRows;
                        continue;
                    }
                    changed.await();
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new EngineException(ErrorCode.INTERNAL, "Scan interrupted");
            } finally {
                lock.unlock();
            }
        }

        /** The rows of a part read by the reading thread as they are returned. */
        private Iterator<Item> readOwn(int part) {
            try {
                return reader.read(part, parts);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.next();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            for (Future<?> worker : workers) {
                worker.cancel(true);
            }
            lock.lock();
            try {
                Arrays.fill(read, null);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            rows = Collections.emptyIterator();
        }
    }
}
