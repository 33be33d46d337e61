package io.partidb.ast;

/** {@code left AND right}. */
public record AndExpr(Expr left, Expr right, SourcePosition position) implements Expr {
}
