package io.partidb.engine.catalog;

/** What a table's change stream records for each write. */
public enum StreamViewType {
    KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES
}
