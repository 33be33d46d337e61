package io.partidb.shell;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted in-memory JDBC database for the shell's tests, reached through
 * {@code DriverManager} as {@code jdbc:fake:<name>}: statements get canned answers, and
 * {@code CREATE TABLE} adds a table that metadata then reports. Only the JDBC calls the shell
 * makes are implemented; any other call fails loudly so that a test notices.
 */
final class FakeDatabase {

    /** What executing one statement produces. */
    sealed interface Answer permits Rows, Count, Failure {
    }

    /** A result set. */
    record Rows(List<String> labels, List<Integer> types, List<List<Object>> rows)
            implements Answer {
    }

    /** An update count. */
    record Count(int count) implements Answer {
    }

    /** An exception thrown by {@code execute}. */
    record Failure(SQLException error) implements Answer {
    }

    static final String URL_PREFIX = "jdbc:fake:";
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?\"([^\"]+)\"\\s*\\((.*)\\)",
                    Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("\"([^\"]+)\" ([A-Z]+(?: SET)?)");
    private static final Pattern PRIMARY_KEY = Pattern.compile("PRIMARY KEY \\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Set<String> METADATA_QUERIES =
            Set.of("getTables", "getColumns", "getPrimaryKeys");
    private static final Map<String, FakeDatabase> DATABASES = new ConcurrentHashMap<>();

    static {
        try {
            DriverManager.registerDriver(new FakeDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    final Map<String, List<Answer>> answers = new HashMap<>();
    /** Table name to its columns, each {name, type}. */
    final Map<String, List<String[]>> tables = new LinkedHashMap<>();
    final Map<String, List<String>> primaryKeys = new HashMap<>();
    private final String name;
    boolean metadataFails;
    boolean storesUpperCase;
    SQLWarning connectionWarning;
    SQLWarning statementWarning;
    Boolean escapeProcessing;
    Properties connectProperties;
    boolean closed;

    private FakeDatabase(String name) {
        this.name = name;
    }

    /** A new, empty database reachable at {@link #url()}. */
    static FakeDatabase create(String name) {
        FakeDatabase database = new FakeDatabase(name);
        DATABASES.put(name, database);
        return database;
    }

    String url() {
        return URL_PREFIX + name;
    }

    FakeDatabase answer(String sql, Answer... results) {
        answers.put(sql, List.of(results));
        return this;
    }

    FakeDatabase table(String table, List<String> keys, String... columnsAndTypes) {
        List<String[]> columns = new ArrayList<>();
        for (int i = 0; i < columnsAndTypes.length; i += 2) {
            columns.add(new String[] {columnsAndTypes[i], columnsAndTypes[i + 1]});
        }
        tables.put(table, columns);
        primaryKeys.put(table, keys);
        return this;
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    static Rows rows(List<String> labels, List<Integer> types, List<Object>... rows) {
        return new Rows(labels, types, Arrays.asList(rows));
    }

    private static List<String> quotedNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }

    static Failure failure(String message, String sqlState) {
        return new Failure(new SQLException(message, sqlState));
    }

    /** Canned answers, or by default: DDL 0, DML 1, anything else a syntax error. */
    private List<Answer> answersFor(String sql) {
        List<Answer> canned = answers.get(sql);
        if (canned != null) {
            return canned;
        }
        String upper = sql.toUpperCase(Locale.ROOT);
        Matcher create = CREATE_TABLE.matcher(sql);
        if (create.find()) {
            String definition = create.group(2);
            List<String> keys = new ArrayList<>();
            Matcher primaryKey = PRIMARY_KEY.matcher(definition);
            if (primaryKey.find()) {
                keys.addAll(quotedNames(primaryKey.group(1)));
                definition = definition.substring(0, primaryKey.start());
            }
            List<String> columns = new ArrayList<>();
            Matcher column = COLUMN.matcher(definition);
            while (column.find()) {
                columns.add(column.group(1));
                columns.add(column.group(2));
            }
            table(create.group(1), keys, columns.toArray(String[]::new));
            return List.of(new Count(0));
        }
        if (upper.startsWith("INSERT") || upper.startsWith("UPDATE")
                || upper.startsWith("DELETE")) {
            return List.of(new Count(1));
        }
        if (upper.startsWith("CREATE") || upper.startsWith("DROP")) {
            return List.of(new Count(0));
        }
        return List.of(failure("ValidationException: Statement wasn't well formed, can't be "
                + "processed: unexpected token at 1:1", "42000"));
    }

    Connection connection() {
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "createStatement" -> statement();
            case "getMetaData" -> metaData();
            case "getWarnings" -> connectionWarning;
            case "close" -> {
                closed = true;
                yield null;
            }
            case "isClosed" -> closed;
            default -> unsupported(Connection.class, method);
        });
    }

    private Statement statement() {
        List<Answer> results = new ArrayList<>();
        int[] position = {0};
        return proxy(Statement.class, (method, args) -> {
            Answer current = position[0] < results.size() ? results.get(position[0]) : null;
            return switch (method) {
                case "execute" -> {
                    String sql = (String) args[0];
                    executed.add(sql);
                    results.clear();
                    results.addAll(answersFor(sql));
                    position[0] = 0;
                    if (results.get(0) instanceof Failure failure) {
                        throw failure.error();
                    }
                    yield results.get(0) instanceof Rows;
                }
                case "getResultSet" -> current instanceof Rows rows ? resultSet(rows) : null;
                case "getUpdateCount" -> current instanceof Count count ? count.count() : -1;
                case "getMoreResults" -> {
                    position[0]++;
                    yield position[0] < results.size() && results.get(position[0]) instanceof Rows;
                }
                case "getWarnings" -> statementWarning;
                case "setEscapeProcessing" -> {
                    escapeProcessing = (Boolean) args[0];
                    yield null;
                }
                case "close", "cancel" -> null;
                default -> unsupported(Statement.class, method);
            };
        });
    }

    private DatabaseMetaData metaData() {
        return proxy(DatabaseMetaData.class, (method, args) -> {
            if (metadataFails && METADATA_QUERIES.contains(method)) {
                throw new SQLFeatureNotSupportedException(method + " is not supported", "0A000");
            }
            return switch (method) {
                case "getTables" -> tableRows((String) args[2]);
                case "getColumns" -> columnRows((String) args[2]);
                case "getPrimaryKeys" -> keyRows((String) args[2]);
                case "getSearchStringEscape" -> "\\";
                case "storesUpperCaseIdentifiers" -> storesUpperCase;
                case "storesLowerCaseIdentifiers" -> false;
                default -> unsupported(DatabaseMetaData.class, method);
            };
        });
    }

    private ResultSet tableRows(String pattern) {
        List<List<Object>> rows = new ArrayList<>();
        for (String table : tables.keySet()) {
            if (matches(pattern, table)) {
                rows.add(Arrays.asList(null, null, table, "TABLE", null));
            }
        }
        return resultSet(new Rows(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE",
                "REMARKS"), List.of(), rows));
    }

    private ResultSet columnRows(String pattern) {
        List<List<Object>> rows = new ArrayList<>();
        tables.forEach((table, columns) -> {
            if (matches(pattern, table)) {
                for (String[] column : columns) {
                    rows.add(Arrays.asList(null, null, table, column[0], column[1], "YES"));
                }
            }
        });
        return resultSet(new Rows(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME",
                "COLUMN_NAME", "TYPE_NAME", "IS_NULLABLE"), List.of(), rows));
    }

    private ResultSet keyRows(String table) {
        List<List<Object>> rows = new ArrayList<>();
        List<String> keys = primaryKeys.getOrDefault(table, List.of());
        for (int i = 0; i < keys.size(); i++) {
            rows.add(Arrays.asList(null, null, table, keys.get(i), (short) (i + 1)));
        }
        return resultSet(new Rows(List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME",
                "COLUMN_NAME", "KEY_SEQ"), List.of(), rows));
    }

    /** JDBC LIKE pattern with escape character backslash. */
    private static boolean matches(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return text.matches(regex.toString());
    }

    static ResultSet resultSet(Rows rows) {
        int[] cursor = {-1};
        return proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> ++cursor[0] < rows.rows().size();
            case "getString" -> {
                Object value = value(rows, cursor[0], args[0]);
                yield value == null ? null : value.toString();
            }
            case "getObject" -> value(rows, cursor[0], args[0]);
            case "getMetaData" -> metaData(rows);
            case "getWarnings" -> null;
            case "close" -> null;
            default -> unsupported(ResultSet.class, method);
        });
    }

    private static Object value(Rows rows, int row, Object column) {
        int index = column instanceof Integer number
                ? number - 1
                : rows.labels().indexOf(((String) column).toUpperCase(Locale.ROOT));
        return rows.rows().get(row).get(index);
    }

    private static ResultSetMetaData metaData(Rows rows) {
        return proxy(ResultSetMetaData.class, (method, args) -> switch (method) {
            case "getColumnCount" -> rows.labels().size();
            case "getColumnLabel", "getColumnName" -> rows.labels().get((Integer) args[0] - 1);
            case "getColumnType" -> rows.types().isEmpty()
                    ? Types.VARCHAR
                    : rows.types().get((Integer) args[0] - 1);
            default -> unsupported(ResultSetMetaData.class, method);
        });
    }

    /** Handles one call by method name; may throw SQLException. */
    private interface Handler {
        Object handle(String method, Object[] args) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        InvocationHandler invocation = (self, method, args) -> switch (method.getName()) {
            case "toString" -> "Fake" + type.getSimpleName();
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            default -> handler.handle(method.getName(), args);
        };
        return type.cast(Proxy.newProxyInstance(FakeDatabase.class.getClassLoader(),
                new Class<?>[] {type}, invocation));
    }

    private static Object unsupported(Class<?> type, String method) {
        throw new UnsupportedOperationException(type.getSimpleName() + "." + method);
    }

    /** The {@code java.sql.Driver} for {@code jdbc:fake:<name>}. */
    private static final class FakeDriver implements Driver {

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            if (!acceptsURL(url)) {
                return null;
            }
            FakeDatabase database = DATABASES.get(url.substring(URL_PREFIX.length()));
            if (database == null) {
                throw new SQLException("Database not found: " + url, "08001");
            }
            database.connectProperties = info;
            return database.connection();
        }

        @Override
        public boolean acceptsURL(String url) {
            return url.startsWith(URL_PREFIX);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 1;
        }

        @Override
        public int getMinorVersion() {
            return 0;
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
    }
}
