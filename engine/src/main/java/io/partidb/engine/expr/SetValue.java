package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The right-hand side of a SET action: a path, a constant, {@code if_not_exists(path, value)},
 * {@code list_append(a, b)}, {@code a + b} or {@code a - b}. It is always evaluated against the
 * item as it was before the update, so {@code SET a = b, b = a} swaps.
 *
 * <p>Constants of a type the function never accepts ({@code list_append} of a string,
 * {@code +} of a list) and {@code list_append} nested in {@code list_append} are rejected when
 * the value is built, with DynamoDB's {@code Invalid UpdateExpression: } texts; a path that is
 * missing or holds the wrong type fails when the update runs.
 */
public sealed interface SetValue {

    /** The value for the item before the update (null: none); fails as DynamoDB does. */
    AttributeValue evaluate(Item item);

    /** The value at a document path, which must exist. */
    static Path path(DocumentPath path) {
        return new Path(path);
    }

    /** A constant. */
    static Constant value(AttributeValue value) {
        return new Constant(value);
    }

    /** {@code if_not_exists(path, fallback)}. */
    static IfNotExists ifNotExists(DocumentPath path, SetValue fallback) {
        return new IfNotExists(path, fallback);
    }

    /** {@code list_append(first, second)}. */
    static ListAppend listAppend(SetValue first, SetValue second) {
        return new ListAppend(first, second);
    }

    /** {@code left + right}. */
    static Plus plus(SetValue left, SetValue right) {
        return new Plus(left, right);
    }

    /** {@code left - right}. */
    static Minus minus(SetValue left, SetValue right) {
        return new Minus(left, right);
    }

    /**
     * The value at a path; a missing one fails with {@code The provided expression refers to an
     * attribute that does not exist in the item}.
     */
    record Path(DocumentPath path) implements SetValue {
        /** Requires a path. */
        public Path {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public AttributeValue evaluate(Item item) {
            AttributeValue value = path.get(item);
            if (value == null) {
                throw ExpressionErrors.validation(ExpressionErrors.MISSING_ATTRIBUTE);
            }
            return value;
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A constant. */
    record Constant(AttributeValue value) implements SetValue {
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

    /** {@code if_not_exists(path, fallback)}: the value at the path if any, else the fallback. */
    record IfNotExists(DocumentPath path, SetValue fallback) implements SetValue {
        /** Rejects a fallback that is the same path. */
        public IfNotExists {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fallback, "fallback");
            if (fallback instanceof Path other && other.path().equals(path)) {
                throw ExpressionErrors.notDistinct(ExpressionErrors.UPDATE, "if_not_exists", path);
            }
        }

        @Override
        public AttributeValue evaluate(Item item) {
            AttributeValue value = path.get(item);
            return value != null ? value : fallback.evaluate(item);
        }

        @Override
        public String toString() {
            return "if_not_exists(" + path + ", " + fallback + ")";
        }
    }

    /** {@code list_append(first, second)}: the elements of two lists, first's first. */
    record ListAppend(SetValue first, SetValue second) implements SetValue {
        /** Rejects constants that are not lists and a nested {@code list_append}. */
        public ListAppend {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            for (SetValue operand : List.of(first, second)) {
                if (operand instanceof ListAppend) {
                    throw ExpressionErrors.validation(ExpressionErrors.UPDATE + "The function is "
                            + "not allowed to be used this way in an expression; function: "
                            + "list_append");
                }
                requireConstantType("list_append", operand, AttributeType.L);
            }
        }

        @Override
        public AttributeValue evaluate(Item item) {
            AttributeValue a = first.evaluate(item);
            AttributeValue b = second.evaluate(item);
            if (!(a instanceof AttributeValue.L x) || !(b instanceof AttributeValue.L y)) {
                throw ExpressionErrors.wrongDataType();
            }
            List<AttributeValue> joined = new ArrayList<>(x.values().size() + y.values().size());
            joined.addAll(x.values());
            joined.addAll(y.values());
            return AttributeValue.ofList(joined);
        }

        @Override
        public String toString() {
            return "list_append(" + first + ", " + second + ")";
        }
    }

    /** {@code left + right}: exact decimal addition of two numbers within DynamoDB's range. */
    record Plus(SetValue left, SetValue right) implements SetValue {
        /** Rejects constants that are not numbers. */
        public Plus {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            requireConstantType("+", left, AttributeType.N);
            requireConstantType("+", right, AttributeType.N);
        }

        @Override
        public AttributeValue evaluate(Item item) {
            return ExpressionErrors.computedNumber(number(left, item).add(number(right, item)));
        }

        @Override
        public String toString() {
            return left + " + " + right;
        }
    }

    /** {@code left - right}: exact decimal subtraction of two numbers within DynamoDB's range. */
    record Minus(SetValue left, SetValue right) implements SetValue {
        /** Rejects constants that are not numbers. */
        public Minus {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            requireConstantType("-", left, AttributeType.N);
            requireConstantType("-", right, AttributeType.N);
        }

        @Override
        public AttributeValue evaluate(Item item) {
            return ExpressionErrors.computedNumber(
                    number(left, item).subtract(number(right, item)));
        }

        @Override
        public String toString() {
            return left + " - " + right;
        }
    }

    private static void requireConstantType(String function, SetValue operand, AttributeType type) {
        if (operand instanceof Constant constant && constant.value().type() != type) {
            throw ExpressionErrors.incorrectOperandType(ExpressionErrors.UPDATE, function,
                    constant.value().type());
        }
    }

    private static BigDecimal number(SetValue operand, Item item) {
        if (operand.evaluate(item) instanceof AttributeValue.N n) {
            return n.value();
        }
        throw ExpressionErrors.wrongDataType();
    }
}
