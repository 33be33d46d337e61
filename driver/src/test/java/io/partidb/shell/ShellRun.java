package io.partidb.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The outcome of one {@link PartiDBShell#run} in a test: exit status and what went to each
 * stream, with line ends normalised to {@code \n}.
 *
 * @param status the exit status
 * @param out what was printed to standard output
 * @param err what was printed to standard error
 */
record ShellRun(int status, String out, String err) {

    /** Runs the shell with {@code input} as standard input. */
    static ShellRun of(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PartiDBShell.run(args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ShellRun(status, normalise(out), normalise(err));
    }

    private static String normalise(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
