package io.partidb.ast;

import java.util.List;

/**
 * {@code LOCAL|GLOBAL INDEX name (pk [, sk]) [PROJECTION ...]} inside CREATE TABLE, or the body
 * of CREATE INDEX. {@code keys} holds one or two attribute names.
 */
public record IndexDecl(boolean global, Name name, List<Name> keys, ProjectionSpec projection,
        SourcePosition position) implements Node {
    public IndexDecl {
        keys = List.copyOf(keys);
    }
}
