package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.Table;
import io.partidb.engine.value.AttributeValue;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Reads every item of a table through the engine's segmented scan, with the residual filter
 * evaluated inside the engine. Segments are read one after another on the caller's thread.
 */
public final class ScanOp implements RowSource {
    private final Table table;
    private final CompiledExpression filter;

    /** @param filter the filter, or null to return every item */
    public ScanOp(Table table, CompiledExpression filter) {
        this.table = table;
        this.filter = filter;
    }

    @Override
    public Iterator<Item> open(ExecutionContext context) {
        AttributeValue[] params = context.params();
        Predicate<Item> predicate = filter == null
                ? item -> true
                : item -> filter.test(item, params);
        int segments = Math.max(1, context.scanSegments());
        return new Iterator<>() {
            private int segment = 0;
            private Iterator<Item> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (segment >= segments) {
                        return false;
                    }
                    current = table.scan(segment++, segments, predicate);
                }
                return true;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    @Override
    public String explainLine() {
        return "Scan(table=" + table.name() + (filter == null ? "" : ", filter=" + filter) + ")";
    }

    @Override
    public List<RowSource> inputs() {
        return List.of();
    }
}
