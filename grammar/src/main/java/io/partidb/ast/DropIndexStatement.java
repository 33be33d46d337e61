package io.partidb.ast;

/** {@code DROP INDEX name ON table}. */
public record DropIndexStatement(Name index, Name table, SourcePosition position)
        implements Statement {
}
