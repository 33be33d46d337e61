package io.partidb.ast;

/** Unary minus on a non-literal operand ({@code -x}); {@code -5} is a number literal. */
public record NegateExpr(Expr operand, SourcePosition position) implements Expr {
}
