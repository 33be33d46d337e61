package io.partidb.ast;

/** {@code NOT operand}. */
public record NotExpr(Expr operand, SourcePosition position) implements Expr {
}
