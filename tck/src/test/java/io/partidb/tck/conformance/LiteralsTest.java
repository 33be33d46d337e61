package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.jdbc.PartiDBResultSet;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every literal kind of DynamoDB's PartiQL (reference §1.3), stored and read back exactly. */
class LiteralsTest {
    private Connection connection;
    private Statement statement;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:literals-" + UUID.randomUUID());
        statement = connection.createStatement();
        statement.execute("CREATE TABLE vals (k STRING, PRIMARY KEY (k))");
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private String stored(String literal) throws SQLException {
        String key = UUID.randomUUID().toString();
        statement.execute("INSERT INTO vals VALUE {'k': '" + key + "', 'v': " + literal + "}");
        try (ResultSet rs = statement.executeQuery("SELECT v FROM vals WHERE k = '" + key + "'")) {
            assertThat(rs.next()).isTrue();
            return rs.unwrap(PartiDBResultSet.class).getItemJson();
        }
    }

    @Test
    void numbersInEveryFormAreStoredCanonically() throws SQLException {
        String[][] cases = {
            {"1", "1"}, {"1.0", "1"}, {"1e0", "1"}, {"-5", "-5"}, {".73e1", "7.3"},
            {"-.73e1", "-7.3"}, {"7.31E6", "7310000"}, {"7.31e+6", "7310000"},
            {"73100000e-1", "7310000"}, {"00042", "42"}, {"3.1400", "3.14"}, {"1.5E2", "150"},
            {"-0", "0"}, {"0042.1200", "42.12"},
        };
        for (String[] c : cases) {
            assertThat(stored(c[0])).as(c[0]).isEqualTo("{\"v\":{\"N\":\"" + c[1] + "\"}}");
        }
    }

    @Test
    void stringsBooleansNullDocumentsAndSets() throws SQLException {
        assertThat(stored("'it''s'")).isEqualTo("{\"v\":{\"S\":\"it's\"}}");
        assertThat(stored("''")).isEqualTo("{\"v\":{\"S\":\"\"}}");
        assertThat(stored("TRUE")).isEqualTo("{\"v\":{\"BOOL\":true}}");
        assertThat(stored("false")).isEqualTo("{\"v\":{\"BOOL\":false}}");
        assertThat(stored("NULL")).isEqualTo("{\"v\":{\"NULL\":true}}");
        assertThat(stored("[1, 'a', [TRUE], {'x': NULL}]")).isEqualTo("{\"v\":{\"L\":["
                + "{\"N\":\"1\"},{\"S\":\"a\"},{\"L\":[{\"BOOL\":true}]},"
                + "{\"M\":{\"x\":{\"NULL\":true}}}]}}");
        assertThat(stored("{'a': {'b': <<'x', 'y'>>}}"))
                .isEqualTo("{\"v\":{\"M\":{\"a\":{\"M\":{\"b\":{\"SS\":[\"x\",\"y\"]}}}}}}");
        assertThat(stored("<<1, 2.50>>")).isEqualTo("{\"v\":{\"NS\":[\"1\",\"2.5\"]}}");
    }

    @Test
    void invalidLiteralsAreRefusedWithDynamoDbMessages() {
        String[][] cases = {
            {"<<>>", "Empty bags are not supported"},
            {"<<'a', 'a'>>", "contains duplicates"},
            {"<<'a', 1>>", "one type"},
            {"1e126", "Number overflow"},
            {"1e-131", "Number underflow"},
            {"123456789012345678901234567890123456789", "more than 38 significant digits"},
            {"`{a: 1}`", "Ion literals are not supported"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> stored(c[0])).as(c[0]).isInstanceOf(SQLException.class)
                    .hasMessageContaining(c[1]);
        }
    }
}
