package io.partidb.shell;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The shell's command line, parsed: where to connect, what to run, whether to load the sample
 * data and how much to say about errors.
 *
 * @param url the JDBC URL
 * @param user the user name for the driver, or null
 * @param password the password for the driver, or null
 * @param statement the text of {@code -e}, or null to read statements from standard input
 * @param sample whether to load the sample data
 * @param verbose whether errors show their stack traces
 * @param help whether to print the usage and stop
 */
record ShellOptions(String url, String user, String password, String statement, Sample sample,
        boolean verbose, boolean help) {

    static final String DEFAULT_URL = "jdbc:partidb:mem:demo";

    /** What {@code --sample} and {@code --no-sample} asked for. */
    enum Sample { BY_URL, YES, NO }

    static final String USAGE = """
            Usage: java -jar partidb-jdbc-<version>.jar [options]

            An interactive PartiQL shell over JDBC. Without -e it reads statements from the
            terminal or, when standard input is not a terminal, from standard input to its end.

            Options:
              -u, --url <url>            JDBC URL to connect to (default: jdbc:partidb:mem:demo)
              -n, --user <user>          user name passed to the driver
              -p, --password <password>  password passed to the driver
              -e, --execute <statement>  run the statement (a trailing ';' is allowed) and exit
                  --sample               load the sample tables "UsersGames" and "Games" unless
                                         present (the default on jdbc:partidb:mem:demo only)
                  --no-sample            do not load the sample tables
                  --verbose              print errors with their full stack traces
              -h, --help                 print this help and exit

            URLs:
              jdbc:partidb:mem:<name>    an in-memory PartiDB database called <name>
              Any other JDBC URL works when its driver is on the class path, as in
                java -cp partidb-jdbc-<version>.jar:<driver>.jar \\
                    io.partidb.shell.PartiDBShell -u <url>

            Statements end with ';' at the end of a line and may span several lines.
            Commands: help (\\h, !help), !tables [pattern], !describe <table>,
            quit (exit, \\q, !quit). Ctrl-D leaves; Ctrl-C cancels the current input.

            Exit status: 0 on success; 1 when the connection, the sample data or, with -e or
            piped input, a statement failed; 2 for a bad command line.

            Examples:
              java -jar partidb-jdbc-<version>.jar
              java -jar partidb-jdbc-<version>.jar -e 'SELECT "Title", "ReleaseYear" FROM "Games"'
              java -jar partidb-jdbc-<version>.jar -u jdbc:partidb:mem:scratch < script.sql
              echo 'SELECT * FROM "UsersGames";' | java -jar partidb-jdbc-<version>.jar
            """;

    /**
     * Parses the arguments. Long options also take their value as {@code --url=<url>}. Each
     * option may appear once, since a repeated one is more likely a mistake than a wish.
     *
     * @throws UsageException for an unknown, repeated or incomplete option, or a stray argument
     */
    static ShellOptions parse(String... args) throws UsageException {
        String url = DEFAULT_URL;
        String user = null;
        String password = null;
        String statement = null;
        Sample sample = Sample.BY_URL;
        boolean verbose = false;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            String option = canonical(name);
            if (option == null) {
                throw new UsageException(arg.startsWith("-")
                        ? "unknown option " + name
                        : "unexpected argument '" + arg + "'");
            }
            if (option.equals("--help")) {
                return new ShellOptions(url, user, password, statement, sample, verbose, true);
            }
            if (!seen.add(option)) {
                throw new UsageException("option " + option + " given twice");
            }
            if (seen.contains("--sample") && seen.contains("--no-sample")) {
                throw new UsageException("--sample and --no-sample exclude each other");
            }
            boolean takesValue = switch (option) {
                case "--url", "--user", "--password", "--execute" -> true;
                default -> false;
            };
            String value = null;
            if (takesValue) {
                if (inlineValue != null) {
                    value = inlineValue;
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("option " + name + " needs a value");
                }
            } else if (inlineValue != null) {
                throw new UsageException("option " + name + " takes no value");
            }
            switch (option) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--execute" -> statement = value;
                case "--sample" -> sample = Sample.YES;
                case "--no-sample" -> sample = Sample.NO;
                default -> verbose = true;
            }
        }
        if (url.isBlank()) {
            throw new UsageException("the URL is empty");
        }
        return new ShellOptions(url, user, password, statement, sample, verbose, false);
    }

    /** Whether to load the sample data: by default only on {@link #DEFAULT_URL}. */
    boolean loadSample() {
        return switch (sample) {
            case YES -> true;
            case NO -> false;
            case BY_URL -> url.equals(DEFAULT_URL);
        };
    }

    /** The properties for {@code DriverManager.getConnection}: user and password, if given. */
    Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    @Override
    public String toString() {
        // Keeps the password out of logs and test failure messages.
        return "ShellOptions[url=" + url + ", user=" + user
                + ", password=" + (password == null ? null : "****") + ", statement=" + statement
                + ", sample=" + sample + ", verbose=" + verbose + ", help=" + help + "]";
    }

    /** The long name of an option given by its short or long name, or null if unknown. */
    private static String canonical(String name) {
        return switch (name) {
            case "-u", "--url" -> "--url";
            case "-n", "--user" -> "--user";
            case "-p", "--password" -> "--password";
            case "-e", "--execute" -> "--execute";
            case "-h", "--help" -> "--help";
            case "--sample", "--no-sample", "--verbose" -> name;
            default -> null;
        };
    }
}
