package io.partidb.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits SQL text into statements at every {@code ;} that is outside quotes and comments, one line
 * at a time, so that a shell can tell whether the user has finished a statement.
 *
 * <p>Quotes are {@code '...'} strings, {@code "..."} identifiers and {@code `...`} Ion literals;
 * a doubled quote inside them needs no special case because it closes and reopens the quote.
 * Comments are {@code --} to the end of the line and {@code /* ... *}{@code /}. Leading blanks and
 * comments are dropped from a statement and the terminating {@code ;} is not part of it.
 */
final class StatementSplitter {

    private enum State { CODE, SINGLE_QUOTED, DOUBLE_QUOTED, BACK_QUOTED, BLOCK_COMMENT }

    private final StringBuilder pending = new StringBuilder();
    private State state = State.CODE;
    /** Where the current statement's first real character sits in {@link #pending}, or -1. */
    private int start = -1;

    /** Splits a whole script; text after the last {@code ;} counts as a final statement. */
    static List<String> split(String script) {
        StatementSplitter splitter = new StatementSplitter();
        List<String> statements = new ArrayList<>();
        script.lines().forEach(line -> statements.addAll(splitter.accept(line)));
        splitter.flush().ifPresent(statements::add);
        return statements;
    }

    /**
     * Consumes one line (without its line terminator).
     *
     * @return the statements this line completed, in order; empty ones ({@code ;;}) are skipped
     */
    List<String> accept(String line) {
        List<String> statements = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            i = state == State.CODE ? scanCode(line, i, statements) : scanInside(line, i);
        }
        pending.append('\n');
        if (state == State.CODE && start < 0) {
            // Only blanks and comments since the last statement: nothing to wait for.
            pending.setLength(0);
        }
        return statements;
    }

    /** Whether no statement, quote or comment is open, i.e. the next line starts afresh. */
    boolean isIdle() {
        return pending.isEmpty() && state == State.CODE;
    }

    /** Returns the unterminated statement, if it has any content, and forgets it. */
    Optional<String> flush() {
        Optional<String> rest = start < 0
                ? Optional.empty()
                : Optional.of(pending.substring(start).strip());
        clear();
        return rest;
    }

    /** Forgets everything pending, as when the user cancels the current input. */
    void clear() {
        pending.setLength(0);
        state = State.CODE;
        start = -1;
    }

    private int scanCode(String line, int i, List<String> statements) {
        char c = line.charAt(i);
        if (line.startsWith("--", i)) {
            pending.append(line, i, line.length());
            return line.length();
        }
        if (line.startsWith("/*", i)) {
            pending.append("/*");
            state = State.BLOCK_COMMENT;
            return i + 2;
        }
        if (c == ';') {
            if (start >= 0) {
                statements.add(pending.substring(start).strip());
            }
            pending.setLength(0);
            start = -1;
            return i + 1;
        }
        if (start < 0 && !Character.isWhitespace(c)) {
            start = pending.length();
        }
        pending.append(c);
        state = switch (c) {
            case '\'' -> State.SINGLE_QUOTED;
            case '"' -> State.DOUBLE_QUOTED;
            case '`' -> State.BACK_QUOTED;
            default -> State.CODE;
        };
        return i + 1;
    }

    /** Scans inside a quote or block comment up to and including its end, or the line's end. */
    private int scanInside(String line, int i) {
        String terminator = switch (state) {
            case SINGLE_QUOTED -> "'";
            case DOUBLE_QUOTED -> "\"";
            case BACK_QUOTED -> "`";
            default -> "*/";
        };
        int end = line.indexOf(terminator, i);
        if (end < 0) {
            pending.append(line, i, line.length());
            return line.length();
        }
        int next = end + terminator.length();
        pending.append(line, i, next);
        state = State.CODE;
        return next;
    }
}
