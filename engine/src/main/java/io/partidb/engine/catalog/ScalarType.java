package io.partidb.engine.catalog;

import io.partidb.engine.value.AttributeType;

/** The types a key attribute may have: string, number or binary. */
public enum ScalarType {
    S, N, B;

    /** The matching value type. */
    public AttributeType toAttributeType() {
        return switch (this) {
            case S -> AttributeType.S;
            case N -> AttributeType.N;
            case B -> AttributeType.B;
        };
    }
}
