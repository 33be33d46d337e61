package io.partidb.engine.log;

import io.partidb.engine.Item;
import io.partidb.engine.Key;

import java.time.Instant;
import java.util.Objects;

/**
 * One committed change to one item: the table, the item's primary key, the item before (null
 * when the write created it) and after (null when the write deleted it), the change's sequence
 * number in its table's log and its commit time in epoch milliseconds. Images are the engine's
 * immutable items, shared with the table, so a record costs no copy.
 */
public record ChangeRecord(String tableName, Key keys, Item oldImage, Item newImage,
        long sequenceNumber, long commitTimeMillis) {

    /** Requires a table, a key, at least one image and a positive sequence number. */
    public ChangeRecord {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(keys, "keys");
        if (oldImage == null && newImage == null) {
            throw new IllegalArgumentException("a change needs an old or a new image");
        }
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + sequenceNumber);
        }
    }

    /** INSERT without an old image, REMOVE without a new one, MODIFY otherwise. */
    public ChangeKind kind() {
        if (oldImage == null) {
            return ChangeKind.INSERT;
        }
        return newImage == null ? ChangeKind.REMOVE : ChangeKind.MODIFY;
    }

    /** The commit time as an instant. */
    public Instant commitTime() {
        return Instant.ofEpochMilli(commitTimeMillis);
    }
}
