package io.partidb.engine.catalog;

import io.partidb.engine.value.AttributeType;

import java.util.Objects;

/**
 * An attribute declared in DDL, kept as metadata for SQL tools: its name, the DynamoDB type its
 * values have ({@code null} when the declaration allows any type), the SQL type text as written
 * (e.g. {@code VARCHAR(20)}, may be null) and whether it was declared NOT NULL.
 */
public record AttributeDefinition(String name, AttributeType type, String declaredType,
        boolean notNull) {

    /** Requires a non-empty name. */
    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw Constraints.invalid("An attribute name cannot be empty");
        }
    }
}
