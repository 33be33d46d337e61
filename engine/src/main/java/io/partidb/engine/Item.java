package io.partidb.engine;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An immutable item: attribute names to values in insertion order. Equality ignores the order, as
 * DynamoDB does. The size is DynamoDB's ({@link AttributeValues#sizeInBytes}), computed once.
 */
public final class Item {
    /** DynamoDB's attribute names are 1 byte up to (not including) 64 KB. */
    static final int MAX_NAME_BYTES = 65_535;

    private final Map<String, AttributeValue> attributes;
    // Racy single-check cache: every thread computes the same value, and int writes are atomic.
    private int size = -1;

    private Item(Map<String, AttributeValue> attributes) {
        this.attributes = attributes;
    }

    /**
     * A copy of {@code attributes}, keeping their order. Names must be 1 byte up to 64 KB of UTF-8
     * ({@link ErrorCode#VALIDATION} otherwise); values must not be null.
     */
    public static Item of(Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> copy = new LinkedHashMap<>(attributes);
        for (Map.Entry<String, AttributeValue> e : copy.entrySet()) {
            checkName(Objects.requireNonNull(e.getKey(), "attribute name"));
            Objects.requireNonNull(e.getValue(), "attribute value");
        }
        return new Item(Collections.unmodifiableMap(copy));
    }

    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "One or more parameter values were invalid: An attribute name cannot be empty");
        }
        // Three UTF-8 bytes per char at most, so only long names need measuring.
        if (name.length() > MAX_NAME_BYTES / 3
                && AttributeValues.utf8Length(name) > MAX_NAME_BYTES) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "One or more parameter values were invalid: An attribute name is longer than "
                            + MAX_NAME_BYTES + " bytes");
        }
    }

    /** The value of the attribute, or null when the item has no such attribute. */
    public AttributeValue get(String name) {
        return attributes.get(name);
    }

    /** All attributes in insertion order; unmodifiable. */
    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    /** The item's size as DynamoDB computes it: names plus values, in bytes. */
    public int sizeInBytes() {
        int result = size;
        if (result < 0) {
            result = 0;
            for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
                result += AttributeValues.sizeInBytes(e.getKey(), e.getValue());
            }
            size = result;
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Item other && attributes.equals(other.attributes);
    }

    @Override
    public int hashCode() {
        return attributes.hashCode();
    }

    /** A PartiQL-style tuple: {@code {'pk': 'a', 'n': 1}}. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            out.add("'" + e.getKey().replace("'", "''") + "': " + e.getValue());
        }
        return out.toString();
    }
}
