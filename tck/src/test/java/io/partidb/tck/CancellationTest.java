package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statement.cancel and setQueryTimeout stop a long scan, through java.sql. */
class CancellationTest {

    private static Connection loaded(int segments) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:partidb:mem:cancel-"
                + UUID.randomUUID() + ";scanSegments=" + segments);
        connection.createStatement().execute("CREATE TABLE big (id NUMBER, PRIMARY KEY (id))");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO big VALUE {'id': ?}")) {
            for (int i = 0; i < 5000; i++) {
                insert.setInt(1, i);
                insert.executeUpdate();
            }
        }
        return connection;
    }

    @Test
    void cancelStopsARunningScan() throws SQLException {
        for (int segments : new int[] {1, 2}) {
            try (Connection connection = loaded(segments);
                    Statement statement = connection.createStatement()) {
                ResultSet rs = statement.executeQuery("SELECT id FROM big");
                assertThat(rs.next()).isTrue();
                statement.cancel();
                assertThatThrownBy(() -> {
                    while (rs.next()) {
                        rs.getInt(1);
                    }
                }).isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            }
        }
    }

    @Test
    void queryTimeoutStopsAScanPastItsLimit() throws Exception {
        try (Connection connection = loaded(1);
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            assertThat(statement.getQueryTimeout()).isEqualTo(1);
            ResultSet rs = statement.executeQuery("SELECT id FROM big WHERE id >= 0");
            assertThat(rs.next()).isTrue();
            Thread.sleep(1_200);
            assertThatThrownBy(() -> {
                while (rs.next()) {
                    rs.getInt(1);
                }
            }).isInstanceOf(SQLTimeoutException.class)
                    .hasMessageContaining("query timeout");
            statement.setQueryTimeout(0);
            try (ResultSet all = statement.executeQuery("SELECT id FROM big")) {
                int rows = 0;
                while (all.next()) {
                    rows++;
                }
                assertThat(rows).isEqualTo(5000);
            }
        }
    }
}
