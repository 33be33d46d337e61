package io.partidb.engine;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An immutable item: attribute names to values in insertion order. Equality ignores the order, as
 * DynamoDB does. The size is DynamoDB's ({@link AttributeValues#sizeInBytes}), computed once.
 *
 * <p>An item is two parallel arrays, names and values, rather than a hash map: a typical item
 * has a handful of attributes, which a linear search finds faster than hashing, and the arrays
 * take a third of a linked hash map's memory. Items written by one statement or updated in place
 * share their names array (it is never modified), so a table of similar items holds each list of
 * names once. Items with many attributes also get a hash index from name to position.
 */
public final class Item {
    /** DynamoDB's attribute names are 1 byte up to (not including) 64 KB. */
    static final int MAX_NAME_BYTES = 65_535;
    /** From this many attributes on, lookups by name go through a hash index. */
    private static final int INDEXED_FROM = 12;
    private static final String[] NO_NAMES = new String[0];
    private static final AttributeValue[] NO_VALUES = new AttributeValue[0];

    private final String[] names;
    private final AttributeValue[] values;
    // Name to position, only for wide items (null otherwise).
    private final Map<String, Integer> index;
    // Racy single-check cache: every thread computes the same value, and int writes are atomic.
    private int size = -1;

    private Item(String[] names, AttributeValue[] values) {
        this.names = names;
        this.values = values;
        this.index = names.length < INDEXED_FROM ? null : indexOf(names);
    }

    /**
     * A copy of {@code attributes}, keeping their order. Names must be 1 byte up to 64 KB of UTF-8
     * ({@link ErrorCode#VALIDATION} otherwise); values must not be null.
     */
    public static Item of(Map<String, AttributeValue> attributes) {
        int count = attributes.size();
        if (count == 0) {
            return new Item(NO_NAMES, NO_VALUES);
        }
        String[] names = new String[count];
        AttributeValue[] values = new AttributeValue[count];
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
            names[i] = checkName(Objects.requireNonNull(e.getKey(), "attribute name"));
            values[i] = Objects.requireNonNull(e.getValue(), "attribute value");
            i++;
        }
        if (i != count) {
            throw new IllegalArgumentException("attributes changed while being copied");
        }
        return new Item(names, values);
    }

    /**
     * The item with {@code names[i]} set to {@code values[i]}, in that order. Both arrays are
     * taken, not copied: the caller must never change them afterwards (a names array can be
     * shared by any number of items). Names must be distinct and valid, values not null.
     */
    public static Item ofArrays(String[] names, AttributeValue[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names but " + values.length
                    + " values");
        }
        for (int i = 0; i < names.length; i++) {
            checkName(Objects.requireNonNull(names[i], "attribute name"));
            Objects.requireNonNull(values[i], "attribute value");
        }
        if (names.length < INDEXED_FROM) {
            for (int i = 1; i < names.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (names[i].equals(names[j])) {
                        throw duplicate(names[i]);
                    }
                }
            }
        }
        // wide items check for duplicates while building their index
        return new Item(names, values);
    }

    private static Map<String, Integer> indexOf(String[] names) {
        Map<String, Integer> index = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            if (index.put(names[i], i) != null) {
                throw duplicate(names[i]);
            }
        }
        return index;
    }

    private static IllegalArgumentException duplicate(String name) {
        return new IllegalArgumentException("duplicate attribute name: " + name);
    }

    private static String checkName(String name) {
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
        return name;
    }

    /** The value of the attribute, or null when the item has no such attribute. */
    public AttributeValue get(String name) {
        int position = positionOf(name);
        return position < 0 ? null : values[position];
    }

    /** Whether the item has the attribute. */
    public boolean has(String name) {
        return positionOf(name) >= 0;
    }

    private int positionOf(String name) {
        if (index != null) {
            Integer position = index.get(name);
            return position == null ? -1 : position;
        }
        String[] own = names;
        for (int i = 0; i < own.length; i++) {
            if (own[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < own.length; i++) {
            if (own[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Makes the attribute that holds {@code held} (that very instance) hold {@code equal}, an
     * equal value the table already stores, so that the table keeps one copy of it: the items of
     * one item collection then share their partition key value. No reader can tell, as the value
     * is equal and immutable and either reference a racing reader sees is a complete value.
     * Does nothing when no attribute holds {@code held}.
     */
    public void shareValue(AttributeValue held, AttributeValue equal) {
        if (held == equal) {
            return;
        }
        if (!held.equals(equal)) {
            throw new IllegalArgumentException("a shared value must equal the one it replaces");
        }
        AttributeValue[] own = values;
        for (int i = 0; i < own.length; i++) {
            if (own[i] == held) {
                own[i] = equal;
                return;
            }
        }
    }

    /** The number of attributes. */
    public int attributeCount() {
        return names.length;
    }

    /** The name of the attribute at {@code position} (0 to {@link #attributeCount()} - 1). */
    public String name(int position) {
        return names[position];
    }

    /** The value of the attribute at {@code position} (0 to {@link #attributeCount()} - 1). */
    public AttributeValue value(int position) {
        return values[position];
    }

    /** All attributes in insertion order; an unmodifiable view. */
    public Map<String, AttributeValue> attributes() {
        return new AttributesView(this);
    }

    /**
     * This item with the attributes {@code setNames[i]} set to {@code setValues[i]}: existing
     * ones keep their position, new ones are appended in the order given. Names must be distinct;
     * values not null. When no name is new, the result shares this item's names array.
     */
    public Item with(String[] setNames, AttributeValue[] setValues) {
        AttributeValue[] nextValues = Arrays.copyOf(values, values.length);
        String[] nextNames = names;
        int count = names.length;
        for (int i = 0; i < setNames.length; i++) {
            AttributeValue value = Objects.requireNonNull(setValues[i], "attribute value");
            int position = positionOf(setNames[i]);
            if (position < 0) {
                // positionOf looks in this item only; the names appended so far are searched here
                for (int j = names.length; j < count; j++) {
                    if (nextNames[j].equals(setNames[i])) {
                        position = j;
                        break;
                    }
                }
            }
            if (position >= 0) {
                nextValues[position] = value;
                continue;
            }
            if (nextNames == names) {
                nextNames = Arrays.copyOf(names, names.length + setNames.length);
                nextValues = Arrays.copyOf(nextValues, names.length + setNames.length);
            }
            nextNames[count] = checkName(setNames[i]);
            nextValues[count] = value;
            count++;
        }
        if (nextNames != names && count < nextNames.length) {
            nextNames = Arrays.copyOf(nextNames, count);
            nextValues = Arrays.copyOf(nextValues, count);
        }
        Item next = new Item(nextNames, nextValues);
        int known = size;
        if (known >= 0) {
            // Adjust the known size by the attributes that changed rather than measuring every
            // value again: a long string left alone is not measured twice.
            for (int i = 0; i < count; i++) {
                if (i >= values.length) {
                    known += AttributeValues.sizeInBytes(nextNames[i], nextValues[i]);
                } else if (nextValues[i] != values[i]) {
                    known += AttributeValues.sizeInBytes(nextNames[i], nextValues[i])
                            - AttributeValues.sizeInBytes(names[i], values[i]);
                }
            }
            next.size = known;
        }
        return next;
    }

    /** The item's size as DynamoDB computes it: names plus values, in bytes. */
    public int sizeInBytes() {
        int result = size;
        if (result < 0) {
            result = 0;
            for (int i = 0; i < names.length; i++) {
                result += AttributeValues.sizeInBytes(names[i], values[i]);
            }
            size = result;
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Item other) || other.names.length != names.length) {
            return false;
        }
        if (other.names == names) {
            // the same names in the same order: compare position by position
            for (int i = 0; i < values.length; i++) {
                if (!values[i].equals(other.values[i])) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < names.length; i++) {
            if (!values[i].equals(other.get(names[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The hash code of {@link #attributes()} as a {@link Map}: independent of the order. */
    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < names.length; i++) {
            hash += names[i].hashCode() ^ values[i].hashCode();
        }
        return hash;
    }

    /** A PartiQL-style tuple: {@code {'pk': 'a', 'n': 1}}. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < names.length; i++) {
            out.add("'" + names[i].replace("'", "''") + "': " + values[i]);
        }
        return out.toString();
    }

    /** The attributes of an item as an unmodifiable map, in insertion order. */
    private static final class AttributesView extends AbstractMap<String, AttributeValue> {
        private final Item item;

        AttributesView(Item item) {
            this.item = item;
        }

        @Override
        public int size() {
            return item.names.length;
        }

        @Override
        public boolean isEmpty() {
            return item.names.length == 0;
        }

        @Override
        public AttributeValue get(Object key) {
            return key instanceof String name ? item.get(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && item.has(name);
        }

        @Override
        public Set<Entry<String, AttributeValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return item.names.length;
                }

                @Override
                public Iterator<Entry<String, AttributeValue>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < item.names.length;
                        }

                        @Override
                        public Entry<String, AttributeValue> next() {
                            if (next >= item.names.length) {
                                throw new NoSuchElementException();
                            }
                            int position = next++;
                            return new SimpleImmutableEntry<>(item.names[position],
                                    item.values[position]);
                        }
                    };
                }
            };
        }
    }
}
