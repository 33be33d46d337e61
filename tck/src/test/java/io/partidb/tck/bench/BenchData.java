package io.partidb.tck.bench;

/**
 * The benchmark data set, the same for every database: items numbered from 0, item {@code i}
 * in partition {@code user-(i / 10)} with sort key {@code i % 10}, a payload of 200 characters
 * and three more attributes ({@code v}, {@code version}, {@code status}). The first 100,000
 * items (10,000 partitions of 10) are loaded before a benchmark; items from 100,000 on are new.
 */
final class BenchData {
    static final int PER_PARTITION = 10;
    static final int PARTITIONS = 10_000;
    static final int ITEMS = PARTITIONS * PER_PARTITION;
    static final int PAYLOAD_LENGTH = 200;
    /** The status the full scan filters on: one item in ten has it. */
    static final String SCANNED_STATUS = "open";

    private static final String[] PARTITION_KEYS = new String[PARTITIONS];
    private static final String[] PAYLOAD_POOL = new String[4096];

    static {
        for (int p = 0; p < PARTITIONS; p++) {
            PARTITION_KEYS[p] = "user-" + p;
        }
        for (int i = 0; i < PAYLOAD_POOL.length; i++) {
            PAYLOAD_POOL[i] = freshPayload(i);
        }
    }

    private BenchData() {
    }

    /** The partition key of item {@code item}: cached for the loaded items, built for new ones. */
    static String partitionKey(long item) {
        long partition = item / PER_PARTITION;
        return partition < PARTITIONS ? PARTITION_KEYS[(int) partition] : "user-" + partition;
    }

    static String partitionKeyOf(int partition) {
        return PARTITION_KEYS[partition];
    }

    static long sortKey(long item) {
        return item % PER_PARTITION;
    }

    static String status(long item) {
        return item % 10 == 0 ? SCANNED_STATUS : "closed";
    }

    /**
     * A payload of 200 characters of its own for item {@code item}, as stored data holds: no
     * database can share it with another item or with the client.
     */
    static String freshPayload(long item) {
        StringBuilder text = new StringBuilder(PAYLOAD_LENGTH).append("item ").append(item)
                .append(": ");
        while (text.length() < PAYLOAD_LENGTH) {
            text.append((char) ('a' + (text.length() * 7 + item) % 26));
        }
        return text.toString();
    }

    /**
     * A payload for an item written while measuring, taken from a pool of 4,096 distinct ones so
     * that building it costs the client nothing; the same pool for every database.
     */
    static String pooledPayload(long item) {
        return PAYLOAD_POOL[(int) (item & (PAYLOAD_POOL.length - 1))];
    }
}
