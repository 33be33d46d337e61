package io.partidb.ast;

import java.util.Optional;

/** {@code "table"} or {@code "table"."index"} in FROM / INTO / UPDATE. */
public record TableRef(Name table, Optional<Name> index, SourcePosition position) implements Node {
}
