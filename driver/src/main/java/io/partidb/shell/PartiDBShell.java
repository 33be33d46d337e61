package io.partidb.shell;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PartiDB SQL shell, the {@code Main-Class} of the driver jar: connects to a JDBC URL, by
 * default an in-memory PartiDB database with sample data, and runs PartiQL typed at a terminal,
 * piped in, or given with {@code -e}. It talks to the database through {@code java.sql} only, so
 * it works with any JDBC driver on the class path.
 */
public final class PartiDBShell {

    private PartiDBShell() {
    }

    /** Runs the shell on the process's streams and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the shell with the given streams; it is interactive only when {@code in} is
     * {@link System#in}, there is no {@code -e}, and the console is a terminal.
     *
     * @return the exit status: 0 success, 1 failure, 2 bad command line
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        ShellOptions options;
        try {
            options = ShellOptions.parse(args);
        } catch (UsageException e) {
            err.println("Error: " + e.getMessage());
            err.println();
            err.print(ShellOptions.USAGE);
            err.flush();
            return 2;
        }
        if (options.help()) {
            out.print(ShellOptions.USAGE);
            out.flush();
            return 0;
        }
        ErrorReporter reporter = new ErrorReporter(err, options.verbose());
        Connection connection;
        try {
            connection = DriverManager.getConnection(options.url(),
                    options.connectionProperties());
        } catch (SQLException | RuntimeException e) {
            reporter.error(e);
            return 1;
        }
        int status;
        try {
            status = runConnected(options, connection, in, out, reporter);
        } finally {
            try {
                connection.close();
            } catch (SQLException | RuntimeException e) {
                reporter.error(e);
            }
        }
        return status;
    }

    private static int runConnected(ShellOptions options, Connection connection, InputStream in,
            PrintStream out, ErrorReporter reporter) {
        try {
            reporter.warnings(connection.getWarnings());
            if (options.loadSample()) {
                SampleData.loadIfAbsent(connection);
            }
        } catch (SQLException | RuntimeException e) {
            reporter.error(e);
            return 1;
        }
        ShellSession session = new ShellSession(connection, out, reporter);
        if (options.statement() != null) {
            return ScriptRunner.run(new StringReader(options.statement()), session, reporter);
        }
        if (in == System.in && isTerminal(System.console())) {
            try {
                return InteractiveConsole.run(session, banner(options), out);
            } catch (IOException | RuntimeException e) {
                reporter.error(e);
                return 1;
            }
        }
        // Scripts are UTF-8 whatever the platform's default, as SQL files nearly always are.
        return ScriptRunner.run(new InputStreamReader(in, StandardCharsets.UTF_8), session,
                reporter);
    }

    /**
     * Whether the console is a terminal. Up to Java 21 a console exists only then; from Java 22
     * on it may exist for redirected streams too and says so through {@code isTerminal()}, which
     * is looked up by reflection since this code targets Java 17.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static String banner(ShellOptions options) {
        String sample = options.loadSample()
                ? " with the sample tables \"UsersGames\" and \"Games\""
                : "";
        return "PartiDB shell connected to " + options.url() + sample
                + ". Type help for help, quit to leave.";
    }
}
