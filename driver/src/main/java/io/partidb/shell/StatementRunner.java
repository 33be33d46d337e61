package io.partidb.shell;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

/**
 * Executes one SQL statement over JDBC and prints every result it produces: tables for result
 * sets, {@code N items affected} for update counts, {@code OK} for statements that change no
 * items, such as DDL.
 */
final class StatementRunner {

    /** Statements whose update count is news even when it is zero. */
    private static final Set<String> DML = Set.of("INSERT", "UPDATE", "DELETE", "UPSERT",
            "REPLACE", "MERGE");

    private final Connection connection;
    private final PrintStream out;
    private final ErrorReporter reporter;
    private final TableRenderer renderer;
    private volatile Statement running;

    StatementRunner(Connection connection, PrintStream out, ErrorReporter reporter,
            TableRenderer renderer) {
        this.connection = connection;
        this.out = out;
        this.reporter = reporter;
        this.renderer = renderer;
    }

    /**
     * A new statement with JDBC escape processing off: in PartiQL {@code {...}} is a map literal,
     * not a JDBC escape.
     */
    static Statement newStatement(Connection connection) throws SQLException {
        Statement statement = connection.createStatement();
        try {
            statement.setEscapeProcessing(false);
        } catch (SQLException unsupported) {
            // The driver then treats braces its own way, which is all one can ask of it.
        }
        return statement;
    }

    /** Executes {@code sql} and prints its results and warnings. */
    void run(String sql) throws SQLException {
        try (Statement statement = newStatement(connection)) {
            running = statement;
            try {
                printResults(statement, sql, statement.execute(sql));
            } finally {
                running = null;
            }
            reporter.warnings(statement.getWarnings());
        }
    }

    /**
     * Asks the driver to cancel the statement running in another thread, if any.
     *
     * @return whether a statement was running
     * @throws SQLException if the driver cannot cancel
     */
    boolean cancel() throws SQLException {
        Statement statement = running;
        if (statement == null) {
            return false;
        }
        statement.cancel();
        return true;
    }

    /** Whether a statement is executing now. */
    boolean isRunning() {
        return running != null;
    }

    private void printResults(Statement statement, String sql, boolean isResultSet)
            throws SQLException {
        boolean printed = false;
        while (true) {
            if (isResultSet) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    if (resultSet != null) {
                        ResultTable table = ResultTableReader.read(resultSet);
                        reporter.warnings(resultSet.getWarnings());
                        renderer.render(table).forEach(out::println);
                        printed = true;
                    }
                }
            } else {
                int count = statement.getUpdateCount();
                if (count < 0) {
                    break;
                }
                out.println(updateMessage(sql, count));
                printed = true;
            }
            isResultSet = statement.getMoreResults();
        }
        if (!printed) {
            out.println("OK");
        }
    }

    /** {@code OK} for a statement that is not DML and changed nothing, else the item count. */
    static String updateMessage(String sql, int count) {
        if (count == 0 && !DML.contains(firstWord(sql))) {
            return "OK";
        }
        return count == 1 ? "1 item affected" : count + " items affected";
    }

    private static String firstWord(String sql) {
        String text = sql.stripLeading();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
