package io.partidb.ast;

/** {@code left OR right}. */
public record OrExpr(Expr left, Expr right, SourcePosition position) implements Expr {
}
