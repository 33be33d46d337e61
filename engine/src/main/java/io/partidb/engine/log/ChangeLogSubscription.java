package io.partidb.engine.log;

import java.util.ArrayList;
import java.util.List;

/**
 * A named consumer of one {@link ChangeLog}: a read position (the sequence number of the next
 * record to read) and a committed position (where a restarted consumer resumes, see
 * {@link #rewind}). Meant for one consuming thread; its methods are synchronized so that a
 * monitor may read the positions from another.
 *
 * <p>Reading keeps the node of the last record read, so a poll costs O(records returned). Records
 * dropped by retention before the consumer read them are counted in
 * {@link ChangeBatch#missedRecords}; reading then continues at the oldest retained record.
 *
 * <p>To rebuild derived state after falling behind: take {@code p = log.nextSequence()}, rebuild
 * from a scan of the table, {@link #seek seek(p)} and apply the following records again. A record
 * may then describe a change the scan already saw, so applying must be idempotent (set the item
 * to the record's new image, or remove it).
 */
public final class ChangeLogSubscription {
    private final ChangeLog log;
    private final String name;
    private long position;
    private long committed;
    // The node of the last record read (sequence == position - 1), or null to locate it.
    private ChangeLog.Node last;
    private boolean closed;

    ChangeLogSubscription(ChangeLog log, String name, long position) {
        this.log = log;
        this.name = name;
        this.position = position;
        this.committed = position;
    }

    /** The subscription's name, unique in its log. */
    public String name() {
        return name;
    }

    /** The log this subscription reads. */
    public ChangeLog log() {
        return log;
    }

    /** The sequence number of the next record to read. */
    public synchronized long position() {
        return position;
    }

    /** The committed position: where {@link #rewind} goes back to. */
    public synchronized long committedPosition() {
        return committed;
    }

    /** The number of records appended that this subscription has not read yet. */
    public synchronized long lag() {
        return log.nextSequence() - position;
    }

    /**
     * Reads up to {@code maxRecords} records from the position and advances it past them (and
     * past any records dropped before they could be read, which the batch counts as missed).
     * Returns an empty batch when the consumer has caught up. Also applies the log's age
     * retention, so an idle table's old records go even without writes.
     */
    public synchronized ChangeBatch poll(int maxRecords) {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be at least 1: " + maxRecords);
        }
        requireOpen();
        log.trim();
        long from = position;
        long missed = 0;
        List<ChangeRecord> records = new ArrayList<>(Math.min(maxRecords, 256));
        ChangeLog.Node node = last;
        while (records.size() < maxRecords) {
            if (node == null) {
                node = log.predecessorOf(position);
                if (node == null) {
                    // The record at the position was dropped: skip to the oldest retained one.
                    ChangeLog.Node dropped = log.head();
                    if (dropped.sequence >= position) {
                        missed += dropped.sequence + 1 - position;
                        position = dropped.sequence + 1;
                    }
                    continue;
                }
            }
            ChangeLog.Node next = node.next;
            if (next == null) {
                break;
            }
            if (next == ChangeLog.TRIMMED) {
                // The last record read was dropped meanwhile; find the position again.
                node = null;
                continue;
            }
            records.add(next.record);
            position = next.sequence + 1;
            node = next;
        }
        last = node;
        return new ChangeBatch(records, from, position, missed);
    }

    /** Commits the current read position. */
    public synchronized void commit() {
        requireOpen();
        committed = position;
    }

    /**
     * Commits {@code position}, which must lie between the committed position and the read
     * position: a consumer commits what it has durably processed, which it has read.
     */
    public synchronized void commit(long position) {
        requireOpen();
        if (position < committed || position > this.position) {
            throw new IllegalArgumentException("Commit position " + position + " is outside "
                    + committed + ".." + this.position + " of subscription " + name);
        }
        committed = position;
    }

    /**
     * Moves the read position to {@code position}, from 1 to the log's next sequence number
     * (backwards to read retained records again, forwards to skip); the committed position stays.
     */
    public synchronized void seek(long position) {
        requireOpen();
        log.checkPosition(position);
        this.position = position;
        this.last = null;
    }

    /** Moves the read position back to the committed position, as a restarted consumer would. */
    public synchronized void rewind() {
        seek(committed);
    }

    /** Removes the subscription from its log; later calls other than the getters fail. */
    public synchronized void close() {
        if (!closed) {
            closed = true;
            last = null;
            log.unsubscribe(this);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Subscription " + name + " is closed");
        }
    }

    @Override
    public synchronized String toString() {
        return "ChangeLogSubscription[" + name + " on " + log.tableName() + ", position "
                + position + ", committed " + committed + "]";
    }
}
