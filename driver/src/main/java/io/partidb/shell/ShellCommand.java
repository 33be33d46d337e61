package io.partidb.shell;

import java.util.Locale;
import java.util.Optional;

/**
 * A shell command typed on a line of its own, such as {@code !tables} or {@code quit}, as opposed
 * to SQL that goes to the driver.
 *
 * @param kind what the command does
 * @param argument the text after the command name, stripped; empty when there is none, and the
 *     whole line for {@link Kind#UNKNOWN}
 */
record ShellCommand(Kind kind, String argument) implements ShellInput.Item {

    /** The commands the shell knows. */
    enum Kind { HELP, QUIT, TABLES, DESCRIBE, UNKNOWN }

    ShellCommand {
        argument = argument == null ? "" : argument;
    }

    /**
     * Recognises a command line: {@code help}, {@code quit} and {@code exit} as the whole line,
     * and any line starting with {@code !} or {@code \}. Trailing semicolons are ignored, since
     * SQL habits put them everywhere.
     *
     * @return the command, or empty when the line is SQL
     */
    static Optional<ShellCommand> parse(String line) {
        String text = withoutTrailingSemicolons(line.strip());
        switch (text.toLowerCase(Locale.ROOT)) {
            case "help":
                return Optional.of(new ShellCommand(Kind.HELP, ""));
            case "quit", "exit":
                return Optional.of(new ShellCommand(Kind.QUIT, ""));
            default:
                break;
        }
        if (!text.startsWith("!") && !text.startsWith("\\")) {
            return Optional.empty();
        }
        String[] parts = text.split("\\s+", 2);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        Kind kind = switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "!help", "\\h", "\\?" -> Kind.HELP;
            case "!quit", "!exit", "\\q" -> Kind.QUIT;
            case "!tables" -> Kind.TABLES;
            case "!describe" -> Kind.DESCRIBE;
            default -> Kind.UNKNOWN;
        };
        return Optional.of(new ShellCommand(kind, kind == Kind.UNKNOWN ? text : argument));
    }

    private static String withoutTrailingSemicolons(String text) {
        int end = text.length();
        while (end > 0 && isSemicolonOrBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isSemicolonOrBlank(char c) {
        return c == ';' || Character.isWhitespace(c);
    }
}
