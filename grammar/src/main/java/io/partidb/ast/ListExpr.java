package io.partidb.ast;

import java.util.List;

/** {@code [e1, e2, ...]}: a DynamoDB list (L). */
public record ListExpr(List<Expr> elements, SourcePosition position) implements Expr {
    public ListExpr {
        elements = List.copyOf(elements);
    }
}
