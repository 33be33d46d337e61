package io.partidb.ast;

/** {@code option = literal} in {@code WITH (...)} or {@code ALTER TABLE ... SET (...)}. */
public record TableOption(Name name, Literal value, SourcePosition position) implements Node {
}
