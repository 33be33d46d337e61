package io.partidb.engine.expr;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

import java.util.Objects;

/**
 * One action of an {@link UpdateExpression}: SET, REMOVE, ADD or DELETE on a document path.
 * The path's parent must exist (a map for a key, a list for an index); the top-level attribute
 * always has one, the item.
 */
public sealed interface UpdateAction {

    /** The path the action writes. */
    DocumentPath path();

    /** The clause the action belongs to. */
    Clause clause();

    /** {@code SET path = value}. */
    static Set set(DocumentPath path, SetValue value) {
        return new Set(path, value);
    }

    /** {@code SET path = constant}. */
    static Set set(DocumentPath path, AttributeValue value) {
        return new Set(path, SetValue.value(value));
    }

    /** {@code REMOVE path}. */
    static Remove remove(DocumentPath path) {
        return new Remove(path);
    }

    /** {@code ADD path value}: a number to add or a set to unite with. */
    static Add add(DocumentPath path, AttributeValue value) {
        return new Add(path, value);
    }

    /** {@code DELETE path set}: the members to take out of a set. */
    static Delete delete(DocumentPath path, AttributeValue set) {
        return new Delete(path, set);
    }

    /** The four clauses of an update expression, in DynamoDB's spelling. */
    enum Clause {
        SET, REMOVE, ADD, DELETE
    }

    /**
     * {@code SET path = value}: replaces or creates the value. A list index past the end
     * appends (several in index order); the parent must exist.
     */
    record Set(DocumentPath path, SetValue value) implements UpdateAction {
        /** Requires a path and a value. */
        public Set {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Clause clause() {
            return Clause.SET;
        }

        @Override
        public String toString() {
            return path + " = " + value;
        }
    }

    /**
     * {@code REMOVE path}: removes the value; a list element removed shifts the later ones down.
     * Removing something absent does nothing, but the parent must exist, except on an item that
     * does not exist at all.
     */
    record Remove(DocumentPath path) implements UpdateAction {
        /** Requires a path. */
        public Remove {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public Clause clause() {
            return Clause.REMOVE;
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * {@code ADD path value}: adds a number (a missing value counts as 0) or unites a set with
     * a set of the same type (a missing value counts as empty). Only N, SS, NS and BS values.
     */
    record Add(DocumentPath path, AttributeValue value) implements UpdateAction {
        /** Rejects a value that is neither a number nor a set. */
        public Add {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            if (value.type() != AttributeType.N && !isSet(value.type())) {
                throw incorrectOperand("ADD", value.type());
            }
        }

        @Override
        public Clause clause() {
            return Clause.ADD;
        }

        @Override
        public String toString() {
            return path + " " + value;
        }
    }

    /**
     * {@code DELETE path set}: removes the members from a set of the same type; an emptied set
     * is removed, and a missing value stays missing. Only SS, NS and BS values.
     */
    record Delete(DocumentPath path, AttributeValue value) implements UpdateAction {
        /** Rejects a value that is not a set. */
        public Delete {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
            if (!isSet(value.type())) {
                throw incorrectOperand("DELETE", value.type());
            }
        }

        @Override
        public Clause clause() {
            return Clause.DELETE;
        }

        @Override
        public String toString() {
            return path + " " + value;
        }
    }

    private static boolean isSet(AttributeType type) {
        return type == AttributeType.SS || type == AttributeType.NS || type == AttributeType.BS;
    }

    // ADD and DELETE name the operand type in words, unlike functions and operators.
    private static EngineException incorrectOperand(String operator, AttributeType type) {
        String word = switch (type) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
            case BOOL -> "BOOLEAN";
            case NULL -> "NULL";
            case L -> "LIST";
            case M -> "MAP";
            default -> type.name(); // sets: never refused by ADD or DELETE
        };
        return ExpressionErrors.validation(ExpressionErrors.UPDATE + "Incorrect operand type for "
                + "operator or function; operator: " + operator + ", operand type: " + word);
    }
}
