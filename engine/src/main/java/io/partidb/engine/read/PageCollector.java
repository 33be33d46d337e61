package io.partidb.engine.read;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.PageKey;
import io.partidb.engine.capacity.CapacityUnits;
import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.capacity.ReadMode;
import io.partidb.engine.index.IndexShape;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads one page from a source of items in read order and applies DynamoDB's page rules: every
 * item read counts towards Limit, the 1 MB mark and the capacity charge, whether or not it
 * passes the filter; the read stops after the item that reaches the Limit or the 1 MB mark, and
 * that item's key becomes the page's LastEvaluatedKey even when nothing follows it, since
 * DynamoDB does not look ahead. In a read of a secondary index the items are its projected
 * entries, and the position is the entry's index key.
 */
final class PageCollector {
    private final String partitionKeyName;
    private final String sortKeyName;
    private final IndexShape index;
    private final Predicate<Item> filter;
    private final int limit;
    private final List<Item> items;
    private int count;
    private int scanned;
    private long bytes;
    private Item stoppedAt;

    /**
     * A collector for a table with those key attribute names ({@code sortKeyName} null when
     * there is no sort key); {@code filter} and {@code limit} null mean none.
     */
    PageCollector(String partitionKeyName, String sortKeyName, Predicate<Item> filter,
            Integer limit, Select select) {
        this(partitionKeyName, sortKeyName, null, filter, limit, select);
    }

    /** A collector for a read of a secondary index of that shape. */
    PageCollector(IndexShape index, Predicate<Item> filter, Integer limit, Select select) {
        this(null, null, index, filter, limit, select);
    }

    private PageCollector(String partitionKeyName, String sortKeyName, IndexShape index,
            Predicate<Item> filter, Integer limit, Select select) {
        this.partitionKeyName = partitionKeyName;
        this.sortKeyName = sortKeyName;
        this.index = index;
        this.filter = filter;
        this.limit = limit == null ? Integer.MAX_VALUE : limit;
        this.items = select == Select.COUNT ? null : new ArrayList<>();
    }

    /** Reads from {@code source} until it ends or the page is full. */
    PageCollector readFrom(Iterator<Item> source) {
        while (stoppedAt == null && source.hasNext()) {
            Item item = source.next();
            scanned++;
            bytes += item.sizeInBytes();
            if (filter == null || filter.test(item)) {
                count++;
                if (items != null) {
                    items.add(item);
                }
            }
            if (scanned >= limit || bytes >= Page.MAX_BYTES) {
                stoppedAt = item;
            }
        }
        return this;
    }

    /**
     * The page: the capacity is the sum of the sizes of the items read, rounded up once for the
     * whole page to 4 KB units (at least one unit, halved when eventually consistent), charged
     * to the index when reading one.
     */
    Page page(String tableName, boolean consistentRead) {
        PageKey last = null;
        if (stoppedAt != null) {
            last = index != null ? index.keyOf(stoppedAt)
                    : new Key(stoppedAt.get(partitionKeyName),
                            sortKeyName == null ? null : stoppedAt.get(sortKeyName));
        }
        double units = CapacityUnits.read(bytes, ReadMode.of(consistentRead));
        ConsumedCapacity capacity = index == null ? ConsumedCapacity.read(tableName, units)
                : ConsumedCapacity.indexRead(tableName, index.name(), index.kind(), units);
        return new Page(items == null ? List.of() : items, count, scanned, last, capacity);
    }
}
