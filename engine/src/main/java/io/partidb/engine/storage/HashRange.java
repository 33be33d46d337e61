package io.partidb.engine.storage;

/**
 * A half-open range {@code [from, to)} of the unsigned 32-bit key hash space, as longs so that the
 * end of the space (2^32) is representable. Parallel scan segments are such ranges.
 */
public record HashRange(long from, long to) {
    /** The size of the hash space. */
    public static final long SPACE = 1L << 32;
    /** The whole hash space. */
    public static final HashRange ALL = new HashRange(0, SPACE);

    /** Checks {@code 0 <= from <= to <= 2^32}. */
    public HashRange {
        if (from < 0 || from > to || to > SPACE) {
            throw new IllegalArgumentException("Bad hash range [" + from + ", " + to + ")");
        }
    }

    /**
     * Segment {@code segment} of {@code total} equal slices of the hash space. The slices are
     * disjoint and together cover the space; since partitions are contiguous slices too, a
     * segment covers a contiguous run of partitions (whole ones when {@code total} divides the
     * partition count) and segments stay balanced even when there are more of them than
     * partitions.
     */
    public static HashRange segment(int segment, int total) {
        if (total < 1 || segment < 0 || segment >= total) {
            throw new IllegalArgumentException("Bad segment " + segment + " of " + total);
        }
        return new HashRange(segment * SPACE / total, (segment + 1) * SPACE / total);
    }

    /** Whether the unsigned hash lies in the range. */
    public boolean contains(int hash) {
        long h = Integer.toUnsignedLong(hash);
        return h >= from && h < to;
    }

    /** Whether the range holds no hash at all. */
    public boolean isEmpty() {
        return from == to;
    }
}
