package io.partidb.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code SELECT (* | item, ...) FROM table[.index] [WHERE expr] [ORDER BY ...]
 * [LIMIT n [OFFSET m]]}. {@code items} is empty exactly when {@code star} is true.
 */
public record SelectStatement(
        boolean star,
        List<SelectItem> items,
        TableRef from,
        Optional<Expr> where,
        List<OrderItem> orderBy,
        Optional<Expr> limit,
        Optional<Expr> offset,
        SourcePosition position) implements Statement {
    public SelectStatement {
        items = List.copyOf(items);
        orderBy = List.copyOf(orderBy);
    }
}
