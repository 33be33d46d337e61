package io.partidb.tck.bench;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The workloads of the benchmark issue, one method each, run against every database kind
 * ({@code db}) on the same 100,000 items ({@link BenchData}): PartiDB, H2, HSQLDB and SQLite
 * through prepared statements ({@link JdbcSession}), and the raw maps ({@link MapBackend}) as
 * the limit. Each fork loads a fresh database; items inserted during an iteration are deleted
 * after it, so every iteration starts from the same 100,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PeerBenchmark {
    static final int BATCH = 25;

    @Param({"partidb", "h2", "hsqldb", "sqlite", "map"})
    public String db;

    Backend backend;
    /** The version each item has, as the clients know it: what the optimistic lock sends. */
    AtomicLongArray versions;
    /** The number of the next new item. */
    final AtomicLong nextItem = new AtomicLong(BenchData.ITEMS);
    private Session maintenance;

    @Setup(Level.Trial)
    public void load() throws Exception {
        backend = Backend.open(db, 0);
        maintenance = backend.openSession(1);
        maintenance.load(0, BenchData.ITEMS);
        versions = new AtomicLongArray(BenchData.ITEMS);
    }

    /** Deletes the items the iteration inserted. */
    @TearDown(Level.Iteration)
    public void deleteNewItems() throws Exception {
        long end = nextItem.get();
        if (end > BenchData.ITEMS) {
            maintenance.delete(BenchData.ITEMS, end);
            nextItem.set(BenchData.ITEMS);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        maintenance.close();
        backend.close();
    }

    /** One thread's session on the benchmark's database. */
    @State(Scope.Thread)
    public static class Client {
        Session session;
        long staleUpdates;

        @Setup(Level.Trial)
        public void open(PeerBenchmark benchmark, BenchmarkParams params) throws Exception {
            session = benchmark.backend.openSession(params.getThreads());
        }

        @TearDown(Level.Trial)
        public void close(BenchmarkParams params) throws Exception {
            session.close();
            if (staleUpdates > 0 && params.getThreads() == 1) {
                throw new IllegalStateException(staleUpdates + " updates found a stale version"
                        + " with one thread: the optimistic lock is broken");
            }
        }
    }

    @Benchmark
    public void pointRead(Client client, Blackhole blackhole) throws Exception {
        client.session.pointRead(randomItem(), blackhole);
    }

    @Benchmark
    public int insert(Client client) throws Exception {
        long item = nextItem.getAndIncrement();
        return client.session.insert(item, BenchData.pooledPayload(item));
    }

    @Benchmark
    public int conditionalUpdate(Client client) throws Exception {
        return update(client, randomItem());
    }

    @Benchmark
    public void queryPartition(Client client, Blackhole blackhole) throws Exception {
        client.session.queryPartition(
                ThreadLocalRandom.current().nextInt(BenchData.PARTITIONS), blackhole);
    }

    @Benchmark
    public int fullScan(Client client, Blackhole blackhole) throws Exception {
        return client.session.scanCount(blackhole);
    }

    /** One JDBC batch of 25 inserts of new items: an operation is a batch. */
    @Benchmark
    public int batchInsert(Client client) throws Exception {
        return client.session.batchInsert(nextItem.getAndAdd(BATCH), BATCH);
    }

    /** Two threads, each doing 80 % point reads and 20 % conditional updates. */
    @Benchmark
    @Threads(2)
    public int mixed(Client client, Blackhole blackhole) throws Exception {
        long item = randomItem();
        if (ThreadLocalRandom.current().nextInt(10) < 8) {
            client.session.pointRead(item, blackhole);
            return 1;
        }
        return update(client, item);
    }

    private int update(Client client, long item) throws Exception {
        int index = (int) item;
        long version = versions.get(index);
        int written = client.session.conditionalUpdate(item, version);
        if (written == 1) {
            versions.compareAndSet(index, version, version + 1);
        } else {
            client.staleUpdates++;
        }
        return written;
    }

    private static long randomItem() {
        return ThreadLocalRandom.current().nextInt(BenchData.ITEMS);
    }
}
