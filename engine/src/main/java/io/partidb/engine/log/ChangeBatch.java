package io.partidb.engine.log;

import java.util.List;

/**
 * What one {@link ChangeLogSubscription#poll} returned: the records read, the position the read
 * started at, the position to read from next, and how many records between the two were dropped
 * by retention before they could be read. When {@code missedRecords} is positive the consumer
 * fell behind: {@code records} starts at {@code fromPosition + missedRecords}, and a consumer
 * that keeps derived state (an index) must rebuild it.
 */
public record ChangeBatch(List<ChangeRecord> records, long fromPosition, long nextPosition,
        long missedRecords) {

    /** Copies the record list. */
    public ChangeBatch {
        records = List.copyOf(records);
        if (missedRecords < 0 || nextPosition < fromPosition) {
            throw new IllegalArgumentException("inconsistent batch: " + fromPosition + ".."
                    + nextPosition + ", missed " + missedRecords);
        }
    }

    /** Whether records the consumer had not read were dropped. */
    public boolean fellBehind() {
        return missedRecords > 0;
    }

    /** Whether nothing was read and nothing missed. */
    public boolean isEmpty() {
        return records.isEmpty() && missedRecords == 0;
    }
}
