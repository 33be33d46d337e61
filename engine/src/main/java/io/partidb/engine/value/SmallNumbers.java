package io.partidb.engine.value;

import java.math.BigDecimal;

/**
 * Shared instances of the small integer numbers: counters, versions, flags and sort keys are
 * mostly small, and an immutable {@link AttributeValue.N} can be shared by every item holding
 * it instead of costing each item a record and a {@link BigDecimal}.
 */
final class SmallNumbers {
    private static final int LOW = -128;
    private static final int HIGH = 1023;
    private static final AttributeValue.N[] CACHE = new AttributeValue.N[HIGH - LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new AttributeValue.N(BigDecimal.valueOf(LOW + i));
        }
    }

    private SmallNumbers() {
    }

    /** The number {@code value}: a shared instance when it is small. */
    static AttributeValue.N of(long value) {
        if (value >= LOW && value <= HIGH) {
            return CACHE[(int) value - LOW];
        }
        return new AttributeValue.N(BigDecimal.valueOf(value));
    }
}
