package io.partidb.ast;

/** {@code DROP TABLE [IF EXISTS] name}. */
public record DropTableStatement(boolean ifExists, Name table, SourcePosition position)
        implements Statement {
}
