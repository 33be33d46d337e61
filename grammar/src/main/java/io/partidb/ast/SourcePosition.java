package io.partidb.ast;

/** Where a node starts in the statement text: 1-based line and 1-based column. */
public record SourcePosition(int line, int column) {
    /** Position used by nodes built in code rather than parsed from text. */
    public static final SourcePosition NONE = new SourcePosition(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
