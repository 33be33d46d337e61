package io.partidb.grammar;

/**
 * A statement that does not parse. {@code line}/{@code column} are 1-based and point at the
 * offending token; the message names the token and reads like DynamoDB's parse errors.
 */
public final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String offendingToken;
    private final String detail;

    public SyntaxError(int line, int column, String offendingToken, String detail) {
        super("Statement wasn't well formed, can't be processed: " + detail + " at " + line + ":"
                + column + (offendingToken == null ? "" : " near '" + offendingToken + "'"));
        this.line = line;
        this.column = column;
        this.offendingToken = offendingToken;
        this.detail = detail;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The text of the token where parsing failed, or null at end of input. */
    public String offendingToken() {
        return offendingToken;
    }

    public String detail() {
        return detail;
    }
}
