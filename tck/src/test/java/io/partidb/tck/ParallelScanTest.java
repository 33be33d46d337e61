package io.partidb.tck;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full scan read by several threads (the {@code scanSegments} property) returns every
 * matching item exactly once, whatever the number of threads and parts, in the order a
 * one-thread scan returns them (so re-running a scan pages stably), and a result set closed
 * half-way leaves the connection usable.
 */
class ParallelScanTest {
    private static final int PARTITIONS = 700;
    private static final int PER_PARTITION = 5;

    private static Connection loaded(int segments) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:partidb:mem:scan-"
                + UUID.randomUUID() + ";scanSegments=" + segments);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE items (pk STRING, sk NUMBER, PRIMARY KEY (pk, sk))");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO items VALUE {'pk': ?, 'sk': ?, 'even': ?}")) {
            for (int p = 0; p < PARTITIONS; p++) {
                for (int s = 0; s < PER_PARTITION; s++) {
                    insert.setString(1, "p" + p);
                    insert.setInt(2, s);
                    insert.setBoolean(3, (p + s) % 2 == 0);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return connection;
    }

    private static List<String> keys(Connection connection, String select) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(select)) {
            while (rows.next()) {
                keys.add(rows.getString(1) + "/" + rows.getInt(2));
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 16})
    void rowsComeInTheOrderOfOneThreadEveryTime(int segments) throws SQLException {
        String all = "SELECT pk, sk FROM items";
        String filtered = "SELECT pk, sk FROM items WHERE even = true";
        List<String> oneThread;
        List<String> oneThreadFiltered;
        try (Connection connection = loaded(1)) {
            oneThread = keys(connection, all);
            oneThreadFiltered = keys(connection, filtered);
        }
        assertThat(oneThread).hasSize(PARTITIONS * PER_PARTITION);
        try (Connection connection = loaded(segments)) {
            for (int run = 0; run < 5; run++) {
                assertThat(keys(connection, all)).as("run %d", run).isEqualTo(oneThread);
                assertThat(keys(connection, filtered)).as("run %d", run)
                        .isEqualTo(oneThreadFiltered);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void everyMatchingItemExactlyOnce(int segments) throws SQLException {
        try (Connection connection = loaded(segments);
                Statement statement = connection.createStatement()) {
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT pk, sk FROM items WHERE even = true")) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + "/" + rows.getInt(2));
                }
            }
            List<String> expected = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                for (int s = 0; s < PER_PARTITION; s++) {
                    if ((p + s) % 2 == 0) {
                        expected.add("p" + p + "/" + s);
                    }
                }
            }
            assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);

            try (ResultSet rows = statement.executeQuery("SELECT pk FROM items")) {
                for (int i = 0; i < 10; i++) {
                    assertThat(rows.next()).isTrue();
                }
            }
            int all = 0;
            try (ResultSet rows = statement.executeQuery("SELECT sk FROM items")) {
                while (rows.next()) {
                    all++;
                }
            }
            assertThat(all).isEqualTo(PARTITIONS * PER_PARTITION);
        }
    }
}
