package io.partidb.engine.storage;

import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

/**
 * An interval of sort key values in DynamoDB's key order, each end open, closed or absent (null
 * for no bound). It is how a Query's sort key condition, narrowed by the point a page resumes
 * after, reaches an item collection.
 */
public record SortKeyRange(AttributeValue low, boolean lowInclusive, AttributeValue high,
        boolean highInclusive) {

    /** Every sort key. */
    public static final SortKeyRange ALL = new SortKeyRange(null, false, null, false);

    /** Sort keys at least {@code low} (inclusive) or above it (exclusive). */
    public static SortKeyRange from(AttributeValue low, boolean inclusive) {
        return new SortKeyRange(low, inclusive, null, false);
    }

    /** Sort keys at most {@code high} (inclusive) or below it (exclusive). */
    public static SortKeyRange to(AttributeValue high, boolean inclusive) {
        return new SortKeyRange(null, false, high, inclusive);
    }

    /** Sort keys from {@code low} to {@code high}, both inclusive. */
    public static SortKeyRange closed(AttributeValue low, AttributeValue high) {
        return new SortKeyRange(low, true, high, true);
    }

    /**
     * The part of this range that lies strictly after {@code key} in a read's direction: above it
     * when reading forward, below it when reading in reverse.
     */
    public SortKeyRange after(AttributeValue key, boolean forward) {
        if (forward) {
            if (low == null || AttributeValues.KEY_ORDER.compare(key, low) >= 0) {
                return new SortKeyRange(key, false, high, highInclusive);
            }
            return this;
        }
        if (high == null || AttributeValues.KEY_ORDER.compare(key, high) <= 0) {
            return new SortKeyRange(low, lowInclusive, key, false);
        }
        return this;
    }

    /** Whether {@code key} lies in the range. */
    public boolean contains(AttributeValue key) {
        if (low != null) {
            int c = AttributeValues.KEY_ORDER.compare(key, low);
            if (c < 0 || c == 0 && !lowInclusive) {
                return false;
            }
        }
        if (high != null) {
            int c = AttributeValues.KEY_ORDER.compare(key, high);
            return c < 0 || c == 0 && highInclusive;
        }
        return true;
    }

    /** Whether no key can lie in the range (its ends cross, or meet without both included). */
    public boolean isEmpty() {
        if (low == null || high == null) {
            return false;
        }
        int c = AttributeValues.KEY_ORDER.compare(low, high);
        return c > 0 || c == 0 && !(lowInclusive && highInclusive);
    }
}
