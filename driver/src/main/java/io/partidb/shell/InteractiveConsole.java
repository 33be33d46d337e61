package io.partidb.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;

/**
 * The read-eval-print loop on a terminal: JLine line editing, multi-line statements, history in
 * memory only. Ctrl-C drops the input typed so far or cancels the running statement (a second
 * Ctrl-C while it still runs leaves the shell); Ctrl-D on an empty line leaves.
 */
final class InteractiveConsole {

    static final String PROMPT = "partidb> ";
    static final String CONTINUATION_PROMPT = "    ...> ";
    /** The conventional status of a process ended by SIGINT. */
    private static final int INTERRUPTED_STATUS = 130;

    private InteractiveConsole() {
    }

    /** Runs until the user leaves; returns the exit status, 0. */
    static int run(ShellSession session, String banner, PrintStream out) throws IOException {
        // dumb(true): without a usable system terminal, plain line input is still fine, and
        // JLine's warning about it would only clutter the session.
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("partidb")
                    .parser(new StatementLineParser())
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                    // '!' starts shell commands, not history expansion.
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            AtomicBoolean cancelRequested = new AtomicBoolean();
            // JLine installs its own handler while reading a line; this one covers execution.
            terminal.handle(Terminal.Signal.INT, signal -> {
                if (!session.isRunning()) {
                    return;
                }
                // The terminal has echoed ^C; the error report belongs on a line of its own.
                terminal.writer().println();
                terminal.writer().flush();
                if (cancelRequested.getAndSet(true)) {
                    System.exit(INTERRUPTED_STATUS);
                }
                session.cancelRunning();
            });
            // A dumb terminal leaves SIGINT to the JVM, which would end the shell on Ctrl-C.
            Object previousInterrupt = terminal instanceof DumbTerminal
                    ? Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT))
                    : null;
            try {
                out.println(banner);
                out.flush();
                return loop(reader, session, cancelRequested, terminal instanceof DumbTerminal);
            } finally {
                if (previousInterrupt != null) {
                    Signals.unregister("INT", previousInterrupt);
                }
            }
        }
    }

    private static int loop(LineReader reader, ShellSession session,
            AtomicBoolean cancelRequested, boolean dumb) {
        ShellInput input = new ShellInput();
        while (true) {
            String text;
            try {
                text = reader.readLine(input.isIdle() ? PROMPT : CONTINUATION_PROMPT);
            } catch (UserInterruptException | EndOfFileException e) {
                if (dumb) {
                    // A full terminal ends the line itself; a dumb one leaves the cursor there.
                    reader.getTerminal().writer().println();
                    reader.getTerminal().writer().flush();
                }
                if (e instanceof EndOfFileException) {
                    return 0;
                }
                input.clear();
                continue;
            }
            for (String line : text.split("\r?\n", -1)) {
                for (ShellInput.Item item : input.accept(line)) {
                    cancelRequested.set(false);
                    if (!session.execute(item)) {
                        return 0;
                    }
                }
            }
        }
    }
}
