package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.jdbc.PartiDBResultSet;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * UPDATE and DELETE as DynamoDB's PartiQL defines them (reference §2.5–2.7), through java.sql:
 * the full key in WHERE, the rest as the write's condition, SET/REMOVE forms, set functions,
 * RETURNING, and DynamoDB's errors.
 */
class WriteStatementsTest {
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:writes-" + UUID.randomUUID());
        statement = connection.createStatement();
        statement.execute("CREATE TABLE \"Music\" (\"Artist\" STRING, \"Song\" STRING, "
                + "PRIMARY KEY (\"Artist\", \"Song\"))");
        statement.execute("INSERT INTO \"Music\" VALUE {'Artist': 'Acme', 'Song': 'Hit', "
                + "'Plays': 10, 'Tags': <<'a', 'b'>>, 'Info': {'year': 2020, 'charts': [1, 2]},"
                + " 'Versions': [1, 2, 3]}");
        statement.execute("CREATE TABLE \"Keys\" (\"id\" NUMBER, PRIMARY KEY (\"id\"))");
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private String itemJson(String where) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT * FROM \"Music\" WHERE " + where)) {
            if (!rs.next()) {
                return null;
            }
            return rs.unwrap(PartiDBResultSet.class).getItemJson();
        }
    }

    private static final String HIT = "\"Artist\" = 'Acme' AND \"Song\" = 'Hit'";

    @Test
    void setArithmeticNestedPathsListIndexesAndRemove() throws SQLException {
        assertThat(statement.executeUpdate("UPDATE \"Music\" SET Plays = Plays + 5, "
                + "Info.year = 2021, Info.charts[5] = 9, Versions[0] = 0 REMOVE Tags "
                + "WHERE " + HIT)).isEqualTo(1);
        assertThat(itemJson(HIT)).isEqualTo("{\"Artist\":{\"S\":\"Acme\"},"
                + "\"Song\":{\"S\":\"Hit\"},\"Plays\":{\"N\":\"15\"},"
                + "\"Info\":{\"M\":{\"year\":{\"N\":\"2021\"},\"charts\":{\"L\":[{\"N\":\"1\"},"
                + "{\"N\":\"2\"},{\"N\":\"9\"}]}}},\"Versions\":{\"L\":[{\"N\":\"0\"},"
                + "{\"N\":\"2\"},{\"N\":\"3\"}]}}");
        statement.executeUpdate("UPDATE \"Music\" REMOVE Versions[0] SET Plays = Plays - 20 "
                + "WHERE " + HIT);
        try (ResultSet rs = statement.executeQuery(
                "SELECT Plays, Versions FROM \"Music\" WHERE " + HIT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("-5");
            assertThat(rs.getObject(2)).isEqualTo(
                    List.of(new BigDecimal("2"), new BigDecimal("3")));
        }
    }

    @Test
    void setFunctionsAndListAppend() throws SQLException {
        statement.executeUpdate("UPDATE \"Music\" SET Tags = set_add(Tags, <<'c', 'a'>>), "
                + "Versions = list_append(Versions, [4]) WHERE " + HIT);
        statement.executeUpdate("UPDATE \"Music\" SET Genres = set_add(Genres, <<'rock'>>) "
                + "WHERE " + HIT);
        try (ResultSet rs = statement.executeQuery(
                "SELECT Tags, Versions, Genres FROM \"Music\" WHERE " + HIT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1)).isEqualTo(Set.of("a", "b", "c"));
            assertThat((List<?>) rs.getObject(2)).hasSize(4);
            assertThat(rs.getObject(3)).isEqualTo(Set.of("rock"));
        }
        statement.executeUpdate("UPDATE \"Music\" SET Tags = set_delete(Tags, <<'a', 'b', 'c'>>)"
                + " WHERE " + HIT);
        try (ResultSet rs = statement.executeQuery(
                "SELECT Tags FROM \"Music\" WHERE " + HIT)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.unwrap(PartiDBResultSet.class).isMissing(1))
                    .as("deleting every member removes the set").isTrue();
        }
        assertThatThrownBy(() -> statement.executeUpdate(
                "UPDATE \"Music\" SET Tags = set_add(Other, <<'x'>>) WHERE " + HIT))
                .hasMessageContaining("The first argument to SET_ADD must equal the "
                        + "assignment value");
        assertThatThrownBy(() -> statement.executeUpdate(
                "UPDATE \"Music\" SET Tags = set_add(Tags, 'x') WHERE " + HIT))
                .hasMessageContaining("must be a value with type SET");
    }

    @Test
    void whereConditionsGuardTheWriteAndMissingItemsAreNotUpserted() throws SQLException {
        assertThatThrownBy(() -> statement.executeUpdate(
                "UPDATE \"Music\" SET Plays = 0 WHERE " + HIT + " AND Plays > 100"))
                .isInstanceOfSatisfying(SQLIntegrityConstraintViolationException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "ConditionalCheckFailedException: The conditional request failed");
                    assertThat(e.getSQLState()).isEqualTo("23000");
                });
        assertThat(itemJson(HIT)).contains("\"Plays\":{\"N\":\"10\"}");
        assertThatThrownBy(() -> statement.executeUpdate(
                "UPDATE \"Music\" SET Plays = 1 WHERE \"Artist\" = 'Nobody' AND \"Song\" = 'x'"))
                .hasMessageStartingWith("ConditionalCheckFailedException");
        assertThat(itemJson("\"Artist\" = 'Nobody' AND \"Song\" = 'x'")).isNull();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE \"Music\" SET Plays = Plays + ? WHERE \"Artist\" = ? AND \"Song\" = ? "
                        + "AND Plays = ?")) {
            update.setInt(1, 1);
            update.setString(2, "Acme");
            update.setString(3, "Hit");
            update.setInt(4, 10);
            assertThat(update.executeUpdate()).isEqualTo(1);
            assertThatThrownBy(update::executeUpdate)
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class);
            update.setInt(4, 11);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void conditionFailureCanBeAnUpdateCountOfZero() throws SQLException {
        String url = connection.getMetaData().getURL() + ";conditionFailure=updateCount";
        try (Connection optimistic = DriverManager.getConnection(url);
                PreparedStatement update = optimistic.prepareStatement(
                        "UPDATE \"Music\" SET Plays = ? WHERE " + HIT + " AND Plays = ?")) {
            update.setInt(1, 11);
            update.setInt(2, 10);
            assertThat(update.executeUpdate()).isEqualTo(1);
            assertThat(update.executeUpdate()).as("stale version").isZero();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url.replace("updateCount", "maybe")))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("08001"));
    }

    @Test
    void returningModes() throws SQLException {
        assertThat(statement.execute("UPDATE \"Music\" SET Plays = 11 WHERE " + HIT
                + " RETURNING MODIFIED OLD *")).isTrue();
        try (ResultSet rs = statement.getResultSet()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.unwrap(PartiDBResultSet.class).getItemJson())
                    .isEqualTo("{\"Plays\":{\"N\":\"10\"}}");
            assertThat(rs.next()).isFalse();
        }
        try (ResultSet rs = statement.executeQuery("UPDATE \"Music\" SET Plays = 12 WHERE "
                + HIT + " RETURNING ALL NEW *")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("Artist")).isEqualTo("Acme");
            assertThat(rs.unwrap(PartiDBResultSet.class).getItemJson())
                    .contains("\"Plays\":{\"N\":\"12\"}").contains("\"Tags\"");
        }
        try (ResultSet rs = statement.executeQuery("UPDATE \"Music\" SET Plays = 13 WHERE "
                + HIT + " RETURNING MODIFIED NEW *")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.unwrap(PartiDBResultSet.class).getItemJson())
                    .isEqualTo("{\"Plays\":{\"N\":\"13\"}}");
        }
        try (ResultSet rs = statement.executeQuery("DELETE FROM \"Music\" WHERE " + HIT
                + " RETURNING ALL OLD *")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("Plays")).isEqualTo(13);
        }
        assertThat(itemJson(HIT)).isNull();
    }

    @Test
    void deleteSemantics() throws SQLException {
        assertThatThrownBy(() -> statement.executeUpdate(
                "DELETE FROM \"Music\" WHERE " + HIT + " AND Plays = 99"))
                .hasMessage("ConditionalCheckFailedException: The conditional request failed");
        assertThat(itemJson(HIT)).isNotNull();
        assertThat(statement.executeUpdate("DELETE FROM \"Music\" WHERE \"Artist\" = 'Nobody' "
                + "AND \"Song\" = 'x' AND Plays = 99")).as("a missing item is no error").isZero();
        assertThat(statement.executeUpdate("DELETE FROM \"Music\" WHERE " + HIT
                + " AND Plays = 10")).isEqualTo(1);
        assertThat(itemJson(HIT)).isNull();
        statement.execute("INSERT INTO \"Music\" VALUE {'Artist': 'Acme', 'Song': 'Hit'}");
        assertThat(itemJson(HIT)).as("INSERT works again after DELETE").isNotNull();
        assertThatThrownBy(() -> statement.execute("DELETE FROM \"Music\" WHERE " + HIT
                + " RETURNING ALL NEW *"))
                .hasMessageContaining("Only RETURNING ALL OLD * is allowed in DELETE");
    }

    @Test
    void keysAndTargetsAreChecked() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"UPDATE \"Music\" SET Plays = 1 WHERE \"Artist\" = 'Acme'",
            "Where clause does not contain a mandatory equality on all key attributes"});
        cases.add(new String[] {"DELETE FROM \"Music\" WHERE Plays = 10",
            "Where clause does not contain a mandatory equality on all key attributes"});
        cases.add(new String[] {"UPDATE \"Music\" SET \"Song\" = 'x' WHERE " + HIT,
            "Cannot update attribute Song. This attribute is part of the key"});
        cases.add(new String[] {"UPDATE \"Music\".\"idx\" SET Plays = 1 WHERE " + HIT,
            "This operation is not supported on an index"});
        cases.add(new String[] {"UPDATE \"Music\" SET Nope.x = 1 WHERE " + HIT,
            "The document path provided in the update expression is invalid for update"});
        cases.add(new String[] {"UPDATE \"Music\" SET Plays = Tags + 1 WHERE " + HIT,
            "An operand in the update expression has an incorrect data type"});
        for (String[] c : cases) {
            assertThatThrownBy(() -> statement.executeUpdate(c[0])).as(c[0])
                    .isInstanceOf(SQLException.class).hasMessageContaining(c[1]);
        }
    }
}
