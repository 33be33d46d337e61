package io.partidb.ast;

import java.util.List;

/** {@code {'k': v, ...}}: a DynamoDB map (M), entries in textual order. */
public record MapExpr(List<Entry> entries, SourcePosition position) implements Expr {
    public MapExpr {
        entries = List.copyOf(entries);
    }

    /** One {@code 'key': value} pair; the key is a string literal in DynamoDB's dialect. */
    public record Entry(String key, Expr value, SourcePosition position) {
    }
}
