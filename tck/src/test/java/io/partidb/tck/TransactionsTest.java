package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions through java.sql: auto-commit off holds INSERT/UPDATE/DELETE for commit(), which
 * writes them all or nothing; multi-row INSERT ... VALUES is one transaction too.
 */
class TransactionsTest {
    private String url;
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void setUp() throws SQLException {
        url = "jdbc:partidb:mem:txn-" + UUID.randomUUID();
        connection = DriverManager.getConnection(url);
        statement = connection.createStatement();
        statement.execute("CREATE TABLE accounts (id STRING, PRIMARY KEY (id))");
        statement.execute("INSERT INTO accounts VALUE {'id': 'a', 'balance': 100, 'v': 1}");
        statement.execute("INSERT INTO accounts VALUE {'id': 'b', 'balance': 0, 'v': 1}");
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private int balance(Connection c, String id) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT balance FROM accounts WHERE id = '" + id + "'")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    @Test
    void commitWritesEverythingAndReadsSeeCommittedDataOnly() throws SQLException {
        connection.setAutoCommit(false);
        assertThat(connection.getAutoCommit()).isFalse();
        assertThat(statement.executeUpdate("UPDATE accounts SET balance = balance - 30, "
                + "v = v + 1 WHERE id = 'a' AND v = 1")).isEqualTo(1);
        assertThat(statement.executeUpdate("UPDATE accounts SET balance = balance + 30 "
                + "WHERE id = 'b'")).isEqualTo(1);
        assertThat(statement.executeUpdate("INSERT INTO accounts VALUE {'id': 'c', "
                + "'balance': 5}")).isEqualTo(1);
        assertThat(balance(connection, "a")).as("not yet committed").isEqualTo(100);
        try (Connection other = DriverManager.getConnection(url)) {
            assertThat(balance(other, "c")).isEqualTo(-1);
            connection.commit();
            assertThat(balance(other, "a")).isEqualTo(70);
            assertThat(balance(other, "b")).isEqualTo(30);
            assertThat(balance(other, "c")).isEqualTo(5);
        }
    }

    @Test
    void aFailedConditionCancelsTheWholeTransaction() throws SQLException {
        connection.setAutoCommit(false);
        statement.executeUpdate("UPDATE accounts SET balance = 0 WHERE id = 'b'");
        statement.executeUpdate("UPDATE accounts SET balance = 1 WHERE id = 'a' AND v = 99");
        assertThatThrownBy(connection::commit).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("TransactionCanceledException: Transaction "
                    + "cancelled, please refer cancellation reasons for specific reasons "
                    + "[None, ConditionalCheckFailed]");
            assertThat(e.getSQLState()).isEqualTo("23000");
        });
        assertThat(balance(connection, "a")).isEqualTo(100);
        statement.executeUpdate("UPDATE accounts SET balance = 7 WHERE id = 'b'");
        connection.rollback();
        connection.setAutoCommit(true);
        assertThat(balance(connection, "b")).as("rolled back").isZero();
    }

    @Test
    void switchingAutoCommitOnCommitsAndCloseDiscards() throws SQLException {
        connection.setAutoCommit(false);
        statement.executeUpdate("UPDATE accounts SET balance = 1 WHERE id = 'b'");
        connection.setAutoCommit(true);
        assertThat(balance(connection, "b")).isEqualTo(1);
        try (Connection other = DriverManager.getConnection(url)) {
            other.setAutoCommit(false);
            other.createStatement().executeUpdate("UPDATE accounts SET balance = 2 WHERE id = 'b'");
        }
        assertThat(balance(connection, "b")).as("closing discarded the transaction").isEqualTo(1);
        assertThatThrownBy(connection::commit).isInstanceOf(SQLException.class)
                .hasMessageContaining("auto-commit");
    }

    @Test
    void theHundredAndFirstWriteFailsBeforeAnythingIsWritten() throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO accounts VALUE {'id': ?, 'balance': 0}")) {
            for (int i = 0; i < 100; i++) {
                insert.setString(1, "n" + i);
                insert.executeUpdate();
            }
            insert.setString(1, "n100");
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("at most 100");
        }
        assertThat(balance(connection, "n0")).isEqualTo(-1);
        connection.commit();
        assertThat(balance(connection, "n99")).isZero();
        assertThat(balance(connection, "n100")).isEqualTo(-1);
    }

    @Test
    void returningIsRefusedInATransaction() throws SQLException {
        connection.setAutoCommit(false);
        assertThatThrownBy(() -> statement.execute("UPDATE accounts SET balance = 1 "
                + "WHERE id = 'a' RETURNING ALL NEW *"))
                .hasMessageContaining("RETURNING clause is not supported in a transaction");
    }

    @Test
    void multiRowInsertIsAllOrNothing() throws SQLException {
        assertThat(statement.executeUpdate("INSERT INTO accounts (id, balance) VALUES "
                + "('x', 1), ('y', 2), ('z', 3)")).isEqualTo(3);
        assertThat(balance(connection, "y")).isEqualTo(2);
        assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO accounts (id, balance) "
                + "VALUES ('w', 1), ('a', 2)"))
                .isInstanceOf(SQLIntegrityConstraintViolationException.class)
                .hasMessage("DuplicateItemException: Duplicate primary key exists in table");
        assertThat(balance(connection, "w")).as("nothing written").isEqualTo(-1);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO accounts (id, balance) VALUES (?, ?), (?, ?)")) {
            insert.setString(1, "p");
            insert.setInt(2, 1);
            insert.setString(3, "q");
            insert.setInt(4, 2);
            assertThat(insert.executeUpdate()).isEqualTo(2);
        }
        assertThat(balance(connection, "q")).isEqualTo(2);
    }
}
