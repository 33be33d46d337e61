package io.partidb.engine.read;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.PageKey;
import io.partidb.engine.capacity.ConsumedCapacity;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One page of a Query or Scan, as DynamoDB answers it: the items that passed the filter (none
 * when counting), their number ({@code Count}), the number of items read before filtering
 * ({@code ScannedCount}), the position of the last item read when the page stopped at its Limit
 * or at 1 MB ({@code LastEvaluatedKey}; null when the read is complete) and the capacity the
 * page consumed. The position is the item's primary {@link Key} for a read of the table, and the
 * entry's {@link IndexKey} (index keys plus primary key) for a read of a secondary index.
 */
public record Page(List<Item> items, int count, int scannedCount, PageKey lastEvaluated,
        ConsumedCapacity consumedCapacity) {

    /**
     * DynamoDB's page size: a read stops once the items it has read add up to 1 MB or more
     * ({@link Item#sizeInBytes}). The item that reaches or crosses the mark is part of the page.
     */
    public static final int MAX_BYTES = 1_048_576;

    /** Wraps {@code items} unmodifiably without copying: the caller hands the list over. */
    public Page {
        items = Collections.unmodifiableList(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(consumedCapacity, "consumedCapacity");
    }

    /**
     * The primary key of the last item read, or null when the read is complete. For a read of
     * a secondary index this is only the table-key part of {@link #lastEvaluated}; resuming an
     * index read needs the whole {@link #lastEvaluatedIndexKey}.
     */
    public Key lastEvaluatedKey() {
        if (lastEvaluated instanceof IndexKey index) {
            return index.tableKey();
        }
        return (Key) lastEvaluated;
    }

    /** The position of the last entry read in an index read; null for a table read or at end. */
    public IndexKey lastEvaluatedIndexKey() {
        return lastEvaluated instanceof IndexKey index ? index : null;
    }

    /** Whether more may follow: true exactly when {@link #lastEvaluated} is set. */
    public boolean hasMore() {
        return lastEvaluated != null;
    }
}
