package io.partidb.engine.capacity;

/** How a read is charged: eventually consistent (half), strongly consistent, transactional. */
public enum ReadMode {
    EVENTUAL(0.5),
    STRONG(1.0),
    TRANSACTIONAL(2.0);

    private final double factor;

    ReadMode(double factor) {
        this.factor = factor;
    }

    /** Read capacity units per started 4 KB. */
    public double factor() {
        return factor;
    }

    /** The mode of a non-transactional read with this consistency flag. */
    public static ReadMode of(boolean consistentRead) {
        return consistentRead ? STRONG : EVENTUAL;
    }
}
