package io.partidb.engine;

import io.partidb.engine.expr.Projection;

import java.util.Objects;

/**
 * One Get of a TransactGetItems: the item with {@code key} in a table, projected when
 * {@code projection} is not null.
 */
public record TransactGetItem(String tableName, Key key, Projection projection) {
    /** Requires a table name and a key. */
    public TransactGetItem {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(key, "key");
    }

    /** A Get of the whole item with {@code key}. */
    public static TransactGetItem get(String tableName, Key key) {
        return new TransactGetItem(tableName, key, null);
    }

    /** The same Get with this projection (null: the whole item). */
    public TransactGetItem withProjection(Projection projection) {
        return new TransactGetItem(tableName, key, projection);
    }
}
