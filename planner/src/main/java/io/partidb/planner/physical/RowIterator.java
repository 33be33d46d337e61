package io.partidb.planner.physical;

import io.partidb.engine.Item;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The rows of one execution, read in order; closing it releases what the execution holds
 * (parallel scan workers). Closing twice, or after the last row, is harmless.
 */
public interface RowIterator extends Iterator<Item>, AutoCloseable {
    @Override
    void close();

    /** Rows that need no release; once closed, they end. */
    static RowIterator of(Iterator<Item> rows) {
        return new RowIterator() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                return !closed && rows.hasNext();
            }

            @Override
            public Item next() {
                if (closed) {
                    throw new NoSuchElementException();
                }
                return rows.next();
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    /** One row (a point read's item). */
    static RowIterator single(Item row) {
        return new SingleRow(row);
    }

    /** No rows; the same stateless object each time. */
    static RowIterator empty() {
        return SingleRow.NONE;
    }
}
