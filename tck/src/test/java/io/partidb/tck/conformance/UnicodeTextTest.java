package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

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
 * DynamoDB strings and attribute names are Unicode (UTF-8): text outside ISO-8859-1, including
 * characters outside the Basic Multilingual Plane, works as a literal, a name and a parameter
 * in every statement and access path, and compares by UTF-8 bytes as DynamoDB does.
 */
class UnicodeTextTest {
    private static final String SNOWMAN = "sn\u2603w";
    private static final String EMOJI = "\uD83D\uDE00";
    // after CJK and before EMOJI in UTF-8 bytes, after EMOJI in Java's UTF-16 order
    private static final String WIDE_TILDE = "\uFF5E";
    private static final String CJK = "\u540D\u524D";

    private Connection connection;
    private Statement statement;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:unicode-" + UUID.randomUUID());
        statement = connection.createStatement();
        statement.execute("CREATE TABLE texts (pk STRING, sk STRING, PRIMARY KEY (pk, sk))");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO texts VALUE {'pk': ?, 'sk': ?, 'v': ?}")) {
            String[][] rows = {
                {SNOWMAN, "a", "plain"}, {SNOWMAN, EMOJI, CJK}, {SNOWMAN, CJK, EMOJI},
                {SNOWMAN, WIDE_TILDE, "x"},
                {"latin", "\u00E9t\u00E9", SNOWMAN},
            };
            for (String[] row : rows) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.executeUpdate();
            }
        }
        statement.execute("INSERT INTO texts VALUE {'pk': 'doc', 'sk': 'd', '" + CJK + "': "
                + "{'" + SNOWMAN + "': '" + EMOJI + "'}}");
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private List<String> column(String select) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(select)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void literalsInEveryReadPath() throws SQLException {
        assertThat(column("SELECT v FROM texts WHERE pk = '" + SNOWMAN + "' AND sk = '" + EMOJI
                + "'")).as("GetItem").containsExactly(CJK);
        assertThat(column("SELECT sk FROM texts WHERE pk = '" + SNOWMAN + "'"))
                .as("Query, sort keys in UTF-8 byte order")
                .containsExactly("a", CJK, WIDE_TILDE, EMOJI);
        assertThat(column("SELECT sk FROM texts WHERE pk = '" + SNOWMAN + "' AND sk > '"
                + CJK + "'")).as("Query with a sort key condition")
                .containsExactly(WIDE_TILDE, EMOJI);
        assertThat(column("SELECT sk FROM texts WHERE v = '" + EMOJI + "'"))
                .as("Scan filter").containsExactly(CJK);
        assertThat(column("SELECT sk FROM texts WHERE v IN ['" + CJK + "', '" + SNOWMAN + "']"))
                .as("IN").containsExactlyInAnyOrder(EMOJI, "\u00E9t\u00E9");
        assertThat(column("SELECT sk FROM texts WHERE begins_with(v, 'sn\u2603')"))
                .as("begins_with").containsExactly("\u00E9t\u00E9");
    }

    @Test
    void namesAndDocumentsOutsideLatin1() throws SQLException {
        assertThat(column("SELECT \"" + CJK + "\".\"" + SNOWMAN + "\" FROM texts WHERE pk = 'doc'"))
                .containsExactly(EMOJI);
        assertThat(column("SELECT sk FROM texts WHERE \"" + CJK + "\".\"" + SNOWMAN + "\" = '"
                + EMOJI + "'")).containsExactly("d");
        assertThat(column("SELECT sk FROM texts WHERE \"" + CJK + "\" = {'" + SNOWMAN + "': '"
                + EMOJI + "'}")).containsExactly("d");
    }

    @Test
    void writesWithConditionsAndParameters() throws SQLException {
        assertThat(statement.executeUpdate("UPDATE texts SET v = '" + EMOJI + EMOJI
                + "' WHERE pk = '" + SNOWMAN + "' AND sk = 'a' AND v = 'plain'")).isEqualTo(1);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sk FROM texts WHERE v = ?")) {
            select.setString(1, EMOJI + EMOJI);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("a");
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(statement.executeUpdate("DELETE FROM texts WHERE pk = '" + SNOWMAN
                + "' AND sk = '" + CJK + "' AND v = '" + EMOJI + "'")).isEqualTo(1);
        assertThat(column("SELECT sk FROM texts WHERE pk = '" + SNOWMAN + "'"))
                .containsExactly("a", WIDE_TILDE, EMOJI);
    }
}
