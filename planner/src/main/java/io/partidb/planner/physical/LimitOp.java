package io.partidb.planner.physical;

import io.partidb.engine.Item;
import java.util.List;
import java.util.NoSuchElementException;

/** Skips {@code offset} rows of its input and returns at most {@code limit} of the rest. */
public final class LimitOp implements RowSource {
    private final RowSource input;
    private final ValueSource offset;
    private final ValueSource limit;

    /** @param offset rows to skip, or null; @param limit rows to return, or null for all */
    public LimitOp(RowSource input, ValueSource offset, ValueSource limit) {
        this.input = input;
        this.offset = offset;
        this.limit = limit;
    }

    @Override
    public RowIterator open(ExecutionContext context) {
        if (offset == null && limit == null) {
            // ORDER BY alone plans a Limit with neither bound: nothing to count
            return input.open(context);
        }
        int skip = offset == null ? 0 : offset.resolveCount(context.params(), "OFFSET");
        int max = limit == null ? Integer.MAX_VALUE
                : limit.resolveCount(context.params(), "LIMIT");
        RowIterator rows = input.open(context);
        for (int i = 0; i < skip && rows.hasNext(); i++) {
            rows.next();
        }
        return new RowIterator() {
            private int returned = 0;

            @Override
            public boolean hasNext() {
                return returned < max && rows.hasNext();
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                returned++;
                return rows.next();
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    @Override
    public String explainLine(ExecutionContext context) {
        return "Limit(" + (limit == null ? "" : "limit=" + limit)
                + (offset == null ? "" : (limit == null ? "" : ", ") + "offset=" + offset) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of(input);
    }
}
