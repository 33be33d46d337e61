package io.partidb.ast;

/**
 * {@code CREATE [GLOBAL | LOCAL] INDEX name ON table (pk [, sk]) [PROJECTION ...]}. Indexes
 * created after the table are always global, as in DynamoDB: LOCAL parses (to a declaration with
 * {@code global == false}) only so that the planner can refuse it with a clear message.
 */
public record CreateIndexStatement(Name table, IndexDecl index, SourcePosition position)
        implements Statement {
}
