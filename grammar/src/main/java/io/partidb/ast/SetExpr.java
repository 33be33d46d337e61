package io.partidb.ast;

import java.util.List;

/** {@code <<e1, e2, ...>>}: a set (bag) literal, SS or NS once its members are known. */
public record SetExpr(List<Expr> elements, SourcePosition position) implements Expr {
    public SetExpr {
        elements = List.copyOf(elements);
    }
}
