package io.partidb.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Loads the sample tables {@code "UsersGames"} and {@code "Games"} from the SQL script
 * {@code sample-data.sql} next to this class, through plain JDBC statements, so that a new user
 * has something to query at once.
 */
final class SampleData {

    static final String RESOURCE = "sample-data.sql";
    static final String MARKER_TABLE = "UsersGames";

    private SampleData() {
    }

    /** The statements of the sample script, in order. */
    static List<String> statements() {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return StatementSplitter.split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Loads the sample data unless {@code "UsersGames"} exists already.
     *
     * <p>When the driver cannot answer {@code getTables}, the script runs anyway: its
     * {@code CREATE TABLE IF NOT EXISTS} must succeed, and an insert that fails because the item
     * is already there (SQLState class 23) is skipped, so that a second run changes nothing.
     *
     * @return whether the data was loaded now
     * @throws SQLException when a statement fails; its message names the statement's number
     */
    static boolean loadIfAbsent(Connection connection) throws SQLException {
        Boolean exists;
        try (ResultSet tables = connection.getMetaData().getTables(null, null, MARKER_TABLE,
                null)) {
            exists = tables.next();
        } catch (SQLException | RuntimeException unanswered) {
            exists = null;
        }
        if (Boolean.TRUE.equals(exists)) {
            return false;
        }
        boolean skipExistingItems = exists == null;
        List<String> statements = statements();
        try (Statement statement = StatementRunner.newStatement(connection)) {
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    if (skipExistingItems && isInsert(sql) && isIntegrityViolation(e)) {
                        continue;
                    }
                    throw new SQLException("loading the sample data failed at statement "
                            + (i + 1) + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(),
                            e);
                }
            }
        }
        return true;
    }

    private static boolean isInsert(String sql) {
        return sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("INSERT");
    }

    private static boolean isIntegrityViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}
