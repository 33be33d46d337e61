package io.partidb.shell;

import java.io.PrintStream;
import java.sql.SQLException;
import java.sql.SQLWarning;

/**
 * Prints errors and warnings to the error stream: one line each, such as
 * {@code Error: <message> (SQLState 42000)}, plus the full stack trace, causes and chained
 * exceptions included, in verbose mode.
 */
final class ErrorReporter {

    private final PrintStream err;
    private final boolean verbose;

    ErrorReporter(PrintStream err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    /** Reports a failure. */
    void error(Throwable failure) {
        err.println("Error: " + describe(failure));
        if (verbose) {
            failure.printStackTrace(err);
            if (failure instanceof SQLException sql) {
                // printStackTrace follows causes but not the separate getNextException chain.
                for (SQLException next = sql.getNextException(); next != null && next != sql;
                        next = next.getNextException()) {
                    err.print("Next exception: ");
                    next.printStackTrace(err);
                }
            }
        }
        err.flush();
    }

    /** Reports a failure of the shell itself that has no exception, such as a bad command. */
    void error(String message) {
        err.println("Error: " + message);
        err.flush();
    }

    /** Reports every warning of a chain; null means none. */
    void warnings(SQLWarning first) {
        for (SQLWarning warning = first; warning != null; warning = warning.getNextWarning()) {
            err.println("Warning: " + describe(warning));
        }
        err.flush();
    }

    /** The one-line form: the message and, for a SQLException, its SQLState. */
    static String describe(Throwable failure) {
        if (failure instanceof SQLException sql) {
            String message = sql.getMessage() == null ? sql.getClass().getName() : sql.getMessage();
            return sql.getSQLState() == null
                    ? message
                    : message + " (SQLState " + sql.getSQLState() + ")";
        }
        // Anything else is unexpected, so its type is part of the news.
        return failure.toString();
    }
}
