package io.partidb.ast;

import java.util.List;

/** {@code PROJECTION {ALL | KEYS_ONLY | INCLUDE (a, ...)}} of an index; ALL when omitted. */
public record ProjectionSpec(Kind kind, List<Name> include, SourcePosition position)
        implements Node {
    public ProjectionSpec {
        include = List.copyOf(include);
    }

    /** The three projection types DynamoDB offers. */
    public enum Kind { ALL, KEYS_ONLY, INCLUDE }
}
