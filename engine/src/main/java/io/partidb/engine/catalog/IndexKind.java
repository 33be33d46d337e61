package io.partidb.engine.catalog;

/** Whether a secondary index is local (same partition key, created with the table) or global. */
public enum IndexKind {
    LOCAL, GLOBAL
}
