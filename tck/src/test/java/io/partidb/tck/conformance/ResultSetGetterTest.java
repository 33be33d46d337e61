package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ResultSet} getter on a column of every DynamoDB type (and on a missing
 * attribute): it returns a value, or raises an {@link SQLException} with a SQLState (a
 * conversion that does not apply, a feature not supported), never an unchecked exception or an
 * internal error.
 */
class ResultSetGetterTest {
    /** One getter, named for the report. */
    @FunctionalInterface
    private interface Getter {
        Object get(ResultSet rows, int column) throws SQLException;
    }

    private static final Map<String, Getter> GETTERS = Map.ofEntries(
            Map.entry("getString", ResultSet::getString),
            Map.entry("getNString", ResultSet::getNString),
            Map.entry("getBoolean", ResultSet::getBoolean),
            Map.entry("getByte", ResultSet::getByte),
            Map.entry("getShort", ResultSet::getShort),
            Map.entry("getInt", ResultSet::getInt),
            Map.entry("getLong", ResultSet::getLong),
            Map.entry("getFloat", ResultSet::getFloat),
            Map.entry("getDouble", ResultSet::getDouble),
            Map.entry("getBigDecimal", ResultSet::getBigDecimal),
            Map.entry("getBytes", ResultSet::getBytes),
            Map.entry("getDate", ResultSet::getDate),
            Map.entry("getDateCal", (r, c) -> r.getDate(c, Calendar.getInstance())),
            Map.entry("getTime", ResultSet::getTime),
            Map.entry("getTimestamp", ResultSet::getTimestamp),
            Map.entry("getObject", ResultSet::getObject),
            Map.entry("getArray", ResultSet::getArray),
            Map.entry("getCharacterStream", ResultSet::getCharacterStream),
            Map.entry("getAsciiStream", ResultSet::getAsciiStream),
            Map.entry("getBinaryStream", ResultSet::getBinaryStream),
            Map.entry("getClob", ResultSet::getClob),
            Map.entry("getBlob", ResultSet::getBlob),
            Map.entry("getURL", ResultSet::getURL),
            Map.entry("getRowId", ResultSet::getRowId),
            Map.entry("getSQLXML", ResultSet::getSQLXML),
            Map.entry("getRef", ResultSet::getRef));

    private static final List<Class<?>> OBJECT_CLASSES = List.of(String.class, Integer.class,
            Long.class, Short.class, Byte.class, Double.class, Float.class, BigDecimal.class,
            BigInteger.class, Boolean.class, byte[].class, Date.class, Time.class,
            Timestamp.class, LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
            OffsetDateTime.class, UUID.class, Map.class, List.class, Object.class, Reader.class,
            InputStream.class, java.sql.Array.class, Character.class);

    private Connection connection;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:getters-" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE vals (pk STRING, PRIMARY KEY (pk))");
            statement.execute("INSERT INTO vals VALUE {'pk': 'a', 's': 'text', 'd': '2026-12-07', "
                    + "'ts': '2026-12-07T10:00:00Z', 'num': 12.5, 'big': 1E+125, 'int': 7, "
                    + "'b': TRUE, 'z': NULL, 'm': {'k': [1, 'x']}, 'l': [1, 'two'], "
                    + "'ss': <<'p', 'q'>>, 'ns': <<1, 2>>, 'e': ''}");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "UPDATE vals SET bin = ?, bs = ? WHERE pk = 'a'")) {
            insert.setBytes(1, new byte[] {1, 2, 3});
            insert.setObject(2, java.util.Set.of(new byte[] {1}, new byte[] {2}));
            insert.executeUpdate();
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    @Test
    void everyGetterOnEveryTypeReturnsOrRaisesAnSqlException() throws SQLException {
        String[] columns = {"pk", "s", "d", "ts", "num", "big", "int", "b", "z", "m", "l", "ss",
            "ns", "e", "bin", "bs", "nothing"};
        List<String> problems = new ArrayList<>();
        int values = 0;
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT "
                + String.join(", ", columns) + " FROM vals WHERE pk = 'a'")) {
            assertThat(rows.next()).isTrue();
            for (int c = 1; c <= columns.length; c++) {
                int column = c;
                for (Map.Entry<String, Getter> getter : GETTERS.entrySet()) {
                    values += attempt(problems, columns[c - 1] + " " + getter.getKey(),
                            () -> getter.getValue().get(rows, column));
                }
                for (Class<?> type : OBJECT_CLASSES) {
                    values += attempt(problems, columns[c - 1] + " getObject("
                            + type.getSimpleName() + ")", () -> rows.getObject(column, type));
                }
                values += attempt(problems, columns[c - 1] + " wasNull", () -> {
                    rows.getObject(column);
                    return rows.wasNull();
                });
            }
        }
        assertThat(problems).isEmpty();
        assertThat(values).as("getters that returned").isPositive();
    }

    /** One getter call; 1 when it returned, 0 when it raised an acceptable SQLException. */
    private static int attempt(List<String> problems, String what, Call call) {
        try {
            call.run();
            return 1;
        } catch (SQLException e) {
            if (!ClearErrors.isClear(e)) {
                problems.add(what + ": " + e.getSQLState() + " " + e.getMessage());
            }
        } catch (RuntimeException e) {
            problems.add(what + ": " + e);
        }
        return 0;
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws SQLException;
    }
}
