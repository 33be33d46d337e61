package io.partidb.engine.value;

import io.partidb.engine.error.ErrorCode;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One DynamoDB value of any of the ten types. Values are immutable and always valid: every
 * constructor applies DynamoDB's rules (number range and precision, non-empty duplicate-free sets,
 * at most 32 levels of nesting), so an invalid value cannot exist anywhere in the engine.
 *
 * <p>The nesting limit is checked where lists and maps are built: a value counts as one level, a
 * list or map one more than its deepest element, and no value may exceed 32 levels (an item's
 * attribute is level 1, so 31 map wraps around a scalar are the deepest DynamoDB accepts).
 *
 * <p>Equality is DynamoDB's: numbers compare by value (their canonical form is unique), sets and
 * maps ignore order, lists do not. {@code toString} renders a PartiQL-style literal:
 * {@code 'text'}, {@code 100}, {@code X'01FF'}, {@code true}, {@code NULL}, {@code [1, 'a']},
 * {@code {'k': 1}}, {@code <<'a', 'b'>>}.
 */
public sealed interface AttributeValue {

    /** The deepest nesting DynamoDB stores, counting an item's attribute as level 1. */
    int MAX_NESTING_DEPTH = 32;

    /** The DynamoDB type of this value. */
    AttributeType type();

    /** A string value; empty strings are allowed outside keys. */
    static S ofString(String value) {
        return new S(value);
    }

    /**
     * A number parsed from DynamoDB or PartiQL number text, e.g. {@code -1.5E3}. Fails with
     * {@link ErrorCode#VALIDATION} for text that is not a number and with
     * {@link ErrorCode#NUMBER_OUT_OF_RANGE} outside 1E-130 .. 9.99E+125 or beyond 38 digits.
     */
    static N ofNumber(String text) {
        return new N(Numbers.parse(Objects.requireNonNull(text, "text")));
    }

    /** A number; fails outside DynamoDB's range or beyond 38 significant digits. */
    static N ofNumber(BigDecimal value) {
        if (value.scale() == 0 && value.precision() <= 4) {
            return SmallNumbers.of(value.longValue());
        }
        return new N(value);
    }

    /** A number from an integer. */
    static N ofNumber(long value) {
        return SmallNumbers.of(value);
    }

    /** A binary value holding a copy of {@code value}. */
    static B ofBinary(byte[] value) {
        return new B(Bytes.of(value));
    }

    /** A boolean value. */
    static Bool ofBoolean(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    /** The NULL value (an attribute that is present and null, unlike a missing one). */
    static Null nul() {
        return Null.INSTANCE;
    }

    /** A list; fails when it would nest deeper than 32 levels. */
    static L ofList(List<AttributeValue> values) {
        return new L(values);
    }

    /** A map keeping the given order; fails when it would nest deeper than 32 levels. */
    static M ofMap(Map<String, AttributeValue> values) {
        return new M(values);
    }

    /** A string set in the given order; fails when empty or when members repeat. */
    static SS ofStringSet(Collection<String> values) {
        return new SS(Sets.distinct(values, Function.identity(), Sets.EMPTY_STRING_SET,
                Sets::describeStrings));
    }

    /** A number set in the given order; fails when empty, out of range, or when values repeat. */
    static NS ofNumberSet(Collection<BigDecimal> values) {
        return new NS(Sets.distinct(values, Numbers::canonical, Sets.EMPTY_NUMBER_SET,
                Sets::describeNumbers));
    }

    /** A binary set in the given order; fails when empty or when members repeat. */
    static BS ofBinarySet(Collection<Bytes> values) {
        return new BS(Sets.distinct(values, Function.identity(), Sets.EMPTY_BINARY_SET,
                Sets::describeBinaries));
    }

    /** A string ({@code S}). */
    record S(String value) implements AttributeValue {
        /** Rejects only null; DynamoDB strings may be empty outside keys. */
        public S {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.S;
        }

        // Written out rather than the record's generated equals, which goes through method
        // handles that the JIT does not always inline on the hash map lookups of every key.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof S other && value.equals(other.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return Literals.quote(value);
        }
    }

    /** A number ({@code N}), held in canonical form so that record equality is numeric equality. */
    record N(BigDecimal value) implements AttributeValue {
        /** Canonicalises the value and checks DynamoDB's range and precision. */
        public N {
            value = Numbers.canonical(Objects.requireNonNull(value, "value"));
        }

        @Override
        public AttributeType type() {
            return AttributeType.N;
        }

        // Written out, as in S.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof N other && value.equals(other.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        /** Plain decimal without exponent: {@code 1E+2} prints as {@code 100}. */
        @Override
        public String toString() {
            return Numbers.plain(value);
        }
    }

    /** A binary value ({@code B}). */
    record B(Bytes value) implements AttributeValue {
        /** Rejects only null; binary values may be empty outside keys. */
        public B {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.B;
        }

        // Written out, as in S.
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof B other && value.equals(other.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }

        @Override
        public String toString() {
            return Literals.binary(value);
        }
    }

    /** A boolean ({@code BOOL}). */
    record Bool(boolean value) implements AttributeValue {
        /** The true value. */
        public static final Bool TRUE = new Bool(true);
        /** The false value. */
        public static final Bool FALSE = new Bool(false);

        @Override
        public AttributeType type() {
            return AttributeType.BOOL;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** The NULL value ({@code NULL}): present and null, as opposed to a missing attribute. */
    record Null() implements AttributeValue {
        /** The one instance worth using; all instances are equal. */
        public static final Null INSTANCE = new Null();

        @Override
        public AttributeType type() {
            return AttributeType.NULL;
        }

        @Override
        public String toString() {
            return "NULL";
        }
    }

    /** A list ({@code L}): ordered, any element types, unmodifiable. */
    record L(List<AttributeValue> values) implements AttributeValue {
        /** Copies the elements and checks the nesting limit. */
        public L {
            values = List.copyOf(values);
            Literals.checkDepth(values);
        }

        @Override
        public AttributeType type() {
            return AttributeType.L;
        }

        @Override
        public String toString() {
            return Literals.list(values);
        }
    }

    /** A map ({@code M}): named values in insertion order, unmodifiable. */
    record M(Map<String, AttributeValue> values) implements AttributeValue {
        /** Copies the entries, keeping their order, and checks the nesting limit. */
        public M {
            Map<String, AttributeValue> copy = new LinkedHashMap<>(values);
            for (Map.Entry<String, AttributeValue> e : copy.entrySet()) {
                Objects.requireNonNull(e.getKey(), "map key");
                Objects.requireNonNull(e.getValue(), "map value");
            }
            values = Collections.unmodifiableMap(copy);
            Literals.checkDepth(values.values());
        }

        @Override
        public AttributeType type() {
            return AttributeType.M;
        }

        @Override
        public String toString() {
            return Literals.map(values);
        }
    }

    /** A string set ({@code SS}): non-empty, distinct members, insertion order kept. */
    record SS(Set<String> values) implements AttributeValue {
        /** Copies the members; a set may not be empty. */
        public SS {
            values = Sets.copy(values, Function.identity(), Sets.EMPTY_STRING_SET,
                    Sets::describeStrings);
        }

        @Override
        public AttributeType type() {
            return AttributeType.SS;
        }

        @Override
        public String toString() {
            return Literals.set(values, Literals::quote);
        }
    }

    /** A number set ({@code NS}) of canonical numbers: non-empty, distinct by value. */
    record NS(Set<BigDecimal> values) implements AttributeValue {
        /** Canonicalises and copies the members; numerically equal members are duplicates. */
        public NS {
            values = Sets.copy(values, Numbers::canonical, Sets.EMPTY_NUMBER_SET,
                    Sets::describeNumbers);
        }

        @Override
        public AttributeType type() {
            return AttributeType.NS;
        }

        @Override
        public String toString() {
            return Literals.set(values, Numbers::plain);
        }
    }

    /** A binary set ({@code BS}): non-empty, distinct members, insertion order kept. */
    record BS(Set<Bytes> values) implements AttributeValue {
        /** Copies the members; a set may not be empty. */
        public BS {
            values = Sets.copy(values, Function.identity(), Sets.EMPTY_BINARY_SET,
                    Sets::describeBinaries);
        }

        @Override
        public AttributeType type() {
            return AttributeType.BS;
        }

        @Override
        public String toString() {
            return Literals.set(values, Literals::binary);
        }
    }
}
