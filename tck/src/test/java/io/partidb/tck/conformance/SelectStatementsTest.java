package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.jdbc.PartiDBResultSet;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SELECT as DynamoDB's PartiQL defines it (reference §1–2), through java.sql, on a table with a
 * sort key and one without: operators, functions, MISSING and NULL, projections, ORDER BY,
 * LIMIT/OFFSET, literals and errors. EXPLAIN names the access path of each form.
 */
class SelectStatementsTest {
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:select-" + UUID.randomUUID()
                + ";scanSegments=2");
        statement = connection.createStatement();
        statement.execute("CREATE TABLE \"Orders\" (\"Customer\" STRING, \"Placed\" NUMBER, "
                + "PRIMARY KEY (\"Customer\", \"Placed\"))");
        statement.execute("CREATE TABLE \"Users\" (\"Id\" STRING, PRIMARY KEY (\"Id\"))");
        String[] rows = {
            "{'Customer': 'ann', 'Placed': 1, 'Total': 10.5, 'Status': 'open', "
                    + "'Lines': [{'sku': 'a', 'qty': 1}], 'Tags': <<'gift'>>}",
            "{'Customer': 'ann', 'Placed': 2, 'Total': 99, 'Status': 'done', 'Note': NULL}",
            "{'Customer': 'ann', 'Placed': 3, 'Total': 5, 'Status': 'open', 'Rush': TRUE}",
            "{'Customer': 'bob', 'Placed': 1, 'Total': 20, 'Status': 'done', "
                    + "'Tags': <<'gift', 'vip'>>}",
            "{'Customer': 'cid', 'Placed': 7, 'Total': 'n/a'}",
        };
        for (String row : rows) {
            statement.execute("INSERT INTO \"Orders\" VALUE " + row);
        }
        statement.execute("INSERT INTO \"Users\" VALUE {'Id': 'u1', 'Name': 'It''s me', "
                + "'Scores': <<1, 2.5>>}");
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private List<String> column(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        cells.add(rs.getString(c));
                    }
                    out.add(String.join("|", cells));
                }
            }
            return out;
        }
    }

    private String plan(String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void everyAccessPathIsChosenAndExplained() throws SQLException {
        assertThat(plan("SELECT * FROM \"Orders\" WHERE \"Customer\" = ? AND \"Placed\" = ?"))
                .endsWith("  GetItem(table=Orders, key=[Customer=?0, Placed=?1])");
        assertThat(plan("SELECT * FROM \"Users\" WHERE \"Id\" = 'u1'"))
                .endsWith("  GetItem(table=Users, key=[Id='u1'])");
        assertThat(plan("SELECT * FROM \"Users\" WHERE \"Id\" IN ('u1', 'u2')"))
                .endsWith("  BatchGetItem(table=Users, keys=[Id IN ('u1', 'u2')])");
        assertThat(plan("SELECT * FROM \"Orders\" WHERE \"Customer\" = 'ann' AND "
                + "\"Placed\" > 1 AND Status = 'open'"))
                .endsWith("  Query(table=Orders, key=[Customer='ann', Placed > 1], order=ASC, "
                        + "filter=Status = 'open')");
        assertThat(plan("SELECT * FROM \"Orders\" WHERE Status = 'open'"))
                .endsWith("  Scan(table=Orders, segments=2, filter=Status = 'open')");
        assertThat(plan("SELECT * FROM \"Orders\" WHERE \"Customer\" = 'ann' OR "
                + "\"Customer\" = 'bob'")).contains("Scan(table=Orders");
    }

    @Test
    void countAllThroughEveryAccessPathWithItsMetadata() throws SQLException {
        assertThat(column("SELECT COUNT(*) FROM \"Orders\"")).containsExactly("5");
        assertThat(column("SELECT COUNT(*) FROM \"Orders\" WHERE \"Status\" = ?", "open"))
                .containsExactly("2");
        assertThat(column("SELECT count(*) AS n FROM \"Orders\" WHERE \"Customer\" = 'ann' "
                + "AND \"Placed\" >= 2")).containsExactly("2");
        assertThat(column("SELECT COUNT(*) FROM \"Users\" WHERE \"Id\" IN ('u1', 'u9')"))
                .containsExactly("1");
        assertThat(column("SELECT COUNT(*) FROM \"Users\" WHERE \"Id\" = 'u9'"))
                .containsExactly("0");
        assertThat(plan("SELECT COUNT(*) FROM \"Orders\" WHERE \"Customer\" = 'ann'"))
                .isEqualTo("Project(columns=[\"COUNT(*)\"])\n  Count(columns=[COUNT(*)])\n"
                        + "    Query(table=Orders, key=[Customer='ann'], order=ASC)");
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) AS n FROM \"Orders\"")) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnCount()).isEqualTo(1);
            assertThat(md.getColumnLabel(1)).isEqualTo("n");
            assertThat(md.getTableName(1)).isEmpty();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(5);
            assertThat(rs.getInt("n")).isEqualTo(5);
            assertThat(rs.next()).isFalse();
        }
        assertThatThrownBy(() -> statement.executeQuery("SELECT SUM(\"Total\") FROM \"Orders\""))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("Aggregate function SUM(...) is not supported");
        assertThatThrownBy(() -> statement.executeQuery(
                "SELECT COUNT(*), \"Status\" FROM \"Orders\""))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("GROUP BY");
    }

    @Test
    void limitZeroReturnsNoRowsButItsColumns() throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT * FROM \"Orders\" LIMIT 0")) {
            assertThat(rs.getMetaData().getColumnCount()).isGreaterThanOrEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void queryOrderLimitAndOffset() throws SQLException {
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = ?", "ann"))
                .containsExactly("1", "2", "3");
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = ? "
                + "ORDER BY \"Placed\" DESC", "ann")).containsExactly("3", "2", "1");
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = 'ann' "
                + "AND \"Placed\" BETWEEN 2 AND 3")).containsExactly("2", "3");
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = 'ann' "
                + "ORDER BY \"Placed\" DESC LIMIT ? OFFSET ?", 1, 1)).containsExactly("2");
        assertThat(column("SELECT \"Customer\", \"Placed\" FROM \"Orders\" WHERE "
                + "\"Customer\" IN ('bob', 'ann') AND \"Placed\" <= 1 ORDER BY \"Customer\""))
                .containsExactly("ann|1", "bob|1");
    }

    @Test
    void operatorsAndFunctions() throws SQLException {
        String base = "SELECT \"Customer\", \"Placed\" FROM \"Orders\" WHERE ";
        assertThat(column(base + "Total > 10")).containsExactlyInAnyOrder(
                "ann|1", "ann|2", "bob|1");
        assertThat(column(base + "Total <> 99 AND Status = 'open'"))
                .containsExactlyInAnyOrder("ann|1", "ann|3");
        assertThat(column(base + "Status IN ['done', 'x']"))
                .containsExactlyInAnyOrder("ann|2", "bob|1");
        assertThat(column(base + "Total BETWEEN 5 AND 10.5"))
                .containsExactlyInAnyOrder("ann|1", "ann|3");
        assertThat(column(base + "Note IS NULL")).containsExactly("ann|2");
        assertThat(column(base + "Status IS MISSING")).containsExactly("cid|7");
        assertThat(column(base + "Total IS STRING")).containsExactly("cid|7");
        assertThat(column(base + "Rush IS NOT MISSING AND Rush = TRUE")).containsExactly("ann|3");
        assertThat(column(base + "NOT Status = 'open'"))
                .containsExactlyInAnyOrder("ann|2", "bob|1", "cid|7");
        assertThat(column(base + "begins_with(Status, 'op')"))
                .containsExactlyInAnyOrder("ann|1", "ann|3");
        assertThat(column(base + "contains(Tags, 'vip')")).containsExactly("bob|1");
        assertThat(column(base + "size(Tags) = 2")).containsExactly("bob|1");
        assertThat(column(base + "attribute_type(Total, 'S')")).containsExactly("cid|7");
        assertThat(column(base + "attribute_exists(Lines[0].sku)")).containsExactly("ann|1");
        assertThat(column(base + "attribute_not_exists(Total)")).isEmpty();
        assertThat(column(base + "Lines[0].qty = 1 OR \"Placed\" = 7"))
                .containsExactlyInAnyOrder("ann|1", "cid|7");
        assertThat(column(base + "(Status = 'open' OR Status = 'done') AND Total >= 20"))
                .containsExactlyInAnyOrder("ann|2", "bob|1");
    }

    @Test
    void projectionsAndValues() throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT Lines[0].sku, Tags, Total, Nope "
                + "FROM \"Orders\" WHERE \"Customer\" = 'ann' AND \"Placed\" = 1")) {
            assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("sku");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("a");
            assertThat(rs.getString(2)).isEqualTo("[\"gift\"]");
            assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("10.5");
            assertThat(rs.getObject(4)).isNull();
            assertThat(rs.unwrap(PartiDBResultSet.class).isMissing(4)).isTrue();
        }
        try (ResultSet rs = statement.executeQuery(
                "SELECT * FROM \"Users\" WHERE \"Id\" = 'u1'")) {
            assertThat(rs.next()).isTrue();
            java.sql.Array scores = rs.getArray("Scores");
            assertThat(scores.getBaseType()).isEqualTo(java.sql.Types.DECIMAL);
            assertThat((Object[]) scores.getArray()).containsExactlyInAnyOrder(
                    new BigDecimal("1"), new BigDecimal("2.5"));
            assertThatThrownBy(() -> rs.getArray("Name")).isInstanceOf(SQLException.class);
            assertThat(rs.getString("Name")).isEqualTo("It's me");
            assertThat(rs.getObject("Scores")).isEqualTo(java.util.Set.of(
                    new BigDecimal("1"), new BigDecimal("2.5")));
        }
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = 'ann' AND "
                + "Lines = [{'sku': 'a', 'qty': 1}]")).containsExactly("1");
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE Tags = <<'vip', 'gift'>>"))
                .containsExactly("1");
        assertThat(column("SELECT \"Placed\" FROM \"Orders\" WHERE Total = ?",
                Map.of("not", "equal"))).isEmpty();
    }

    @Test
    void dynamoDbErrors() {
        List<Object[]> cases = List.of(
                new Object[] {"SELECT * FROM \"Orders\" o", "Aliasing is not supported"},
                new Object[] {"SELECT * FROM \"Orders\" WHERE Total = `1`",
                    "Ion literals are not supported"},
                new Object[] {"SELECT * FROM \"Nope\"", "ResourceNotFoundException"},
                new Object[] {"SELECT * FROM \"Orders\".\"byX\"",
                    "The table does not have the specified index"},
                new Object[] {"SELECT size(Tags) FROM \"Orders\"",
                    "Unexpected path component"},
                new Object[] {"SELECT * FROM \"Orders\" WHERE frob(Total)",
                    "Unrecognized function: frob"},
                new Object[] {"SELECT * FROM \"Orders\" WHERE Total < TRUE",
                    "Incorrect operand type for operator or function; operator or function: <, "
                            + "operand type: BOOL"},
                new Object[] {"SELECT * FROM \"Orders\" WHERE Total = 1e200",
                    "Number overflow"},
                new Object[] {"SELECT * FROM \"Orders\" WHERE Tags = <<>>",
                    "Empty bags are not supported"},
                new Object[] {"SELECT * FROM \"Orders\" WHERE Total = 1 extra",
                    "Unexpected token"});
        for (Object[] c : cases) {
            assertThatThrownBy(() -> statement.executeQuery((String) c[0])).as((String) c[0])
                    .isInstanceOf(SQLException.class).hasMessageContaining((String) c[1]);
        }
        assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM \"Orders\" o"))
                .isInstanceOf(SQLSyntaxErrorException.class);
    }

    @Test
    void preparedStatementKeepsItsPlanAcrossParameters() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT \"Placed\" FROM \"Orders\" WHERE \"Customer\" = ? AND \"Placed\" = ?")) {
            for (Object[] params : new Object[][] {{"ann", 1}, {"bob", 1}, {"cid", 7}}) {
                ps.setString(1, (String) params[0]);
                ps.setInt(2, (Integer) params[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(params[1]);
                }
            }
        }
    }
}
