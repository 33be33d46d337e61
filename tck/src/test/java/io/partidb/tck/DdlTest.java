package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DDL extension through java.sql: every statement, its options, rules and metadata. */
class DdlTest {
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:ddl-" + UUID.randomUUID());
        statement = connection.createStatement();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private List<String> indexRows(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false,
                false)) {
            while (rs.next()) {
                rows.add(rs.getString("INDEX_NAME") + ":" + rs.getInt("ORDINAL_POSITION") + ":"
                        + rs.getString("COLUMN_NAME") + ":" + rs.getBoolean("NON_UNIQUE"));
            }
        }
        return rows;
    }

    @Test
    void createTableWithIndexesAndOptionsThenChangeIt() throws SQLException {
        assertThat(statement.executeUpdate("CREATE TABLE \"Orders\" ("
                + "customer VARCHAR(64) NOT NULL, placed NUMBER, total DECIMAL(10,2), "
                + "status STRING, note TEXT, tags STRING SET, "
                + "PRIMARY KEY (customer, placed), "
                + "LOCAL INDEX byTotal (customer, total) PROJECTION KEYS_ONLY, "
                + "GLOBAL INDEX byStatus (status, placed) PROJECTION INCLUDE (note)"
                + ") WITH (billing_mode = 'PROVISIONED', read_capacity = 5, "
                + "write_capacity = 2, stream_view_type = 'NEW_AND_OLD_IMAGES', "
                + "ttl_attribute = 'expires', table_class = 'STANDARD')")).isZero();
        assertThat(indexRows("Orders")).containsExactly(
                "PRIMARY:1:customer:false", "PRIMARY:2:placed:false",
                "byTotal:1:customer:true", "byTotal:2:total:true",
                "byStatus:1:status:true", "byStatus:2:placed:true");

        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getPrimaryKeys(null, null, "Orders")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("COLUMN_NAME")).isEqualTo("customer");
            assertThat(rs.getInt("KEY_SEQ")).isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("COLUMN_NAME")).isEqualTo("placed");
            assertThat(rs.getInt("KEY_SEQ")).isEqualTo(2);
            assertThat(rs.getString("PK_NAME")).isEqualTo("PRIMARY");
        }
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, null, "Orders", null)) {
            assertThat(rs.getMetaData().getColumnType(5)).isEqualTo(Types.INTEGER);
            while (rs.next()) {
                assertThat(rs.getObject("DATA_TYPE")).isInstanceOf(Integer.class);
                columns.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE"));
            }
        }
        assertThat(columns).containsExactly("customer:" + Types.VARCHAR,
                "placed:" + Types.DECIMAL, "total:" + Types.DECIMAL, "status:" + Types.VARCHAR,
                "note:" + Types.VARCHAR, "tags:" + Types.JAVA_OBJECT);

        statement.execute("CREATE INDEX byNote ON \"Orders\" (note) PROJECTION ALL");
        assertThat(indexRows("Orders")).contains("byNote:1:note:true");
        statement.execute("DROP INDEX byNote ON \"Orders\"");
        assertThat(indexRows("Orders")).noneMatch(row -> row.startsWith("byNote"));
        assertThatThrownBy(() -> statement.execute("DROP INDEX byNote ON \"Orders\""))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("42S12");
                    assertThat(e.getMessage()).isEqualTo("ResourceNotFoundException: "
                            + "Requested resource not found: Index: byNote not found");
                });
        assertThatThrownBy(() -> statement.execute(
                "CREATE LOCAL INDEX late ON \"Orders\" (customer, note)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Local secondary indexes can only be created with the table");

        statement.execute("ALTER TABLE \"Orders\" SET (billing_mode = 'PAY_PER_REQUEST')");
        statement.execute("ALTER TABLE \"Orders\" SET (ttl_attribute = NULL)");
        assertThatThrownBy(() -> statement.execute(
                "ALTER TABLE \"Orders\" SET (read_capacity = 3)"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("PAY_PER_REQUEST");
        assertThatThrownBy(() -> statement.execute(
                "ALTER TABLE \"Orders\" SET (colour = 'red')"))
                .isInstanceOf(SQLSyntaxErrorException.class)
                .hasMessageContaining("Unknown table option: colour");
    }

    @Test
    void getColumnsReportsObservedAttributesTheirTypesAndNullability() throws SQLException {
        statement.execute("CREATE TABLE people (id STRING, age NUMBER, PRIMARY KEY (id))");
        statement.execute("INSERT INTO people VALUE {'id': 'a', 'name': 'Ann', 'age': 30, "
                + "'tags': <<'x'>>}");
        statement.execute("INSERT INTO people VALUE {'id': 'b', 'name': 'Bob', 'age': 'old'}");
        statement.execute("INSERT INTO people VALUE {'id': 'c', 'name': 'Cid', 'age': 41}");
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, "people", "%")) {
            while (rs.next()) {
                rows.add(rs.getString("COLUMN_NAME") + ":" + rs.getInt("DATA_TYPE") + ":"
                        + rs.getString("IS_NULLABLE") + ":" + rs.getString("REMARKS"));
            }
        }
        assertThat(rows).containsExactly(
                "id:" + Types.VARCHAR + ":NO:partition key; items by type: S=3",
                "age:" + Types.DECIMAL + ":NO:declared NUMBER; items by type: S=1 N=2",
                "name:" + Types.VARCHAR + ":NO:observed attribute; items by type: S=3",
                "tags:" + Types.JAVA_OBJECT + ":YES:observed attribute; items by type: SS=1");
        try (ResultSet rs = statement.executeQuery("SELECT * FROM people WHERE id = 'a'")) {
            assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4);
            assertThat(rs.getMetaData().getColumnLabel(3)).isEqualTo("name");
        }
    }

    @Test
    void ifNotExistsAndIfExists() throws SQLException {
        statement.execute("CREATE TABLE things (id STRING, PRIMARY KEY (id))");
        assertThatThrownBy(() -> statement.execute(
                "CREATE TABLE things (id STRING, PRIMARY KEY (id))"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("42S01");
                    assertThat(e.getMessage())
                            .isEqualTo("ResourceInUseException: Table already exists: things");
                });
        statement.execute("CREATE TABLE IF NOT EXISTS things (id STRING, PRIMARY KEY (id))");
        statement.execute("INSERT INTO things VALUE {'id': 'a'}");
        statement.execute("DROP TABLE things");
        statement.execute("DROP TABLE IF EXISTS things");
        assertThatThrownBy(() -> statement.execute("DROP TABLE things"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("42S02"));
        statement.execute("CREATE TABLE things (id NUMBER, PRIMARY KEY (id))");
        try (ResultSet rs = statement.executeQuery("SELECT * FROM things")) {
            assertThat(rs.next()).as("a re-created table starts empty").isFalse();
        }
    }

    @Test
    void invalidDefinitionsCreateNothing() throws SQLException {
        List<String> invalid = List.of(
                "CREATE TABLE ab (id STRING, PRIMARY KEY (id))",
                "CREATE TABLE \"bad name!\" (id STRING, PRIMARY KEY (id))",
                "CREATE TABLE t_options (id STRING, PRIMARY KEY (id)) WITH (read_capacity = 5)",
                "CREATE TABLE t_options (id STRING, PRIMARY KEY (id)) WITH (billing_mode = 'X')",
                "CREATE TABLE t_lsi (a STRING, b STRING, c STRING, PRIMARY KEY (a, b), "
                        + "LOCAL INDEX lsi1 (c, b))",
                "CREATE TABLE t_lsi (a STRING, c STRING, PRIMARY KEY (a), LOCAL INDEX lsi1 (a, c))",
                "CREATE TABLE t_type (a STRING, b WIDGET, PRIMARY KEY (a))",
                "CREATE TABLE t_key (a BOOLEAN, PRIMARY KEY (a))");
        for (String sql : invalid) {
            assertThatThrownBy(() -> statement.execute(sql)).as(sql)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql)
                            .matches("42...|22..."));
        }
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
            assertThat(tables.next()).isFalse();
        }
    }
}
