package io.partidb.engine.catalog;

/** Which attributes a secondary index copies from the table. */
public enum ProjectionType {
    /** Every attribute. */
    ALL,
    /** The table's and the index's key attributes only. */
    KEYS_ONLY,
    /** The keys plus the listed non-key attributes. */
    INCLUDE
}
