package io.partidb.tck.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A prepared point read through plain java.sql: the cost of PartiDB's JDBC and plan layers on
 * top of the engine's own get ({@link EngineBenchmark#getItem}), on the same data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JdbcPointReadBenchmark {
    private Connection connection;
    private PreparedStatement pointRead;
    private String[] partitionKeys;

    @Setup(Level.Trial)
    public void load() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:bench-" + UUID.randomUUID());
        connection.createStatement().execute("CREATE TABLE bench (pk STRING, sk NUMBER, "
                + "PRIMARY KEY (pk, sk))");
        partitionKeys = new String[EngineBenchmark.PARTITIONS];
        String payload = "x".repeat(200);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench VALUE "
                + "{'pk': ?, 'sk': ?, 'payload': ?, 'v': 0, 'version': 0, 'status': ?}")) {
            for (int p = 0; p < EngineBenchmark.PARTITIONS; p++) {
                partitionKeys[p] = "user-" + p;
                for (int s = 0; s < EngineBenchmark.PER_PARTITION; s++) {
                    insert.setString(1, partitionKeys[p]);
                    insert.setInt(2, s);
                    insert.setString(3, payload);
                    insert.setString(4, s % 2 == 0 ? "open" : "done");
                    insert.executeUpdate();
                }
            }
        }
        pointRead = connection.prepareStatement(
                "SELECT pk, sk, payload, v FROM bench WHERE pk = ? AND sk = ?");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
    }

    @Benchmark
    public long preparedPointRead() throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        pointRead.setString(1, partitionKeys[random.nextInt(EngineBenchmark.PARTITIONS)]);
        pointRead.setInt(2, random.nextInt(EngineBenchmark.PER_PARTITION));
        try (ResultSet rs = pointRead.executeQuery()) {
            return rs.next() ? rs.getLong(4) : -1;
        }
    }
}
