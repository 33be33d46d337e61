package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;

import java.util.Objects;

/**
 * An operand of a {@link Condition}: a document path read from the item, a constant, or
 * {@code size(path)}. Evaluating it against an item gives a value or null (MISSING).
 */
public sealed interface Operand {

    /** The operand's value for {@code item} (null: no item), or null when it is missing. */
    AttributeValue evaluate(Item item);

    /** The value at a document path. */
    static Path path(DocumentPath path) {
        return new Path(path);
    }

    /** The value of a top-level attribute. */
    static Path attribute(String name) {
        return new Path(DocumentPath.of(name));
    }

    /** A constant. */
    static Constant value(AttributeValue value) {
        return new Constant(value);
    }

    /** {@code size(path)}. */
    static Size size(DocumentPath path) {
        return new Size(path);
    }

    /** A value read from the item at a document path. */
    record Path(DocumentPath path) implements Operand {
        /** Requires a path. */
        public Path {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public AttributeValue evaluate(Item item) {
            return path.get(item);
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A constant value given with the expression. */
    record Constant(AttributeValue value) implements Operand {
        /** Requires a value. */
        public Constant {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeValue evaluate(Item item) {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * {@code size(path)}: a number for strings (UTF-16 code units, as DynamoDB counts), binaries
     * (bytes), sets (members), lists and maps (elements); missing for a missing value and for N,
     * BOOL and NULL, so that any comparison with it is false.
     */
    record Size(DocumentPath path) implements Operand {
        /** Requires a path. */
        public Size {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public AttributeValue evaluate(Item item) {
            int size = Values.size(path.get(item));
            return size < 0 ? null : AttributeValue.ofNumber(size);
        }

        @Override
        public String toString() {
            return "size(" + path + ")";
        }
    }
}
