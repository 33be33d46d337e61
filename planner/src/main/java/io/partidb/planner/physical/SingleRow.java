package io.partidb.planner.physical;

import io.partidb.engine.Item;
import java.util.NoSuchElementException;

/**
 * The rows of a point read: one item or none. A row source of its own, rather than a list's
 * iterator behind a wrapper, because a point read should cost one small object here.
 */
final class SingleRow implements RowIterator {
    /** No row. Stateless, so shared. */
    static final RowIterator NONE = new SingleRow(null);

    private Item row;

    /** @param row the row, or null for none */
    SingleRow(Item row) {
        this.row = row;
    }

    @Override
    public boolean hasNext() {
        return row != null;
    }

    @Override
    public Item next() {
        Item out = row;
        if (out == null) {
            throw new NoSuchElementException();
        }
        row = null;
        return out;
    }

    @Override
    public void close() {
        // the shared empty instance is never written to
        if (row != null) {
            row = null;
        }
    }
}
