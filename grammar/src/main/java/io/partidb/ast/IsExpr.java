package io.partidb.ast;

/**
 * {@code value IS [NOT] NULL | MISSING | <type>}; {@code test} is upper-case: {@code NULL},
 * {@code MISSING}, or a type word as written ({@code STRING}, {@code BOOL}, ...).
 */
public record IsExpr(Expr value, String test, boolean negated, SourcePosition position)
        implements Expr {
}
