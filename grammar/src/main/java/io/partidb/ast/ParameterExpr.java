package io.partidb.ast;

/** A {@code ?} placeholder; {@code index} is 0-based in textual order. */
public record ParameterExpr(int index, SourcePosition position) implements Expr {
}
