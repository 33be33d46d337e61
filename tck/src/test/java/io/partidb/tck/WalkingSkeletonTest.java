package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The foundation's behaviour through {@link DriverManager}, on the ordinary class path. */
class WalkingSkeletonTest {

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:partidb:mem:skeleton-" + UUID.randomUUID()
                + ";scanSegments=2");
    }

    @Test
    void scenarioThroughDriverManager() throws SQLException {
        try (Connection connection = connect()) {
            WalkingSkeletonScenario.run(connection);
        }
    }

    @Test
    void namedMemoryDatabaseIsSharedByConnectionsAndNewNameIsEmpty() throws SQLException {
        String url = "jdbc:partidb:mem:shared-" + UUID.randomUUID();
        try (Connection first = DriverManager.getConnection(url);
                Connection second = DriverManager.getConnection(url);
                Connection other = connect()) {
            first.createStatement().executeUpdate(
                    "CREATE TABLE tbl (k STRING, PRIMARY KEY (k))");
            first.createStatement().executeUpdate("INSERT INTO tbl VALUE {'k': 'x'}");
            try (ResultSet rs = second.createStatement().executeQuery(
                    "SELECT k FROM tbl WHERE k = 'x'")) {
                assertThat(rs.next()).isTrue();
            }
            assertThatThrownBy(() -> other.createStatement().executeQuery("SELECT * FROM tbl"))
                    .isInstanceOf(SQLSyntaxErrorException.class)
                    .hasMessageStartingWith("ResourceNotFoundException: ");
        }
    }

    @Test
    void malformedStatementNamesLineAndColumn() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FORM t"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42601");
                        assertThat(e.getMessage()).startsWith("ValidationException: ")
                                .contains("1:10");
                    });
            assertThatThrownBy(() -> statement.execute(
                    "CREATE TABLE tbl (\n  k STRING,\n  PRIMARY KEY k)"))
                    .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42601");
                        assertThat(e.getMessage()).contains("3:");
                    });
        }
    }

    @Test
    void ddlBreakingARuleCreatesNothing() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                    "CREATE TABLE tbl1 (a STRING, PRIMARY KEY (a, b))"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("not defined in AttributeDefinitions");
            assertThatThrownBy(() -> statement.execute(
                    "CREATE TABLE tbl2 (a STRING, b MAP, PRIMARY KEY (a, b))"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("key type");
            StringBuilder sixLocal = new StringBuilder(
                    "CREATE TABLE tbl3 (a STRING, b STRING, c STRING, PRIMARY KEY (a, b)");
            for (int i = 1; i <= 6; i++) {
                sixLocal.append(", LOCAL INDEX lsi").append(i).append(" (a, c)");
            }
            sixLocal.append(')');
            assertThatThrownBy(() -> statement.execute(sixLocal.toString()))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("CREATE TABLE tbl4 (a STRING, b STRING, "
                    + "PRIMARY KEY (a), GLOBAL INDEX gi (b), GLOBAL INDEX gi (b))"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute(
                    "CREATE TABLE tbl5 (a STRING, a NUMBER, PRIMARY KEY (a))"))
                    .isInstanceOf(SQLException.class);
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, null, "%", null)) {
                assertThat(tables.next()).as("no table was created").isFalse();
            }
        }
    }

    @Test
    void readOnlyConnectionsRefuseWritesAndClosingClosesEverything() throws SQLException {
        Connection connection = connect();
        Statement statement = connection.createStatement();
        statement.execute("CREATE TABLE tbl (k STRING, PRIMARY KEY (k))");
        connection.setReadOnly(true);
        assertThat(connection.isReadOnly()).isTrue();
        assertThatThrownBy(() -> statement.execute("INSERT INTO tbl VALUE {'k': 'a'}"))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).isEqualTo("25006"));
        ResultSet rs = statement.executeQuery("SELECT * FROM tbl");
        assertThat(rs.next()).isFalse();
        assertThat(connection.isValid(1)).isTrue();
        connection.close();
        assertThat(connection.isValid(1)).isFalse();
        assertThat(statement.isClosed()).isTrue();
        assertThat(rs.isClosed()).isTrue();
        assertThatThrownBy(connection::createStatement).isInstanceOfSatisfying(
                SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08003"));
    }

    @Test
    void duplicateInsertIsRefusedAndKeepsTheItem() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE tbl (k STRING, PRIMARY KEY (k))");
            statement.execute("INSERT INTO tbl VALUE {'k': 'a', 'v': 1}");
            assertThatThrownBy(() -> statement.execute("INSERT INTO tbl VALUE {'k': 'a', 'v': 2}"))
                    .isInstanceOf(SQLIntegrityConstraintViolationException.class)
                    .hasMessage("DuplicateItemException: Duplicate primary key exists in table");
            try (ResultSet rs = statement.executeQuery("SELECT v FROM tbl WHERE k = 'a'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
