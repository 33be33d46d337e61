package io.partidb.engine;

import io.partidb.engine.catalog.TableDefinition;

import java.time.Instant;
import java.util.Objects;

/**
 * What DescribeTable tells about a table: its definition (key schema, attributes, indexes,
 * options), status, item count, size in bytes (the sum of the items' DynamoDB sizes) and creation
 * time. DynamoDB refreshes the count and size about every six hours; the engine keeps them exact
 * on every write, so they are current when no write is in progress.
 */
public record TableDescription(TableDefinition definition, TableStatus status, long itemCount,
        long sizeInBytes, Instant creationTime) {

    /** Requires every component; counts are not negative. */
    public TableDescription {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(creationTime, "creationTime");
        if (itemCount < 0 || sizeInBytes < 0) {
            throw new IllegalArgumentException("negative count or size: " + itemCount + ", "
                    + sizeInBytes);
        }
    }

    /** The table's name. */
    public String tableName() {
        return definition.name();
    }
}
