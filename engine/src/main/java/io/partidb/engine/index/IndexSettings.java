package io.partidb.engine.index;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

/**
 * Engine settings for secondary indexes: the item collection size limit of tables with local
 * indexes (DynamoDB's 10 GB, here 10 GiB; lower it to reach the limit in a test).
 */
public record IndexSettings(long itemCollectionSizeLimit) {
    /** DynamoDB's item collection limit: 10 GB. */
    public static final long DEFAULT_ITEM_COLLECTION_SIZE_LIMIT = 10L << 30;

    private static final IndexSettings DEFAULTS =
            new IndexSettings(DEFAULT_ITEM_COLLECTION_SIZE_LIMIT);

    /** Requires a positive limit. */
    public IndexSettings {
        if (itemCollectionSizeLimit < 1) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "The item collection size limit must be positive: " + itemCollectionSizeLimit);
        }
    }

    /** The 10 GB limit. */
    public static IndexSettings defaults() {
        return DEFAULTS;
    }

    /** The same settings with another item collection size limit, in bytes. */
    public IndexSettings withItemCollectionSizeLimit(long bytes) {
        return new IndexSettings(bytes);
    }
}
