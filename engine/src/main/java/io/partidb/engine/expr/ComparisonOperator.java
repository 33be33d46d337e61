package io.partidb.engine.expr;

/** The comparators of a condition: {@code = <> < <= > >=}. */
public enum ComparisonOperator {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written, which is also how DynamoDB names it in messages. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operator orders its operands, which then must be S, N or B. */
    public boolean isOrdering() {
        return this != EQ && this != NE;
    }

    /** Whether a comparison result ({@code compareTo} sign) satisfies the operator. */
    boolean accepts(int comparison) {
        switch (this) {
            case EQ:
                return comparison == 0;
            case NE:
                return comparison != 0;
            case LT:
                return comparison < 0;
            case LE:
                return comparison <= 0;
            case GT:
                return comparison > 0;
            default:
                return comparison >= 0;
        }
    }
}
