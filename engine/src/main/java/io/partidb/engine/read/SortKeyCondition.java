package io.partidb.engine.read;

import io.partidb.engine.storage.SortKeyRange;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import io.partidb.engine.value.Bytes;

import java.util.Objects;

/**
 * A Query's condition on the sort key, one of the forms DynamoDB accepts in a key condition:
 * a comparison ({@code = < <= > >=}), {@code BETWEEN low AND high} (inclusive) or
 * {@code begins_with(prefix)} (S and B sort keys only). Operands are compared in DynamoDB's key
 * order ({@link AttributeValues#KEY_ORDER}). Each condition is a contiguous range of that order,
 * which is how a Query reads only the items it selects.
 */
public sealed interface SortKeyCondition
        permits SortKeyCondition.Comparison, SortKeyCondition.Between,
        SortKeyCondition.BeginsWith {

    /** {@code sk = value}. */
    static SortKeyCondition eq(AttributeValue value) {
        return new Comparison(Operator.EQ, value);
    }

    /** {@code sk < value}. */
    static SortKeyCondition lt(AttributeValue value) {
        return new Comparison(Operator.LT, value);
    }

    /** {@code sk <= value}. */
    static SortKeyCondition le(AttributeValue value) {
        return new Comparison(Operator.LE, value);
    }

    /** {@code sk > value}. */
    static SortKeyCondition gt(AttributeValue value) {
        return new Comparison(Operator.GT, value);
    }

    /** {@code sk >= value}. */
    static SortKeyCondition ge(AttributeValue value) {
        return new Comparison(Operator.GE, value);
    }

    /** {@code sk BETWEEN low AND high}, both ends included. */
    static SortKeyCondition between(AttributeValue low, AttributeValue high) {
        return new Between(low, high);
    }

    /** {@code begins_with(sk, prefix)}. */
    static SortKeyCondition beginsWith(AttributeValue prefix) {
        return new BeginsWith(prefix);
    }

    /**
     * Whether a sort key value satisfies the condition. The key must have the operands' type,
     * which {@code Table.query} checks before any item is read.
     */
    boolean matches(AttributeValue sortKey);

    /** The sort key values satisfying the condition, as one interval of the key order. */
    SortKeyRange range();

    /** The comparison operators of a key condition. */
    enum Operator {
        EQ("="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in a condition, e.g. {@code <=}. */
        public String symbol() {
            return symbol;
        }
    }

    /** {@code sk <op> value}. */
    record Comparison(Operator operator, AttributeValue value) implements SortKeyCondition {
        /** Requires both parts. */
        public Comparison {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean matches(AttributeValue sortKey) {
            int c = AttributeValues.KEY_ORDER.compare(sortKey, value);
            return switch (operator) {
                case EQ -> c == 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }

        @Override
        public SortKeyRange range() {
            return switch (operator) {
                case EQ -> SortKeyRange.closed(value, value);
                case LT -> SortKeyRange.to(value, false);
                case LE -> SortKeyRange.to(value, true);
                case GT -> SortKeyRange.from(value, false);
                case GE -> SortKeyRange.from(value, true);
            };
        }

        @Override
        public String toString() {
            return operator.symbol() + " " + value;
        }
    }

    /** {@code sk BETWEEN low AND high}, inclusive. */
    record Between(AttributeValue low, AttributeValue high) implements SortKeyCondition {
        /** Requires both bounds; their order is checked with the table's key schema. */
        public Between {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        @Override
        public boolean matches(AttributeValue sortKey) {
            return AttributeValues.KEY_ORDER.compare(sortKey, low) >= 0
                    && AttributeValues.KEY_ORDER.compare(sortKey, high) <= 0;
        }

        @Override
        public SortKeyRange range() {
            return SortKeyRange.closed(low, high);
        }

        @Override
        public String toString() {
            return "BETWEEN " + low + " AND " + high;
        }
    }

    /** {@code begins_with(sk, prefix)} on a string or binary sort key. */
    record BeginsWith(AttributeValue prefix) implements SortKeyCondition {
        /** Requires a prefix; its type (S or B) is checked with the table's key schema. */
        public BeginsWith {
            Objects.requireNonNull(prefix, "prefix");
        }

        @Override
        public boolean matches(AttributeValue sortKey) {
            if (prefix instanceof AttributeValue.S p && sortKey instanceof AttributeValue.S s) {
                return s.value().startsWith(p.value());
            }
            if (prefix instanceof AttributeValue.B p && sortKey instanceof AttributeValue.B b) {
                Bytes head = p.value();
                Bytes value = b.value();
                if (value.length() < head.length()) {
                    return false;
                }
                for (int i = 0; i < head.length(); i++) {
                    if (value.byteAt(i) != head.byteAt(i)) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }

        /**
         * The values starting with the prefix: from the prefix itself up to, not including, the
         * smallest value above every one of them (none when the prefix is all maximal units).
         */
        @Override
        public SortKeyRange range() {
            AttributeValue end = PrefixBound.after(prefix);
            return end == null ? SortKeyRange.from(prefix, true)
                    : new SortKeyRange(prefix, true, end, false);
        }

        @Override
        public String toString() {
            return "begins_with(" + prefix + ")";
        }
    }
}
