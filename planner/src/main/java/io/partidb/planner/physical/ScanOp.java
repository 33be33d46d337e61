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
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Reads every item of a table through the engine's parallel scan, with the residual filter
 * evaluated inside the engine. With more than one segment (the connection's
 * {@code scanSegments}), that many threads read parts of the table at once and the workers hand
 * their rows over in chunks through a bounded queue; closing the rows stops the workers.
 */
public final class ScanOp implements RowSource {
    /** Rows handed over at a time: large enough to amortise the queue, small enough to stream. */
    private static final int CHUNK = 256;

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
        int segments = Math.max(1, context.scanSegments());
        SegmentReader reader = index == null
                ? (segment, total) -> table.scan(segment, total, predicate)
                : (segment, total) -> table.scanIndex(index.name(), segment, total, predicate);
        if (segments == 1) {
            return RowIterator.of(reader.read(0, 1));
        }
        return new ParallelRows(reader, segments);
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
                + ", segments=" + Math.max(1, context.scanSegments())
                + (filter == null ? "" : ", filter=" + filter.text()) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of();
    }

    /**
     * The rows of a scan read by {@code segments} threads at once: the thread that reads the rows
     * and {@code segments - 1} workers. The table's hash space is cut into
     * {@link #PARTS_PER_THREAD} times as many parts as threads, and each thread claims the next
     * unread part when it finishes one, so the reading thread, which also hands every row to the
     * caller, simply reads fewer parts than the workers instead of holding up the scan at the end
     * of an equal share. Workers hand their rows over in chunks; the reading thread takes a
     * waiting chunk first and otherwise reads its own part, so on two cores two segments use both.
     */
    private static final class ParallelRows implements RowIterator {
        /** Marks the end of one worker in the queue. */
        private static final Object WORKER_DONE = new Object();
        /** Parts per thread: enough to even out the threads' shares, few enough to stay cheap. */
        private static final int PARTS_PER_THREAD = 8;

        private final SegmentReader reader;
        private final int parts;
        private final AtomicInteger nextPart = new AtomicInteger();
        private final BlockingQueue<Object> queue;
        // Queue entries not yet taken: a volatile read tells the reading thread whether to poll.
        private final AtomicInteger waiting = new AtomicInteger();
        private final List<Future<?>> workers = new ArrayList<>();
        private volatile boolean closed;
        private int finishedWorkers;
        private Iterator<Item> own;
        private Iterator<Item> chunk = Collections.emptyIterator();
        // Where the next row comes from: a chunk of a worker or the own part; null: unknown.
        private Iterator<Item> current;

        ParallelRows(SegmentReader reader, int segments) {
            this.reader = reader;
            this.parts = (int) Math.min(Table.MAX_SCAN_SEGMENTS,
                    (long) segments * PARTS_PER_THREAD);
            this.queue = new ArrayBlockingQueue<>(Math.max(4, segments * 2));
            try {
                // the first part read here, so that a scan that cannot start fails right away
                own = reader.read(nextPart.getAndIncrement(), parts);
            } catch (RuntimeException e) {
                closed = true;
                throw e;
            }
            for (int worker = 1; worker < segments; worker++) {
                workers.add(WORKERS.submit(this::work));
            }
        }

        /** The next part no thread has claimed yet, or -1 when every part is claimed. */
        private int claim() {
            int part = nextPart.getAndIncrement();
            return part < parts ? part : -1;
        }

        private void work() {
            Object last = WORKER_DONE;
            try {
                List<Item> buffer = new ArrayList<>(CHUNK);
                for (int part = claim(); part >= 0 && !closed; part = claim()) {
                    Iterator<Item> items = reader.read(part, parts);
                    while (!closed && items.hasNext()) {
                        buffer.add(items.next());
                        if (buffer.size() == CHUNK) {
                            hand(buffer);
                            buffer = new ArrayList<>(CHUNK);
                        }
                    }
                }
                if (!buffer.isEmpty()) {
                    hand(buffer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                if (!closed) {
                    hand(last);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void hand(Object entry) throws InterruptedException {
            queue.put(entry);
            waiting.incrementAndGet();
        }

        @Override
        public boolean hasNext() {
            // a chunk is read to its end; between rows of the own part, waiting chunks go first
            if (current == chunk && chunk.hasNext()) {
                return true;
            }
            current = null;
            while (!closed) {
                if (chunk.hasNext()) {
                    current = chunk;
                    return true;
                }
                // a worker's rows first, so that workers never wait on a full queue for long
                if (waiting.get() > 0) {
                    Object next = queue.poll();
                    if (next != null) {
                        waiting.decrementAndGet();
                        accept(next);
                        continue;
                    }
                }
                if (ownHasNext()) {
                    current = own;
                    return true;
                }
                if (finishedWorkers == workers.size()) {
                    return false;
                }
                try {
                    Object next = queue.take();
                    waiting.decrementAndGet();
                    accept(next);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw new EngineException(ErrorCode.INTERNAL, "Scan interrupted");
                }
            }
            return false;
        }

        /** Whether the own part has another row, moving on to the next unclaimed part. */
        private boolean ownHasNext() {
            try {
                while (!own.hasNext()) {
                    int part = claim();
                    if (part < 0) {
                        return false;
                    }
                    own = reader.read(part, parts);
                }
                return true;
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @SuppressWarnings("unchecked")
        private void accept(Object next) {
            if (next == WORKER_DONE) {
                finishedWorkers++;
            } else if (next instanceof RuntimeException failure) {
                close();
                throw failure;
            } else {
                chunk = ((List<Item>) next).iterator();
            }
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
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
            queue.clear();
            chunk = Collections.emptyIterator();
            current = null;
        }
    }
}
