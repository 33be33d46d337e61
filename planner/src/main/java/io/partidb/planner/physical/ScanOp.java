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
 * {@code scanSegments}), each segment is read by its own worker thread and the rows are handed
 * over in chunks through a bounded queue; closing the rows stops the workers.
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
     * The rows of a scan whose segments are read concurrently: segment 0 by the thread that
     * reads the rows, each other segment by a worker that hands its rows over in chunks. The
     * reading thread takes a waiting chunk first and otherwise advances its own segment, so it
     * scans instead of waiting, and on two cores two segments use both.
     */
    private static final class ParallelRows implements RowIterator {
        /** Marks the end of one worker's segment in the queue. */
        private static final Object SEGMENT_DONE = new Object();

        private final BlockingQueue<Object> queue;
        private final List<Future<?>> workers = new ArrayList<>();
        private final int workerSegments;
        private final Iterator<Item> own;
        private volatile boolean closed;
        private int finishedSegments;
        private Iterator<Item> chunk = Collections.emptyIterator();
        // Where the next row comes from: a chunk of a worker or the own segment; null: unknown.
        private Iterator<Item> current;

        ParallelRows(SegmentReader reader, int segments) {
            this.workerSegments = segments - 1;
            this.queue = new ArrayBlockingQueue<>(Math.max(4, segments * 2));
            for (int segment = 1; segment < segments; segment++) {
                int assigned = segment;
                workers.add(WORKERS.submit(() -> readSegment(reader, assigned, segments)));
            }
            Iterator<Item> ownSegment;
            try {
                ownSegment = reader.read(0, segments);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            this.own = ownSegment;
        }

        private void readSegment(SegmentReader reader, int segment, int segments) {
            Object last = SEGMENT_DONE;
            try {
                Iterator<Item> items = reader.read(segment, segments);
                List<Item> buffer = new ArrayList<>(CHUNK);
                while (!closed && items.hasNext()) {
                    buffer.add(items.next());
                    if (buffer.size() == CHUNK) {
                        queue.put(buffer);
                        buffer = new ArrayList<>(CHUNK);
                    }
                }
                if (!buffer.isEmpty()) {
                    queue.put(buffer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                if (!closed) {
                    queue.put(last);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            // a chunk is read to its end; between rows of the own segment, waiting chunks go first
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
                Object next = queue.poll();
                if (next != null) {
                    accept(next);
                    continue;
                }
                if (ownHasNext()) {
                    current = own;
                    return true;
                }
                if (finishedSegments == workerSegments) {
                    return false;
                }
                try {
                    accept(queue.take());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    close();
                    throw new EngineException(ErrorCode.INTERNAL, "Scan interrupted");
                }
            }
            return false;
        }

        private boolean ownHasNext() {
            try {
                return own.hasNext();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        @SuppressWarnings("unchecked")
        private void accept(Object next) {
            if (next == SEGMENT_DONE) {
                finishedSegments++;
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
