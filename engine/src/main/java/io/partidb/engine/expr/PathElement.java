package io.partidb.engine.expr;

import java.util.Objects;

/** One step of a {@link DocumentPath} after the attribute name: a map key or a list index. */
public sealed interface PathElement {

    /** A map key (or, as the first element of a path, the top-level attribute name). */
    static Field field(String name) {
        return new Field(name);
    }

    /** A list index. */
    static Index index(int index) {
        return new Index(index);
    }

    /** A map key: {@code .name}. */
    record Field(String name) implements PathElement {
        /** Rejects only null; DynamoDB map keys may be any string. */
        public Field {
            Objects.requireNonNull(name, "name");
        }

        /** The name as written in an expression: bare when it is an identifier, else quoted. */
        @Override
        public String toString() {
            return isIdentifier(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
        }

        private static boolean isIdentifier(String name) {
            if (name.isEmpty() || !isLetter(name.charAt(0))) {
                return false;
            }
            for (int i = 1; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
    }

    /** A list index: {@code [index]}, zero-based. */
    record Index(int index) implements PathElement {
        /** List indexes are never negative. */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("A list index cannot be negative: " + index);
            }
        }

        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }
}
