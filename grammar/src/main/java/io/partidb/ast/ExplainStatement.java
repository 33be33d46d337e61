package io.partidb.ast;

/** {@code EXPLAIN <statement>}: show the plan instead of running the statement. */
public record ExplainStatement(Statement statement, SourcePosition position) implements Statement {
}
