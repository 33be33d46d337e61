package io.partidb.ast;

/** {@code name type [NOT NULL]} in CREATE TABLE. */
public record AttributeDecl(Name name, TypeSpec type, boolean notNull, SourcePosition position)
        implements Node {
}
