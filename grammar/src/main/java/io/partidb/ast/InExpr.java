package io.partidb.ast;

import java.util.List;

/** {@code value [NOT] IN [v1, v2]} or {@code IN (v1, v2)}. */
public record InExpr(Expr value, List<Expr> candidates, boolean negated,
        SourcePosition position) implements Expr {
    public InExpr {
        candidates = List.copyOf(candidates);
    }
}
