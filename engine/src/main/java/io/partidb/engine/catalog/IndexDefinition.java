package io.partidb.engine.catalog;

import java.util.Objects;

/**
 * A secondary index: its name (3 to 255 characters of {@code [a-zA-Z0-9_.-]}), kind, key schema
 * and projection. Rules that relate the index to its table are checked by {@link TableDefinition}.
 */
public record IndexDefinition(String name, IndexKind kind, KeySchema keySchema,
        Projection projection) {

    /** Validates the name; a missing projection means {@link Projection#all()}. */
    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keySchema, "keySchema");
        Constraints.checkResourceName(name, "indexName");
        projection = projection == null ? Projection.all() : projection;
    }
}
