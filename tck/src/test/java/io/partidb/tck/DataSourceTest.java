package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.partidb.jdbc.PartiDBConnectionPoolDataSource;
import io.partidb.jdbc.PartiDBDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.PooledConnection;
import org.junit.jupiter.api.Test;

/** PartiDB's DataSources, directly, as a ConnectionPoolDataSource, and under HikariCP. */
class DataSourceTest {

    @Test
    void dataSourceConnectsWithItsProperties() throws SQLException {
        PartiDBDataSource dataSource = new PartiDBDataSource();
        assertThatThrownBy(dataSource::getConnection).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo("08001"));
        dataSource.setDatabaseName("ds-" + UUID.randomUUID());
        dataSource.setScanSegments(3);
        assertThat(dataSource.getScanSegments()).isEqualTo(3);
        try (Connection connection = dataSource.getConnection("someone", "secret")) {
            connection.createStatement().execute(
                    "CREATE TABLE things (id STRING, PRIMARY KEY (id))");
            assertThat(WalkingSkeletonScenario.explain(connection,
                    "EXPLAIN SELECT * FROM things")).last().asString().contains("segments=3");
            assertThat((Object) connection.getWarnings()).isNull();
        }
    }

    @Test
    void pooledConnectionHandsOutLogicalConnections() throws SQLException {
        PartiDBConnectionPoolDataSource dataSource = new PartiDBConnectionPoolDataSource();
        dataSource.setUrl("jdbc:partidb:mem:pool-" + UUID.randomUUID());
        PooledConnection pooled = dataSource.getPooledConnection();
        List<String> events = new ArrayList<>();
        pooled.addConnectionEventListener(new ConnectionEventListener() {
            @Override
            public void connectionClosed(ConnectionEvent event) {
                events.add("closed");
            }

            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
                events.add("error");
            }
        });
        Connection first = pooled.getConnection();
        first.createStatement().execute("CREATE TABLE things (id STRING, PRIMARY KEY (id))");
        first.close();
        assertThat(first.isClosed()).isTrue();
        assertThat(events).containsExactly("closed");
        assertThatThrownBy(first::createStatement).isInstanceOf(SQLException.class);
        Connection second = pooled.getConnection();
        try (ResultSet rs = second.getMetaData().getTables(null, null, "things", null)) {
            assertThat(rs.next()).as("the same physical connection and database").isTrue();
        }
        pooled.close();
        assertThat(second.isClosed()).isTrue();
    }

    @Test
    void hikariPoolServesConcurrentReadsAndWrites() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setDataSourceClassName(PartiDBDataSource.class.getName());
        config.addDataSourceProperty("url", "jdbc:partidb:mem:hikari-" + UUID.randomUUID());
        config.addDataSourceProperty("scanSegments", "2");
        config.setMaximumPoolSize(4);
        config.setPoolName("partidb-test");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection connection = pool.getConnection()) {
                connection.createStatement().execute(
                        "CREATE TABLE counters (owner STRING, n NUMBER, PRIMARY KEY (owner, n))");
            }
            int threads = 6;
            int perThread = 200;
            AtomicInteger reads = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String owner = "owner-" + t;
                futures.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        try (Connection connection = pool.getConnection();
                                PreparedStatement insert = connection.prepareStatement(
                                        "INSERT INTO counters VALUE {'owner': ?, 'n': ?}");
                                PreparedStatement read = connection.prepareStatement(
                                        "SELECT n FROM counters WHERE owner = ? AND n = ?")) {
                            insert.setString(1, owner);
                            insert.setInt(2, i);
                            insert.executeUpdate();
                            read.setString(1, owner);
                            read.setInt(2, i);
                            try (ResultSet rs = read.executeQuery()) {
                                assertThat(rs.next()).isTrue();
                                assertThat(rs.getInt(1)).isEqualTo(i);
                                reads.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            executor.shutdown();
            assertThat(reads.get()).isEqualTo(threads * perThread);
            try (Connection connection = pool.getConnection();
                    ResultSet rs = connection.createStatement().executeQuery(
                            "SELECT owner FROM counters")) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                }
                assertThat(rows).isEqualTo(threads * perThread);
            }
        }
    }
}
