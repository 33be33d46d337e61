package io.partidb.tck.bench;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark's operations on one database, for one thread at a time; items are numbered as
 * in {@link BenchData}. Every implementation does the same work: each operation reads every
 * attribute it returns and hands it to the {@link Blackhole}.
 */
interface Session extends AutoCloseable {

    /** Reads {@code payload, v, version, status} of one item by its full key. */
    void pointRead(long item, Blackhole blackhole) throws Exception;

    /** Inserts a new item ({@code v} and {@code version} 0); returns the count written (1). */
    int insert(long item, String payload) throws Exception;

    /**
     * {@code SET v = v + 1, version = version + 1} if {@code version} still is {@code version}:
     * returns 1 when written, 0 when the version was stale.
     */
    int conditionalUpdate(long item, long version) throws Exception;

    /** Reads the 10 items of one partition in sort-key order, every attribute. */
    void queryPartition(int partition, Blackhole blackhole) throws Exception;

    /**
     * Scans every item, keeps those whose {@code status} is {@link BenchData#SCANNED_STATUS},
     * reads their partition key and returns how many there were.
     */
    int scanCount(Blackhole blackhole) throws Exception;

    /** Inserts {@code count} new items from {@code firstItem} on as one batch; returns 25. */
    int batchInsert(long firstItem, int count) throws Exception;

    /** Inserts items {@code [firstItem, endItem)} with fresh payloads: the data load. */
    void load(long firstItem, long endItem) throws Exception;

    /** Deletes items {@code [firstItem, endItem)}, some of which may not exist. */
    void delete(long firstItem, long endItem) throws Exception;

    @Override
    void close() throws Exception;
}
