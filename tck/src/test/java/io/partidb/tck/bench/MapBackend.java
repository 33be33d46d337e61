package io.partidb.tck.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference for the limit: the same operations on a {@link ConcurrentHashMap} of partition
 * keys to {@link ConcurrentSkipListMap}s of sort keys to immutable rows, with no query
 * language, no types beyond Java's and no conditions beyond a compare-and-set. Thread-safe, so
 * every thread shares the one session.
 */
final class MapBackend implements Backend, Session {
    private final ConcurrentHashMap<String, ConcurrentSkipListMap<Long, Row>> partitions =
            new ConcurrentHashMap<>();

    /** One stored item. */
    private record Row(String pk, long sk, String payload, long v, long version, String status) {
        Row incremented() {
            return new Row(pk, sk, payload, v + 1, version + 1, status);
        }
    }

    @Override
    public Session openSession(int threads) {
        return this;
    }

    @Override
    public void pointRead(long item, Blackhole blackhole) {
        Map<Long, Row> partition = partitions.get(BenchData.partitionKey(item));
        Row row = partition == null ? null : partition.get(BenchData.sortKey(item));
        if (row == null) {
            throw new IllegalStateException("no item " + item);
        }
        blackhole.consume(row.payload());
        blackhole.consume(row.v());
        blackhole.consume(row.version());
        blackhole.consume(row.status());
    }

    @Override
    public int insert(long item, String payload) {
        String pk = BenchData.partitionKey(item);
        Row row = new Row(pk, BenchData.sortKey(item), payload, 0, 0, BenchData.status(item));
        return partitions.computeIfAbsent(pk, key -> new ConcurrentSkipListMap<>())
                .putIfAbsent(row.sk(), row) == null ? 1 : 0;
    }

    @Override
    public int conditionalUpdate(long item, long version) {
        Map<Long, Row> partition = partitions.get(BenchData.partitionKey(item));
        Long sk = BenchData.sortKey(item);
        Row row = partition == null ? null : partition.get(sk);
        if (row == null || row.version() != version) {
            return 0;
        }
        return partition.replace(sk, row, row.incremented()) ? 1 : 0;
    }

    @Override
    public void queryPartition(int partition, Blackhole blackhole) {
        int count = 0;
        for (Row row : partitions.get(BenchData.partitionKeyOf(partition)).values()) {
            blackhole.consume(row.sk());
            blackhole.consume(row.payload());
            blackhole.consume(row.v());
            blackhole.consume(row.version());
            blackhole.consume(row.status());
            count++;
        }
        if (count != BenchData.PER_PARTITION) {
            throw new IllegalStateException(count + " items in partition " + partition);
        }
    }

    @Override
    public int scanCount(Blackhole blackhole) {
        int count = 0;
        for (ConcurrentSkipListMap<Long, Row> partition : partitions.values()) {
            for (Row row : partition.values()) {
                if (row.status().equals(BenchData.SCANNED_STATUS)) {
                    blackhole.consume(row.pk());
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public int batchInsert(long firstItem, int count) {
        int written = 0;
        for (long item = firstItem; item < firstItem + count; item++) {
            written += insert(item, BenchData.pooledPayload(item));
        }
        return written;
    }

    @Override
    public void load(long firstItem, long endItem) {
        for (long item = firstItem; item < endItem; item++) {
            insert(item, BenchData.freshPayload(item));
        }
    }

    @Override
    public void delete(long firstItem, long endItem) {
        for (long item = firstItem; item < endItem; item++) {
            Long sk = BenchData.sortKey(item);
            partitions.computeIfPresent(BenchData.partitionKey(item), (pk, partition) -> {
                partition.remove(sk);
                return partition.isEmpty() ? null : partition;
            });
        }
    }

    @Override
    public void close() {
    }
}
