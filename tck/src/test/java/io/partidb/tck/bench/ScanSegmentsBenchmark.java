package io.partidb.tck.bench;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * PartiDB's full scan ({@link PeerBenchmark#fullScan}'s statement and data) with its
 * {@code scanSegments} connection property set to 1 and to 2: what reading segments in
 * parallel gains on this machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScanSegmentsBenchmark {
    @Param({"1", "2"})
    public int segments;

    private Backend backend;
    private Session session;

    @Setup(Level.Trial)
    public void load() throws Exception {
        backend = Backend.open("partidb", segments);
        session = backend.openSession(1);
        session.load(0, BenchData.ITEMS);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        session.close();
        backend.close();
    }

    @Benchmark
    public int fullScan(Blackhole blackhole) throws Exception {
        return session.scanCount(blackhole);
    }
}
