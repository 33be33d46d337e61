package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * A condition on an item with DynamoDB's semantics, usable as a write condition, a Query or
 * Scan filter ({@code Predicate<Item>}) or a PartiQL WHERE clause.
 *
 * <p>Evaluation never fails: a missing operand makes a comparison false (and {@code <>} true),
 * values of different types are never equal or ordered, ordering applies to S, N and B only and
 * a stored value of another type simply fails the test. What DynamoDB rejects before reading the
 * item is rejected when the condition is built, with a VALIDATION error: a constant of a type the
 * operator never accepts ({@code a < true}), the same path on both sides ({@code a = a}), and
 * BETWEEN bounds that are constants of different types or in the wrong order.
 */
public sealed interface Condition extends Predicate<Item> {

    /** Whether {@code item} satisfies the condition; a null item (none stored) has nothing. */
    @Override
    boolean test(Item item);

    /** {@code left <op> right}. */
    static Comparison compare(ComparisonOperator operator, Operand left, Operand right) {
        return new Comparison(operator, left, right);
    }

    /** {@code left = right}. */
    static Comparison eq(Operand left, Operand right) {
        return new Comparison(ComparisonOperator.EQ, left, right);
    }

    /** {@code left <> right}. */
    static Comparison ne(Operand left, Operand right) {
        return new Comparison(ComparisonOperator.NE, left, right);
    }

    /** {@code left < right}. */
    static Comparison lt(Operand left, Operand right) {
        return new Comparison(ComparisonOperator.LT, left, right);
    }

    /** {@code left <= right}. */
    static Comparison le(Operand left, Operand right) {
        return new Comparison(ComparisonOperator.LE, left, right);
    }

    /** {@code left > right}. */
    static Comparison gt(Operand left, Operand right) {
        return new Comparison(ComparisonOperator.GT, left, right);
    }

    /** {@code left >= right}. */
    static Comparison ge(Operand left, Operand right) {
        return new Comparison(ComparisonOperator.GE, left, right);
    }

    /** {@code value BETWEEN lower AND upper}, bounds included. */
    static Between between(Operand value, Operand lower, Operand upper) {
        return new Between(value, lower, upper);
    }

    /** {@code value IN (candidates)}. */
    static In in(Operand value, List<Operand> candidates) {
        return new In(value, candidates);
    }

    /** {@code value IN (candidates)}. */
    static In in(Operand value, Operand... candidates) {
        return new In(value, List.of(candidates));
    }

    /** {@code first AND second AND ...}, grouped from the left. */
    static Condition and(Condition first, Condition second, Condition... more) {
        Condition result = new And(first, second);
        for (Condition next : more) {
            result = new And(result, next);
        }
        return result;
    }

    /** {@code first OR second OR ...}, grouped from the left. */
    static Condition or(Condition first, Condition second, Condition... more) {
        Condition result = new Or(first, second);
        for (Condition next : more) {
            result = new Or(result, next);
        }
        return result;
    }

    /** {@code NOT condition}. */
    static Not not(Condition condition) {
        return new Not(condition);
    }

    /** {@code attribute_exists(path)}. */
    static AttributeExists attributeExists(DocumentPath path) {
        return new AttributeExists(path);
    }

    /** {@code attribute_not_exists(path)}. */
    static AttributeNotExists attributeNotExists(DocumentPath path) {
        return new AttributeNotExists(path);
    }

    /** {@code attribute_type(path, type)}. */
    static AttributeTypeIs attributeType(DocumentPath path, AttributeType type) {
        return new AttributeTypeIs(Operand.path(path), type);
    }

    /** {@code attribute_type(operand, type)}; DynamoDB also accepts a constant operand. */
    static AttributeTypeIs attributeType(Operand operand, AttributeType type) {
        return new AttributeTypeIs(operand, type);
    }

    /** {@code begins_with(value, prefix)}. */
    static BeginsWith beginsWith(Operand value, Operand prefix) {
        return new BeginsWith(value, prefix);
    }

    /** {@code contains(container, operand)}. */
    static Contains contains(Operand container, Operand operand) {
        return new Contains(container, operand);
    }

    /**
     * {@code left <op> right}. {@code =} is true when both are present and equal; {@code <>} is
     * its negation (so true when either is missing); ordering operators need both present, of
     * one type among S, N and B.
     */
    record Comparison(ComparisonOperator operator, Operand left, Operand right)
            implements Condition {
        /** Rejects the same path twice and, for ordering operators, unorderable constants. */
        public Comparison {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Checks.distinct(operator.symbol(), left, right);
            if (operator.isOrdering()) {
                Checks.orderable(operator.symbol(), left);
                Checks.orderable(operator.symbol(), right);
            }
        }

        @Override
        public boolean test(Item item) {
            AttributeValue a = left.evaluate(item);
            AttributeValue b = right.evaluate(item);
            if (operator == ComparisonOperator.EQ) {
                return Values.equal(a, b);
            }
            if (operator == ComparisonOperator.NE) {
                return !Values.equal(a, b);
            }
            Integer order = Values.order(a, b);
            return order != null && operator.accepts(order);
        }

        @Override
        public String toString() {
            return left + " " + operator.symbol() + " " + right;
        }
    }

    /** {@code value BETWEEN lower AND upper}: {@code lower <= value <= upper}, same type. */
    record Between(Operand value, Operand lower, Operand upper) implements Condition {
        /** Rejects unorderable constants and constant bounds of two types or out of order. */
        public Between {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
            Checks.distinct("BETWEEN", value, lower, upper);
            Checks.orderable("BETWEEN", value);
            Checks.orderable("BETWEEN", lower);
            Checks.orderable("BETWEEN", upper);
            Checks.bounds(lower, upper);
        }

        @Override
        public boolean test(Item item) {
            AttributeValue v = value.evaluate(item);
            Integer fromLower = Values.order(v, lower.evaluate(item));
            if (fromLower == null || fromLower < 0) {
                return false;
            }
            Integer toUpper = Values.order(v, upper.evaluate(item));
            return toUpper != null && toUpper <= 0;
        }

        @Override
        public String toString() {
            return value + " BETWEEN " + lower + " AND " + upper;
        }
    }

    /** {@code value IN (candidates)}: present and equal to one of them; any types. */
    record In(Operand value, List<Operand> candidates) implements Condition {
        /** Requires at least one candidate, none the same path as the value. */
        public In {
            Objects.requireNonNull(value, "value");
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("IN needs at least one candidate");
            }
            Checks.distinct("IN", value, candidates.toArray(new Operand[0]));
        }

        @Override
        public boolean test(Item item) {
            AttributeValue v = value.evaluate(item);
            if (v == null) {
                return false;
            }
            for (Operand candidate : candidates) {
                if (v.equals(candidate.evaluate(item))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            StringJoiner out = new StringJoiner(", ", value + " IN (", ")");
            for (Operand candidate : candidates) {
                out.add(candidate.toString());
            }
            return out.toString();
        }
    }

    /** {@code left AND right}. */
    record And(Condition left, Condition right) implements Condition {
        /** Requires both sides. */
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean test(Item item) {
            return left.test(item) && right.test(item);
        }

        @Override
        public String toString() {
            return Checks.grouped(left, Or.class) + " AND " + Checks.grouped(right, Or.class);
        }
    }

    /** {@code left OR right}. */
    record Or(Condition left, Condition right) implements Condition {
        /** Requires both sides. */
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean test(Item item) {
            return left.test(item) || right.test(item);
        }

        @Override
        public String toString() {
            return left + " OR " + right;
        }
    }

    /** {@code NOT condition}; true where a comparison is false for a missing attribute. */
    record Not(Condition condition) implements Condition {
        /** Requires the negated condition. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(Item item) {
            return !condition.test(item);
        }

        @Override
        public String toString() {
            boolean group = condition instanceof And || condition instanceof Or;
            return "NOT " + (group ? "(" + condition + ")" : condition.toString());
        }
    }

    /** {@code attribute_exists(path)}: the path leads to a value (NULL included). */
    record AttributeExists(DocumentPath path) implements Condition {
        /** Requires a path. */
        public AttributeExists {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public boolean test(Item item) {
            return path.get(item) != null;
        }

        @Override
        public String toString() {
            return "attribute_exists(" + path + ")";
        }
    }

    /** {@code attribute_not_exists(path)}: the path leads nowhere. */
    record AttributeNotExists(DocumentPath path) implements Condition {
        /** Requires a path. */
        public AttributeNotExists {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public boolean test(Item item) {
            return path.get(item) == null;
        }

        @Override
        public String toString() {
            return "attribute_not_exists(" + path + ")";
        }
    }

    /** {@code attribute_type(operand, type)}: the operand is present and of that type. */
    record AttributeTypeIs(Operand operand, AttributeType type) implements Condition {
        /** Requires an operand and a type. */
        public AttributeTypeIs {
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public boolean test(Item item) {
            AttributeValue value = operand.evaluate(item);
            return value != null && value.type() == type;
        }

        @Override
        public String toString() {
            return "attribute_type(" + operand + ", '" + type + "')";
        }
    }

    /**
     * {@code begins_with(value, prefix)}: a string starting with a string or a binary starting
     * with a binary; false for anything else found in the item.
     */
    record BeginsWith(Operand value, Operand prefix) implements Condition {
        /** Rejects the same path twice and constants that are neither S nor B. */
        public BeginsWith {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(prefix, "prefix");
            Checks.distinct("begins_with", value, prefix);
            Checks.stringOrBinary("begins_with", value);
            Checks.stringOrBinary("begins_with", prefix);
        }

        @Override
        public boolean test(Item item) {
            return Values.beginsWith(value.evaluate(item), prefix.evaluate(item));
        }

        @Override
        public String toString() {
            return "begins_with(" + value + ", " + prefix + ")";
        }
    }

    /**
     * {@code contains(container, operand)}: a substring of a string, bytes inside a binary, a
     * member of a set of the operand's type, or an element of a list (any type, compared by
     * value); false otherwise.
     */
    record Contains(Operand container, Operand operand) implements Condition {
        /** Rejects the same path twice. */
        public Contains {
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(operand, "operand");
            Checks.distinct("contains", container, operand);
        }

        @Override
        public boolean test(Item item) {
            return Values.contains(container.evaluate(item), operand.evaluate(item));
        }

        @Override
        public String toString() {
            return "contains(" + container + ", " + operand + ")";
        }
    }
}
