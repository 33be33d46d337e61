package io.partidb.tck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@link DatabaseMetaData} method, called with the arguments tools pass (null, "%",
 * empty, a real table, an unknown one, odd ints): it answers (a result set that can be read to
 * the end), or raises an {@link SQLException} with a SQLState, never an unchecked exception.
 */
class MetaDataSweepTest {
    private Connection connection;

    @BeforeEach
    void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:partidb:mem:meta-" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE \"Users\" (\"Org\" STRING, \"Id\" NUMBER, "
                    + "\"Email\" STRING, PRIMARY KEY (\"Org\", \"Id\"), "
                    + "GLOBAL INDEX \"byEmail\" (\"Email\"))");
            statement.execute("INSERT INTO \"Users\" VALUE {'Org': 'o', 'Id': 1, 'x': [1]}");
        }
    }

    @AfterEach
    void tearDown() throws SQLException {
        connection.close();
    }

    @Test
    void everyMethodAnswersOrRaisesAnSqlException() throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> problems = new ArrayList<>();
        int answers = 0;
        Method[] methods = DatabaseMetaData.class.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::toString));
        for (Method method : methods) {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                continue;
            }
            for (Object[] arguments : argumentSets(method.getParameterTypes())) {
                String what = method.getName() + Arrays.deepToString(arguments);
                try {
                    Object result = method.invoke(meta, arguments);
                    if (result instanceof ResultSet rows) {
                        try (rows) {
                            int columns = rows.getMetaData().getColumnCount();
                            while (rows.next()) {
                                for (int c = 1; c <= columns; c++) {
                                    rows.getObject(c);
                                }
                            }
                        }
                    }
                    answers++;
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException sql) {
                        if (!ClearErrors.isClear(sql)) {
                            problems.add(what + ": " + sql.getSQLState() + " "
                                    + sql.getMessage());
                        }
                    } else {
                        problems.add(what + ": " + cause);
                    }
                } catch (SQLException e) {
                    problems.add(what + ": reading the result: " + e);
                } catch (RuntimeException e) {
                    problems.add(what + ": reading the result: " + e);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(answers).isGreaterThan(150);
    }

    /** Argument lists for a method: each parameter in turn takes each of its odd values. */
    private static List<Object[]> argumentSets(Class<?>[] types) {
        List<Object[]> sets = new ArrayList<>();
        Object[] base = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            base[i] = sample(types[i])[0];
        }
        sets.add(base);
        for (int i = 0; i < types.length; i++) {
            Object[] samples = sample(types[i]);
            for (int s = 1; s < samples.length; s++) {
                Object[] arguments = base.clone();
                arguments[i] = samples[s];
                sets.add(arguments);
            }
        }
        return sets;
    }

    private static Object[] sample(Class<?> type) {
        if (type == String.class) {
            return new Object[] {null, "%", "", "Users", "Nope", "Us_rs", "Us\\_ers", "byEmail"};
        }
        if (type == int.class) {
            return new Object[] {0, -1, java.sql.Types.VARCHAR, java.sql.Types.OTHER,
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, 99999};
        }
        if (type == boolean.class) {
            return new Object[] {false, true};
        }
        if (type == String[].class) {
            return new Object[] {null, new String[] {"TABLE"}, new String[] {"VIEW"},
                new String[0]};
        }
        if (type == int[].class) {
            return new Object[] {null, new int[] {java.sql.Types.JAVA_OBJECT}};
        }
        return new Object[] {null};
    }
}
