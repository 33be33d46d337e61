package io.partidb.engine.capacity;

/**
 * DynamoDB's capacity arithmetic (reference §6): a read costs one unit per started 4 KB
 * (halved when eventually consistent, doubled when transactional), a write one unit per started
 * 1 KB (doubled when transactional); a read of nothing still costs one unit, a write at least one.
 * GetItem and writes round up per item; Query and Scan round up the sum of the items they read.
 */
public final class CapacityUnits {
    /** Bytes per read capacity unit. */
    public static final int READ_UNIT_BYTES = 4096;
    /** Bytes per write capacity unit. */
    public static final int WRITE_UNIT_BYTES = 1024;

    private CapacityUnits() {
    }

    /** Units for reading {@code bytes} (one item, or the sum a Query or Scan read). */
    public static double read(long bytes, ReadMode mode) {
        return Math.max(1L, ceilDiv(bytes, READ_UNIT_BYTES)) * mode.factor();
    }

    /**
     * Units for a write whose size is the larger of the item before and after (a delete: the
     * deleted item; a failed conditional write: the existing item, or 1 unit when none).
     */
    public static double write(long bytes, boolean transactional) {
        return Math.max(1L, ceilDiv(bytes, WRITE_UNIT_BYTES)) * (transactional ? 2.0 : 1.0);
    }

    private static long ceilDiv(long bytes, int unit) {
        return bytes <= 0 ? 0 : (bytes + unit - 1) / unit;
    }
}
