package io.partidb.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code UPDATE t SET path = expr ... REMOVE path ... WHERE cond [RETURNING ...]}, also in
 * DynamoDB's FROM-first form. Actions keep their textual order.
 */
public record UpdateStatement(
        TableRef table,
        List<UpdateAction> actions,
        Expr where,
        Optional<Returning> returning,
        SourcePosition position) implements Statement {
    public UpdateStatement {
        actions = List.copyOf(actions);
    }

    /** One SET or REMOVE clause. */
    public sealed interface UpdateAction extends Node permits SetAction, RemoveAction {
    }

    /** {@code SET path = value}. */
    public record SetAction(PathExpr target, Expr value, SourcePosition position)
            implements UpdateAction {
    }

    /** {@code REMOVE path}. */
    public record RemoveAction(PathExpr target, SourcePosition position) implements UpdateAction {
    }
}
