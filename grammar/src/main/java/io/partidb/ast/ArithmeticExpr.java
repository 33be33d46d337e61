package io.partidb.ast;

/** {@code left + right} or {@code left - right}. */
public record ArithmeticExpr(Op op, Expr left, Expr right, SourcePosition position)
        implements Expr {

    /** The arithmetic operators DynamoDB's PartiQL allows. */
    public enum Op {
        ADD("+"), SUBTRACT("-");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
