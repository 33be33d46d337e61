package io.partidb.ast;

/** {@code left op right} for {@code = <> < <= > >=}. */
public record ComparisonExpr(Op op, Expr left, Expr right, SourcePosition position)
        implements Expr {

    /** The comparison operators; {@link #symbol()} is the text written. */
    public enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
