package io.partidb.engine.storage;

import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.Comparator;

/**
 * The position of a partition key in scan order: its unsigned {@link KeyHash}, then DynamoDB's
 * key order. Ordering by hash makes a scan's position a point in the hash space, so a scan can
 * start at any hash (parallel segments, and later resumable pages) and never meets a key twice.
 * The hash is stored rather than recomputed so that comparisons in the skip list rarely leave
 * this small object. A null key marks a bare position that sorts before every key of its hash.
 */
record ScanKey(int hash, AttributeValue key) {

    /** Scan order. */
    static final Comparator<ScanKey> ORDER = (a, b) -> {
        if (a.hash != b.hash) {
            return Integer.compareUnsigned(a.hash, b.hash);
        }
        if (a.key == null || b.key == null) {
            return a.key == b.key ? 0 : a.key == null ? -1 : 1;
        }
        return AttributeValues.KEY_ORDER.compare(a.key, b.key);
    };

    /** The position just before every key with this hash. */
    static ScanKey bound(long hash) {
        return new ScanKey((int) hash, null);
    }
}
