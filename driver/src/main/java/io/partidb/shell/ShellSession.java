package io.partidb.shell;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Carries out statements and shell commands against one connection, whatever the input comes
 * from, and remembers whether anything failed. A failure is reported and the session goes on.
 */
final class ShellSession {

    static final String HELP = """
            Statements end with ';' at the end of a line and may span several lines, e.g.
              SELECT * FROM "UsersGames" WHERE "User_ID" = 'u1';
              UPDATE "UsersGames" SET "Wins" = 13 WHERE "User_ID" = 'u1' AND "Game_ID" = 'g1';
            Commands (on a line of their own, no ';' needed):
              help, \\h, !help          show this help
              !tables [pattern]        list the tables (pattern: JDBC LIKE, e.g. User%)
              !describe <table>        list a table's columns
              quit, exit, \\q, !quit    leave the shell (so does Ctrl-D)
            Ctrl-C cancels the input typed so far, or the running statement.
            """;

    private final PrintStream out;
    private final ErrorReporter reporter;
    private final StatementRunner runner;
    private final MetadataCommands metadata;
    private boolean failed;

    ShellSession(Connection connection, PrintStream out, ErrorReporter reporter) {
        TableRenderer renderer = new TableRenderer();
        this.out = out;
        this.reporter = reporter;
        this.runner = new StatementRunner(connection, out, reporter, renderer);
        this.metadata = new MetadataCommands(connection, out, renderer);
    }

    /**
     * Carries out one item.
     *
     * @return false when the item asks to leave the shell
     */
    boolean execute(ShellInput.Item item) {
        try {
            if (item instanceof ShellInput.Sql sql) {
                runner.run(sql.text());
            } else if (item instanceof ShellCommand command) {
                return command(command);
            }
        } catch (SQLException | RuntimeException e) {
            failed = true;
            reporter.error(e);
        } finally {
            out.flush();
        }
        return true;
    }

    /** Whether any statement or command has failed so far. */
    boolean hasFailed() {
        return failed;
    }

    /**
     * Asks the driver to cancel the running statement, from another thread.
     *
     * @return whether a statement was running
     */
    boolean cancelRunning() {
        try {
            return runner.cancel();
        } catch (SQLException | RuntimeException e) {
            reporter.error(new SQLException("cannot cancel the statement: " + e.getMessage(),
                    e instanceof SQLException sql ? sql.getSQLState() : null, e));
            return true;
        }
    }

    /** Whether a statement is executing now. */
    boolean isRunning() {
        return runner.isRunning();
    }

    private boolean command(ShellCommand command) throws SQLException {
        switch (command.kind()) {
            case HELP -> out.print(HELP);
            case QUIT -> {
                return false;
            }
            case TABLES -> metadata.listTables(command.argument());
            case DESCRIBE -> describe(command.argument());
            case UNKNOWN -> fail("unknown command '" + command.argument()
                    + "'; type help for the list of commands");
        }
        return true;
    }

    private void describe(String table) throws SQLException {
        if (table.isBlank()) {
            fail("usage: !describe <table>");
        } else if (!metadata.describe(table)) {
            fail("no table named " + table);
        }
    }

    private void fail(String message) {
        failed = true;
        reporter.error(message);
    }
}
