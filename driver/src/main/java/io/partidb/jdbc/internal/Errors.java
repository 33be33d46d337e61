package io.partidb.jdbc.internal;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;

/**
 * Turns the error catalogue's codes into {@link SQLException}s: the subclass follows the
 * SQLState class, the message reads {@code <DynamoDB exception name>: <DynamoDB message>}.
 */
public final class Errors {
    private Errors() {
    }

    /** The SQLException for an engine or planner error. */
    public static SQLException of(EngineException e) {
        ErrorCode code = e.code();
        return of(code.sqlState(), code.dynamoName() + ": " + e.getMessage(), e);
    }

    /**
     * A failure that is PartiDB's own bug, not the caller's: still an SQLException, so that no
     * unchecked exception escapes through JDBC.
     */
    public static SQLException internal(RuntimeException e) {
        return of(ErrorCode.INTERNAL.sqlState(), ErrorCode.INTERNAL.dynamoName()
                + ": Internal error: " + e, e);
    }

    /** An exception of the subclass that fits the SQLState. */
    public static SQLException of(String sqlState, String message, Throwable cause) {
        String stateClass = sqlState.equals("HYT00") ? sqlState : sqlState.substring(0, 2);
        SQLException out = switch (stateClass) {
            case "HYT00" -> new java.sql.SQLTimeoutException(message, sqlState);
            case "42" -> new SQLSyntaxErrorException(message, sqlState);
            case "22" -> new SQLDataException(message, sqlState);
            case "23" -> new SQLIntegrityConstraintViolationException(message, sqlState);
            case "40" -> new SQLTransactionRollbackException(message, sqlState);
            case "0A" -> new SQLFeatureNotSupportedException(message, sqlState);
            case "08" -> new SQLNonTransientConnectionException(message, sqlState);
            default -> new SQLException(message, sqlState);
        };
        if (cause != null) {
            out.initCause(cause);
        }
        return out;
    }

    /** A JDBC call PartiDB does not offer. */
    public static SQLFeatureNotSupportedException notSupported(String what) {
        return new SQLFeatureNotSupportedException(what + " is not supported by PartiDB",
                "0A000");
    }

    /** A call on a closed connection, statement or result set. */
    public static SQLException closed(String what) {
        return new SQLNonTransientConnectionException(what + " is closed", "08003");
    }

    /** A misuse of the API by the caller (bad argument, wrong state). */
    public static SQLException invalid(String message) {
        return new SQLException(message, "HY000");
    }

    /** A value that cannot be converted as asked. */
    public static SQLDataException data(String message) {
        return new SQLDataException(message, "22018");
    }
}
