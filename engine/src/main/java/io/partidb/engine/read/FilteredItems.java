package io.partidb.engine.read;

import io.partidb.engine.Item;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The items of another iterator that pass a filter, evaluated lazily: each item is tested once,
 * when the reader asks for the next one, so a read that stops early tests no more items than it
 * read.
 */
public final class FilteredItems implements Iterator<Item> {
    private final Iterator<Item> source;
    private final Predicate<Item> filter;
    private Item next;

    /** The items of {@code source} for which {@code filter} is true. */
    public FilteredItems(Iterator<Item> source, Predicate<Item> filter) {
        this.source = Objects.requireNonNull(source, "source");
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    @Override
    public boolean hasNext() {
        while (next == null && source.hasNext()) {
            Item item = source.next();
            if (filter.test(item)) {
                next = item;
            }
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item result = next;
        next = null;
        return result;
    }
}
