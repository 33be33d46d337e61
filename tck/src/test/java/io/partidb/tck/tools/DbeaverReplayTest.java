package io.partidb.tck.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Replays what DBeaver's generic JDBC path calls, in order (shared/reference/jdbc-tools.md
 * §d): connect, dialect probes, browse, the data tab with its max-rows paging, then editing a
 * cell, inserting and deleting a row; every expectation listed there is checked.
 */
class DbeaverReplayTest {

    @Test
    void connectBrowseReadPageEditInsertDelete() throws SQLException {
        String url = "jdbc:partidb:mem:dbeaver-" + UUID.randomUUID();
        Driver driver = DriverManager.getDriver(url);
        assertThat(driver.acceptsURL(url)).isTrue();
        Properties props = new Properties();
        props.setProperty("user", "");
        props.setProperty("password", "");
        props.setProperty("ApplicationName", "DBeaver 25.2");
        try (Connection connection = driver.connect(url, props)) {
            assertThat(connection).isNotNull();
            connection.setAutoCommit(true);
            assertThat(connection.getAutoCommit()).isTrue();
            connection.setClientInfo("ApplicationName", "DBeaver 25.2 - Main");
            setUp(connection);

            DatabaseMetaData meta = connection.getMetaData();
            assertThat(meta).isNotNull();
            assertThat(meta.getDatabaseProductName()).isEqualTo("PartiDB");
            assertThat(meta.getDriverName()).isNotBlank();
            assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
            assertThat(meta.supportsBatchUpdates()).isTrue();
            assertThat(meta.supportsCatalogsInDataManipulation()).isFalse();
            assertThat(meta.supportsSchemasInDataManipulation()).isFalse();
            meta.getSQLKeywords();
            meta.getNumericFunctions();
            meta.getSearchStringEscape();
            meta.getSchemaTerm();
            meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_READ_COMMITTED);

            // browse
            try (ResultSet types = meta.getTypeInfo()) {
                assertThat(types.next()).isTrue();
            }
            try (ResultSet catalogs = meta.getCatalogs()) {
                assertThat(catalogs.next()).as("no fake catalogs").isFalse();
            }
            try (ResultSet schemas = meta.getSchemas(null, "%")) {
                assertThat(schemas.next()).as("no fake schemas").isFalse();
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", null)) {
                while (rs.next()) {
                    assertThat(rs.getString("TABLE_TYPE")).isEqualTo("TABLE");
                    assertThat(rs.getString("REMARKS")).contains("key [Org (S), Id (N)]")
                            .containsPattern("index byEmail GLOBAL (ACTIVE|CREATING|UPDATING) "
                                    + "\\(\\d+ pending\\)");
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).containsExactly("Users");
            Set<String> columns = new HashSet<>();
            try (ResultSet rs = meta.getColumns(null, null, "Users", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                    rs.getInt("DATA_TYPE");
                    rs.getString("TYPE_NAME");
                    rs.getInt("COLUMN_SIZE");
                    rs.getInt("NULLABLE");
                    rs.getInt("DECIMAL_DIGITS");
                    rs.getInt("SOURCE_DATA_TYPE");
                    assertThat(rs.getInt("ORDINAL_POSITION")).isPositive();
                }
            }
            assertThat(columns).contains("Org", "Id", "Email", "Name");
            Set<String> pkNames = new HashSet<>();
            List<String> pkColumns = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, null, "Users")) {
                while (rs.next()) {
                    pkNames.add(rs.getString("PK_NAME"));
                    pkColumns.add(rs.getInt("KEY_SEQ") + ":" + rs.getString("COLUMN_NAME"));
                }
            }
            assertThat(pkNames).as("one PK_NAME for both key columns").hasSize(1);
            assertThat(pkColumns).containsExactly("1:Org", "2:Id");
            try (ResultSet rs = meta.getIndexInfo(null, null, "Users", false, true)) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    assertThat(columns).as("index columns resolve to real columns")
                            .contains(rs.getString("COLUMN_NAME"));
                    rs.getBoolean("NON_UNIQUE");
                    rs.getInt("ORDINAL_POSITION");
                }
                assertThat(rows).isEqualTo(3);
            }
            try (ResultSet rs = meta.getImportedKeys(null, null, "Users")) {
                assertThat(rs.next()).isFalse();
            }

            // data tab: SCRIPT statement, max rows = offset + 200, re-executed per page
            List<String> firstPage = readPage(connection, 0);
            List<String> secondPage = readPage(connection, 200);
            assertThat(firstPage).hasSize(200);
            assertThat(secondPage).hasSize(50);
            Set<String> all = new HashSet<>(firstPage);
            all.addAll(secondPage);
            assertThat(all).as("pages are stable across re-execution").hasSize(250);

            // edit a cell
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE \"Users\" SET \"Name\"=? WHERE \"Org\"=? AND \"Id\"=?",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                update.setString(1, "Renamed");
                update.setString(2, "acme");
                update.setBigDecimal(3, new BigDecimal("8"));
                assertThat(update.executeUpdate()).isEqualTo(1);
                assertThat(update.getUpdateCount()).isEqualTo(1);
            }
            // insert a row
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO \"Users\" (\"Org\",\"Id\",\"Email\",\"Name\") VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "acme");
                insert.setObject(2, 1000);
                insert.setString(3, "new@acme.test");
                insert.setString(4, "New");
                assertThat(insert.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getString("Org")).isEqualTo("acme");
                }
            }
            // delete a row
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM \"Users\" WHERE \"Org\"=? AND \"Id\"=?",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                delete.setString(1, "acme");
                delete.setInt(2, 6);
                assertThat(delete.executeUpdate()).isEqualTo(1);
            }
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT \"Name\" FROM \"Users\" WHERE \"Org\" = 'acme' AND \"Id\" = 8")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Renamed");
            }
            assertThat(readPage(connection, 200)).hasSize(50);

            // "Calculate row count" (JDBCTable.countData reads a Number from column 1): 250
            // rows, one inserted, one deleted; a header sort gets a clear error, not a crash
            try (ResultSet rs = connection.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM \"Users\"")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isInstanceOf(Number.class);
                assertThat(((Number) rs.getObject(1)).longValue()).isEqualTo(250);
                assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("COUNT(*)");
                assertThat(rs.next()).isFalse();
            }
            assertThatThrownBy(() -> connection.createStatement()
                    .executeQuery("SELECT * FROM \"Users\" ORDER BY \"Name\" ASC"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("ORDER BY");
            // unsupported calls are SQLFeatureNotSupportedException, which DBeaver tolerates
            assertThatThrownBy(() -> connection.createStatement(
                    ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY))
                    .isInstanceOf(SQLFeatureNotSupportedException.class);
        }
    }

    private static void setUp(Connection connection) throws SQLException {
        connection.createStatement().execute("CREATE TABLE \"Users\" (\"Org\" STRING, "
                + "\"Id\" NUMBER, \"Email\" STRING, PRIMARY KEY (\"Org\", \"Id\"), "
                + "GLOBAL INDEX \"byEmail\" (\"Email\"))");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"Users\" "
                + "VALUE {'Org': ?, 'Id': ?, 'Email': ?, 'Name': ?}")) {
            for (int i = 0; i < 250; i++) {
                insert.setString(1, i % 2 == 0 ? "acme" : "globex");
                insert.setInt(2, i);
                insert.setString(3, "user" + i + "@example.test");
                insert.setString(4, "User " + i);
                insert.executeUpdate();
            }
        }
    }

    /** DBeaver's data tab: re-execute with max rows = offset + 200 and skip offset rows. */
    private static List<String> readPage(Connection connection, int offset) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setMaxRows(offset + 200);
            assertThat(statement.execute("SELECT * FROM \"Users\"")).isTrue();
            try (ResultSet rs = statement.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    md.getColumnLabel(c);
                    md.getColumnName(c);
                    md.isReadOnly(c);
                    md.isWritable(c);
                    assertThat(md.getTableName(c)).isEqualTo("Users");
                    md.getCatalogName(c);
                    md.getSchemaName(c);
                    md.isNullable(c);
                    md.getColumnDisplaySize(c);
                    md.getColumnTypeName(c);
                    md.getColumnType(c);
                    md.isAutoIncrement(c);
                    md.getPrecision(c);
                    md.getScale(c);
                }
                for (int i = 0; i < offset && rs.next(); i++) {
                    // DBeaver skips to the page
                }
                while (rs.next()) {
                    rows.add(rs.getString("Org") + "/" + rs.getString("Id"));
                }
            }
        }
        return rows;
    }
}
