package io.partidb.ast;

import java.util.Optional;

/** {@code DELETE FROM t WHERE cond [RETURNING ALL OLD *]}. */
public record DeleteStatement(TableRef from, Expr where, Optional<Returning> returning,
        SourcePosition position) implements Statement {
}
