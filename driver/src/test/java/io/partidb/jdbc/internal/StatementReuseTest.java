package io.partidb.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement executed again and again reuses its parameter array, cancellation token and
 * execution context: an open result keeps the rows of the values bound when it was executed, a
 * cancel() stops the execution it was aimed at and not the next one, and whole numbers read
 * through getLong and getInt with the same range checks as before.
 */
class StatementReuseTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:reuse-" + UUID.randomUUID());
        connection.createStatement().execute(
                "CREATE TABLE items (pk STRING, sk NUMBER, PRIMARY KEY (pk, sk))");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO items VALUE {'pk': ?, 'sk': ?, 'v': ?}")) {
            for (String pk : new String[] {"a", "b"}) {
                for (int sk = 0; sk < 5; sk++) {
                    insert.setString(1, pk);
                    insert.setInt(2, sk);
                    insert.setInt(3, sk * 10);
                    insert.executeUpdate();
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
            out.add(rs.getString(1) + rs.getLong(2));
        }
        return out;
    }

    @Test
    void bindingNewValuesLeavesTheOpenResultAlone() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT pk, sk FROM items WHERE pk = ? AND v >= ? ORDER BY sk DESC")) {
            query.setString(1, "a");
            query.setInt(2, 30);
            ResultSet first = query.executeQuery();
            query.setString(1, "b");
            query.setInt(2, 0);
            assertThat(rows(first)).containsExactly("a4", "a3");
            assertThat(rows(query.executeQuery())).containsExactly("b4", "b3", "b2", "b1", "b0");
            assertThat(first.isClosed()).isTrue();
        }
    }

    @Test
    void aCancelStopsOnlyTheExecutionItWasAimedAt() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT pk, sk FROM items WHERE pk = ?")) {
            query.setString(1, "a");
            ResultSet cancelled = query.executeQuery();
            query.cancel();
            assertThatThrownBy(cancelled::next).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            assertThat(rows(query.executeQuery())).hasSize(5);

            query.setQueryTimeout(30);
            assertThat(rows(query.executeQuery())).hasSize(5);
            query.setQueryTimeout(0);
            ResultSet again = query.executeQuery();
            query.cancel();
            assertThatThrownBy(again::next).isInstanceOf(SQLException.class);
            assertThat(rows(query.executeQuery())).hasSize(5);
        }
    }

    @Test
    void aPointReadRunsAgainWithEachBindingAndAfterACancel() throws SQLException {
        try (PreparedStatement get = connection.prepareStatement(
                "SELECT pk, sk FROM items WHERE pk = ? AND sk = ?")) {
            for (int i = 0; i < 10; i++) {
                get.setString(1, i % 2 == 0 ? "a" : "b");
                get.setInt(2, i % 5);
                try (ResultSet rs = get.executeQuery()) {
                    assertThat(rows(rs)).containsExactly((i % 2 == 0 ? "a" : "b") + (i % 5));
                }
                get.cancel();
            }
            get.setInt(2, 7);
            assertThat(rows(get.executeQuery())).isEmpty();
            get.clearParameters();
            assertThatThrownBy(get::executeQuery).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("07001"));
        }
    }

    @Test
    void wholeNumbersReadWithTheirRangeChecks() throws SQLException {
        connection.createStatement().execute("INSERT INTO items VALUE {'pk': 'n', 'sk': 1, "
                + "'hundred': 100, 'big': 12345678901234567890, 'frac': -12.7, 'wide': 3000000000, "
                + "'text': ' 42 ', 'nothing': NULL}");
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT hundred, big, "
                + "frac, wide, text, nothing, absent, sk FROM items WHERE pk = 'n' AND sk = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(100);
            assertThat(rs.getByte(1)).isEqualTo((byte) 100);
            assertThatThrownBy(() -> rs.getLong(2)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("12345678901234567890")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                            .isEqualTo("22003"));
            assertThat(rs.getLong(3)).isEqualTo(-12);
            assertThat(rs.getLong(4)).isEqualTo(3_000_000_000L);
            assertThatThrownBy(() -> rs.getInt(4)).isInstanceOf(SQLException.class)
                    .hasMessage("Value 3000000000 of column 4 is out of range for int")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                            .isEqualTo("22003"));
            assertThatThrownBy(() -> rs.getShort(4)).isInstanceOf(SQLException.class);
            assertThat(rs.getInt(5)).isEqualTo(42);
            assertThat(rs.getLong(6)).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getLong(7)).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getInt(8)).isEqualTo(1);
            assertThat(rs.wasNull()).isFalse();
        }
    }
}
