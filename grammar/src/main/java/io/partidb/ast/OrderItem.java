package io.partidb.ast;

/** One ORDER BY entry. */
public record OrderItem(Expr expr, boolean descending, SourcePosition position) implements Node {
}
