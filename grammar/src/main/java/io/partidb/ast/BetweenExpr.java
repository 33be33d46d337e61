package io.partidb.ast;

/** {@code value [NOT] BETWEEN low AND high} (inclusive). */
public record BetweenExpr(Expr value, Expr low, Expr high, boolean negated,
        SourcePosition position) implements Expr {
}
