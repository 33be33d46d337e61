package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Secondary index reads through java.sql (reference §8, §2.3): {@code "t"."idx"} as Query or
 * Scan, projections, DynamoDB's errors, LSI fetches, and the planner's own index choice.
 * Global indexes are eventually consistent, so reads of them are retried until they converge
 * (bounded), as a DynamoDB client would.
 */
class IndexReadsTest {
    private String url;
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void setUp() throws SQLException {
        url = "jdbc:partidb:mem:idx-" + UUID.randomUUID() + ";scanSegments=2";
        connection = DriverManager.getConnection(url);
        statement = connection.createStatement();
        statement.execute("CREATE TABLE \"Orders\" (\"Customer\" STRING, \"Placed\" NUMBER, "
                + "\"Total\" NUMBER, \"Status\" STRING, \"Note\" STRING, "
                + "PRIMARY KEY (\"Customer\", \"Placed\"), "
                + "LOCAL INDEX \"byTotal\" (\"Customer\", \"Total\") PROJECTION KEYS_ONLY, "
                + "GLOBAL INDEX \"byStatus\" (\"Status\", \"Placed\") PROJECTION INCLUDE (\"Total\"))");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"Orders\" "
                + "VALUE {'Customer': ?, 'Placed': ?, 'Total': ?, 'Status': ?, 'Note': ?}")) {
            Object[][] rows = {
                {"ann", 1, 30, "open", "a"}, {"ann", 2, 10, "done", "b"},
                {"ann", 3, 20, "open", "c"}, {"bob", 1, 5, "open", "d"},
                {"bob", 2, 50, "done", "e"},
            };
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
        statement.execute("INSERT INTO \"Orders\" VALUE {'Customer': 'cid', 'Placed': 9}");
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    cells.add(rs.getString(i));
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    /**
     * Reads a global index until it shows {@code expected} rows: it is eventually consistent,
     * and cannot be read while a new one is still being filled.
     */
    private List<String> converged(String sql, int expected) throws Exception {
        List<String> result = List.of();
        for (int attempt = 0; attempt < 400; attempt++) {
            try {
                result = rows(connection, sql);
                if (result.size() == expected) {
                    return result;
                }
            } catch (SQLException e) {
                if (!e.getMessage().contains("backfilling")) {
                    throw e;
                }
            }
            Thread.sleep(25);
        }
        return result;
    }

    private String plan(String sql) throws SQLException {
        return String.join("\n", rows(connection, "EXPLAIN " + sql));
    }

    @Test
    void globalIndexQueryReturnsProjectedAttributesInIndexOrder() throws Exception {
        String sql = "SELECT * FROM \"Orders\".\"byStatus\" WHERE \"Status\" = 'open'";
        assertThat(plan(sql)).isEqualTo("Project(columns=[Customer, Placed, Total, Status])\n"
                + "  Query(table=Orders, index=byStatus, key=[Status='open'], order=ASC)");
        assertThat(converged(sql, 3)).containsExactly(
                "ann|1|30|open", "bob|1|5|open", "ann|3|20|open");
        assertThat(converged("SELECT \"Customer\" FROM \"Orders\".\"byStatus\" WHERE "
                + "\"Status\" = 'open' AND \"Placed\" > 1 ORDER BY \"Placed\" DESC", 1))
                .containsExactly("ann");
        assertThat(converged("SELECT \"Customer\", \"Placed\" FROM \"Orders\".\"byStatus\"", 5))
                .as("a sparse index: cid has no Status").hasSize(5);
        assertThat(plan("SELECT \"Customer\" FROM \"Orders\".\"byStatus\""))
                .endsWith("Scan(table=Orders, index=byStatus, segments=2)");
    }

    @Test
    void aGlobalIndexCreatedOnDataIsBackfilledAndCanBeDropped() throws Exception {
        statement.execute("CREATE INDEX \"byNote\" ON \"Orders\" (\"Note\") "
                + "PROJECTION KEYS_ONLY");
        String sql = "SELECT \"Customer\", \"Placed\" FROM \"Orders\".\"byNote\" "
                + "WHERE \"Note\" = 'e'";
        assertThat(converged(sql, 1)).containsExactly("bob|2");
        statement.execute("INSERT INTO \"Orders\" VALUE {'Customer': 'dan', 'Placed': 1, "
                + "'Note': 'e'}");
        assertThat(converged(sql, 2)).containsExactlyInAnyOrder("bob|2", "dan|1");
        statement.execute("DROP INDEX \"byNote\" ON \"Orders\"");
        assertThatThrownBy(() -> rows(connection, sql))
                .hasMessageContaining("The table does not have the specified index");
    }

    @Test
    void globalIndexErrorsFollowDynamoDb() throws SQLException {
        assertThatThrownBy(() -> statement.executeQuery(
                "SELECT \"Note\", \"Total\" FROM \"Orders\".\"byStatus\" WHERE \"Status\" = 'x'"))
                .hasMessageContaining("One or more parameter values were invalid: Global "
                        + "secondary index byStatus does not project [Note]");
        assertThatThrownBy(() -> statement.executeQuery(
                "SELECT * FROM \"Orders\".\"byStatus\" WHERE \"Note\" = 'x'"))
                .hasMessageContaining("does not project [Note]");
        assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM \"Orders\".\"nope\""))
                .hasMessageContaining("The table does not have the specified index");
        try (Connection consistent = DriverManager.getConnection(url + ";consistentRead=true")) {
            assertThatThrownBy(() -> rows(consistent,
                    "SELECT * FROM \"Orders\".\"byStatus\" WHERE \"Status\" = 'open'"))
                    .hasMessageContaining("Strongly consistent read is not supported on Global "
                            + "Secondary Indexes");
        }
        assertThatThrownBy(() -> statement.executeUpdate(
                "INSERT INTO \"Orders\".\"byStatus\" VALUE {'Customer': 'x', 'Placed': 1}"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM \"Orders\".\"byStatus\" "
                + "WHERE \"Customer\" = 'ann' AND \"Placed\" = 1"))
                .hasMessageContaining("This operation is not supported on an index");
    }

    @Test
    void indexKeysBeyondTheirSizeLimitAreRefusedAndNothingChanges() throws SQLException {
        String tooLong = "s".repeat(2049);
        String message = "ValidationException: One or more parameter values were invalid: Size "
                + "limit exceeded for Index Key Status Actual Size: 2049 bytes Max Size: 2048 "
                + "bytes IndexName: byStatus";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"Orders\" "
                + "VALUE {'Customer': 'cy', 'Placed': 1, 'Status': ?}")) {
            insert.setString(1, tooLong);
            assertThatThrownBy(insert::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                    e -> {
                        assertThat(e.getSQLState()).isEqualTo("22000");
                        assertThat(e.getMessage()).isEqualTo(message);
                    });
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE \"Orders\" "
                + "SET \"Status\" = ? WHERE \"Customer\" = 'ann' AND \"Placed\" = 1")) {
            update.setString(1, tooLong);
            assertThatThrownBy(update::executeUpdate).hasMessage(message);
        }
        assertThat(rows(connection, "SELECT \"Status\" FROM \"Orders\" WHERE "
                + "\"Customer\" = 'ann' AND \"Placed\" = 1")).containsExactly("open");
        assertThat(rows(connection, "SELECT \"Placed\" FROM \"Orders\" WHERE "
                + "\"Customer\" = 'cy'")).isEmpty();
    }

    @Test
    void localIndexQueriesInItsOrderAndFetchesWhatItDoesNotProject() throws SQLException {
        String keysOnly = "SELECT * FROM \"Orders\".\"byTotal\" WHERE \"Customer\" = 'ann'";
        assertThat(rows(connection, keysOnly))
                .as("KEYS_ONLY: table keys and index keys, in Total order")
                .containsExactly("ann|2|10", "ann|3|20", "ann|1|30");
        String withNote = "SELECT \"Placed\", \"Note\" FROM \"Orders\".\"byTotal\" WHERE "
                + "\"Customer\" = 'ann' AND \"Total\" >= 20 AND \"Note\" <> 'c'";
        assertThat(plan(withNote)).isEqualTo("Project(columns=[Placed, Note])\n"
                + "  Fetch(table=Orders, filter=Note <> 'c')\n"
                + "    Query(table=Orders, index=byTotal, key=[Customer='ann', Total >= 20], "
                + "order=ASC)");
        assertThat(rows(connection, withNote)).containsExactly("1|a");
    }

    @Test
    void thePlannerChoosesAnIndexWhenItNarrowsTheRead() throws Exception {
        String byStatus = "SELECT \"Customer\", \"Placed\" FROM \"Orders\" WHERE "
                + "\"Status\" = 'done'";
        assertThat(plan(byStatus)).endsWith(
                "Query(table=Orders, index=byStatus, key=[Status='done'], order=ASC)");
        assertThat(converged(byStatus, 2)).containsExactlyInAnyOrder("ann|2", "bob|2");
        String byTotal = "SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = 'ann' "
                + "AND \"Total\" > 15";
        assertThat(plan(byTotal)).endsWith(
                "Query(table=Orders, index=byTotal, key=[Customer='ann', Total > 15], order=ASC)");
        assertThat(rows(connection, byTotal)).containsExactly("3", "1");
        try (Connection manual = DriverManager.getConnection(url + ";autoIndex=false")) {
            assertThat(String.join("\n", rows(manual, "EXPLAIN " + byStatus)))
                    .contains("Scan(table=Orders, segments=2");
        }
        try (Connection consistent = DriverManager.getConnection(url + ";consistentRead=true")) {
            assertThat(String.join("\n", rows(consistent, "EXPLAIN " + byStatus)))
                    .as("global indexes are eventually consistent only")
                    .contains("Scan(table=Orders, segments=2");
        }
        assertThat(plan("SELECT * FROM \"Orders\" WHERE \"Status\" = 'done'"))
                .as("SELECT * needs every attribute, which byStatus does not project")
                .contains("Scan(table=Orders, segments=2");
    }
}
