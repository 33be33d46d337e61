package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of Java value a tool or application may bind, through {@code setObject} with and
 * without a target type, into every place a parameter may stand (a key, a value written, a
 * condition, LIMIT): the statement runs, or fails with an {@link SQLException} whose SQLState
 * says what was wrong, never an internal error or an unchecked exception.
 */
class ParameterBindingTest {
    private enum Colour { RED }

    private Connection connection;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:bind-" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE vals (pk STRING, sk NUMBER, PRIMARY KEY (pk, sk))");
            statement.execute("INSERT INTO vals VALUE {'pk': 'a', 'sk': 1, 'v': 1}");
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    private static List<Object> values() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("k", List.of(1, "two", Map.of("deep", true)));
        Map<Object, Object> badKeys = new HashMap<>();
        badKeys.put(1, "one");
        List<Object> withNull = new ArrayList<>(Arrays.asList("a", null));
        return Arrays.asList("x", "", "\u2603\uD83D\uDE00", 'c', UUID.randomUUID(), Colour.RED,
                1, -7L, (short) 3, (byte) 4, 2.5f, 0.1, Double.NaN, Double.POSITIVE_INFINITY,
                1e300, new BigDecimal("1E+126"), new BigDecimal("1E-131"),
                new BigDecimal("12345678901234567890123456789012345678901"),
                new BigInteger("123456789012345678901234567890"), true, false, new byte[0],
                new byte[] {1, 2}, null, nested, Map.of(), badKeys, List.of(1, 2), List.of(),
                withNull, new Object[] {"a", 1}, Set.of("p", "q"), Set.of(1, 2), Set.of(),
                Set.of("p", 1), Set.of(new byte[] {1}), LocalDate.of(2026, 12, 7),
                LocalDateTime.of(2026, 12, 7, 10, 0), Instant.EPOCH, OffsetDateTime.MIN,
                Timestamp.from(Instant.EPOCH), new java.sql.Date(0), new java.util.Date(0),
                Optional.of(1), new Object(), new StringBuilder("sb"), new char[] {'a'});
    }

    private static final String[] STATEMENTS = {
        "INSERT INTO vals VALUE {'pk': 'new', 'sk': 2, 'v': ?}",
        "INSERT INTO vals VALUE {'pk': ?, 'sk': 3}",
        "INSERT INTO vals VALUE {'pk': 'k', 'sk': ?}",
        "SELECT * FROM vals WHERE pk = ?",
        "SELECT * FROM vals WHERE pk = 'a' AND sk = ?",
        "SELECT * FROM vals WHERE v = ?",
        "SELECT * FROM vals WHERE v IN (?, 1)",
        "SELECT * FROM vals LIMIT ?",
        "UPDATE vals SET v = ? WHERE pk = 'a' AND sk = 1",
        "UPDATE vals SET v = v + ? WHERE pk = 'a' AND sk = 1",
        "DELETE FROM vals WHERE pk = 'zz' AND sk = ?",
    };

    private static final int[] TARGET_TYPES = {Types.VARCHAR, Types.DECIMAL, Types.BIGINT,
        Types.BOOLEAN, Types.VARBINARY, Types.JAVA_OBJECT, Types.OTHER, Types.DATE,
        Types.TIMESTAMP, Types.ARRAY, Types.NULL};

    @Test
    void everyValueInEveryPlaceRunsOrGivesAClearError() throws SQLException {
        List<String> problems = new ArrayList<>();
        int runs = 0;
        int refusals = 0;
        for (String sql : STATEMENTS) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object value : values()) {
                    for (int target = -1; target < TARGET_TYPES.length; target++) {
                        String what = sql + " with " + describe(value)
                                + (target < 0 ? "" : " as type " + TARGET_TYPES[target]);
                        try {
                            if (target < 0) {
                                statement.setObject(1, value);
                            } else {
                                statement.setObject(1, value, TARGET_TYPES[target]);
                            }
                            if (statement.execute()) {
                                try (ResultSet rows = statement.getResultSet()) {
                                    readAll(rows);
                                }
                            }
                            runs++;
                        } catch (SQLException e) {
                            refusals++;
                            if (!ClearErrors.isClear(e)) {
                                problems.add(what + ": " + e.getSQLState() + " "
                                        + e.getMessage());
                            }
                        } catch (RuntimeException e) {
                            problems.add(what + ": " + e);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(runs).as("statements that ran").isPositive();
        assertThat(refusals).as("bindings refused").isPositive();
    }

    private static void readAll(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
                rows.getObject(c);
                rows.getString(c);
            }
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.getClass().isArray() ? value.getClass().getSimpleName()
                : String.valueOf(value);
        return value.getClass().getSimpleName() + "(" + (text.length() > 40
                ? text.substring(0, 40) + "..." : text) + ")";
    }
}
