package io.partidb.engine.catalog;

import java.util.Objects;

/** One key attribute of a table or index: its name (1 to 255 bytes) and scalar type. */
public record KeyElement(String name, ScalarType type) {

    /** Validates the name's length as DynamoDB's key schema does. */
    public KeyElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Constraints.checkByteLength(name, "keySchema.member.attributeName", 255);
    }

    /** A key element; a shorthand for the constructor. */
    public static KeyElement of(String name, ScalarType type) {
        return new KeyElement(name, type);
    }
}
