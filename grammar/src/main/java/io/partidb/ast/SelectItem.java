package io.partidb.ast;

import java.util.Optional;

/**
 * One entry of a SELECT list: an expression (usually a path) with an optional alias.
 * {@code SELECT *} is represented by {@link SelectStatement#star()}, not by a select item.
 */
public record SelectItem(Expr expr, Optional<Name> alias, SourcePosition position) implements Node {
}
