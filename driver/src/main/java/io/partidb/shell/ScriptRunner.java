package io.partidb.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Runs shell input that is not typed at a terminal, the text of {@code -e} or piped standard
 * input, without prompts: every statement runs, even after a failure, until the end of the input
 * or a quit command.
 */
final class ScriptRunner {

    private ScriptRunner() {
    }

    /**
     * Runs everything {@code source} holds; a last statement without {@code ;} runs too.
     *
     * @return 0 when everything succeeded, 1 when something failed
     */
    static int run(Reader source, ShellSession session, ErrorReporter reporter) {
        ShellInput input = new ShellInput();
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!executeAll(input.accept(line), session)) {
                    return status(session);
                }
            }
        } catch (IOException e) {
            reporter.error(e);
            return 1;
        }
        executeAll(input.finish(), session);
        return status(session);
    }

    private static boolean executeAll(Iterable<ShellInput.Item> items, ShellSession session) {
        for (ShellInput.Item item : items) {
            if (!session.execute(item)) {
                return false;
            }
        }
        return true;
    }

    private static int status(ShellSession session) {
        return session.hasFailed() ? 1 : 0;
    }
}
