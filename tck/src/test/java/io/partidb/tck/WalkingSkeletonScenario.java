package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The foundation's end-to-end scenario, through java.sql only: DDL with a composite key,
 * INSERTs of several types, SELECT by full key with parameters, SELECT by scan with a filter,
 * and EXPLAIN naming GetItem and Scan. Shared by the plain-classpath test and the shaded-jar
 * test so both check exactly the same behaviour.
 */
final class WalkingSkeletonScenario {
    private WalkingSkeletonScenario() {
    }

    static void run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("CREATE TABLE \"Scores\" ("
                    + "\"player\" STRING, \"game\" NUMBER, \"points\" NUMBER, "
                    + "PRIMARY KEY (\"player\", \"game\"))")).isZero();
            statement.executeUpdate("INSERT INTO \"Scores\" VALUE {'player': 'ann', 'game': 1,"
                    + " 'points': 120, 'won': TRUE, 'tags': <<'fast', 'solo'>>,"
                    + " 'detail': {'level': 3, 'moves': ['a', 'b']}, 'note': NULL}");
            statement.executeUpdate("INSERT INTO \"Scores\" VALUE {'player': 'ann', 'game': 2,"
                    + " 'points': 80, 'won': FALSE}");
            statement.executeUpdate("INSERT INTO \"Scores\" VALUE {'player': 'bob', 'game': 1,"
                    + " 'points': 150.5, 'won': TRUE, 'ratios': <<1.5, 2>>}");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO \"Scores\" VALUE {'player': ?, 'game': ?, 'points': ?}")) {
            insert.setString(1, "cid");
            insert.setInt(2, 7);
            insert.setBigDecimal(3, new BigDecimal("99.250"));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }

        try (PreparedStatement byKey = connection.prepareStatement(
                "SELECT * FROM \"Scores\" WHERE \"player\" = ? AND \"game\" = ?")) {
            ResultSetMetaData meta = byKey.getMetaData();
            assertThat(meta.getColumnLabel(1)).isEqualTo("player");
            assertThat(meta.getColumnLabel(2)).isEqualTo("game");
            assertThat(meta.getColumnLabel(3)).isEqualTo("points");
            byKey.setString(1, "ann");
            byKey.setInt(2, 1);
            try (ResultSet rs = byKey.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("player")).isEqualTo("ann");
                assertThat(rs.getInt("game")).isEqualTo(1);
                assertThat(rs.getBigDecimal("points")).isEqualByComparingTo("120");
                assertThat(rs.next()).isFalse();
            }
            byKey.setString(1, "cid");
            byKey.setLong(2, 7L);
            try (ResultSet rs = byKey.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("99.25");
                assertThat(rs.next()).isFalse();
            }
            byKey.setString(1, "nobody");
            try (ResultSet rs = byKey.executeQuery()) {
                assertThat(rs.next()).isFalse();
            }
        }

        try (PreparedStatement documents = connection.prepareStatement(
                "SELECT won, tags, detail, detail.moves[1], note FROM \"Scores\" "
                        + "WHERE player = 'ann' AND game = 1")) {
            try (ResultSet rs = documents.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean("won")).isTrue();
                assertThat(rs.getObject("tags")).isEqualTo(Set.of("fast", "solo"));
                assertThat(rs.getObject("detail")).isEqualTo(
                        Map.of("level", new BigDecimal("3"), "moves", List.of("a", "b")));
                assertThat(rs.getString("detail")).isEqualTo("{\"level\":3,\"moves\":[\"a\",\"b\"]}");
                assertThat(rs.getString(4)).isEqualTo("b");
                assertThat(rs.getMetaData().getColumnLabel(4)).isEqualTo("moves");
                assertThat(rs.getObject("note")).isNull();
                assertThat(rs.wasNull()).isTrue();
            }
        }

        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT player, game FROM \"Scores\" WHERE points >= 100 AND won = TRUE")) {
            List<String> found = new ArrayList<>();
            while (rs.next()) {
                found.add(rs.getString(1) + "/" + rs.getInt(2));
            }
            assertThat(found).containsExactlyInAnyOrder("ann/1", "bob/1");
        }

        assertThat(explain(connection,
                "EXPLAIN SELECT * FROM \"Scores\" WHERE \"player\" = ? AND \"game\" = ?"))
                .containsExactly(
                        "Project(columns=[player, game, points, detail, note, ratios, tags, won])",
                        "  GetItem(table=Scores, key=[player=?0, game=?1])");
        assertThat(explain(connection,
                "EXPLAIN SELECT player FROM \"Scores\" WHERE points >= 100 AND won = TRUE"))
                .containsExactly(
                        "Project(columns=[player])",
                        "  Scan(table=Scores, segments=2, filter=points >= 100 AND won = true)");
    }

    static List<String> explain(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(1);
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
