package io.partidb.shell;

import java.util.List;

/**
 * Turns lines of shell input into the SQL statements and shell commands they contain, in order.
 * A command is recognised only at the start of a statement, so SQL text that happens to read
 * {@code help} in the middle of a multi-line statement stays SQL.
 */
final class ShellInput {

    /** One thing to carry out: a SQL statement or a shell command. */
    sealed interface Item permits Sql, ShellCommand {
    }

    /** A SQL statement for the driver, without its terminating {@code ;}. */
    record Sql(String text) implements Item {
    }

    private final StatementSplitter splitter = new StatementSplitter();

    /**
     * Whether {@code text} (possibly several lines) ends exactly at the end of a statement or
     * command, so that an editor can stop asking for continuation lines.
     */
    static boolean isComplete(String text) {
        ShellInput input = new ShellInput();
        for (String line : text.split("\r?\n", -1)) {
            input.accept(line);
        }
        return input.isIdle();
    }

    /** Consumes one line and returns what it completed. */
    List<Item> accept(String line) {
        if (splitter.isIdle()) {
            var command = ShellCommand.parse(line);
            if (command.isPresent()) {
                return List.of(command.get());
            }
        }
        return splitter.accept(line).stream().<Item>map(Sql::new).toList();
    }

    /** At the end of input: the unterminated last statement, if any, which still runs. */
    List<Item> finish() {
        return splitter.flush().<List<Item>>map(text -> List.of(new Sql(text))).orElse(List.of());
    }

    /** Whether nothing is pending, so the next line starts a new statement or command. */
    boolean isIdle() {
        return splitter.isIdle();
    }

    /** Drops pending input, as Ctrl-C does. */
    void clear() {
        splitter.clear();
    }
}
