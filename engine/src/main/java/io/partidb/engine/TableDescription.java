package io.partidb.engine;

import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.index.IndexDescription;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What DescribeTable tells about a table: its definition (key schema, attributes, indexes,
 * options), status, item count, size in bytes (the sum of the items' DynamoDB sizes), creation
 * time, and for each secondary index its status, entry count, size and pending changes.
 * DynamoDB refreshes the counts and sizes about every six hours; the engine keeps them exact on
 * every write, so they are current when no write is in progress.
 */
public record TableDescription(TableDefinition definition, TableStatus status, long itemCount,
        long sizeInBytes, Instant creationTime, List<IndexDescription> indexes) {

    /** Requires every component; counts are not negative. Copies {@code indexes}. */
    public TableDescription {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(creationTime, "creationTime");
        indexes = List.copyOf(indexes);
        if (itemCount < 0 || sizeInBytes < 0) {
            throw new IllegalArgumentException("negative count or size: " + itemCount + ", "
                    + sizeInBytes);
        }
    }

    /** A description without secondary indexes. */
    public TableDescription(TableDefinition definition, TableStatus status, long itemCount,
            long sizeInBytes, Instant creationTime) {
        this(definition, status, itemCount, sizeInBytes, creationTime, List.of());
    }

    /** The table's name. */
    public String tableName() {
        return definition.name();
    }

    /** The description of the named secondary index, if the table has it. */
    public Optional<IndexDescription> index(String indexName) {
        for (IndexDescription index : indexes) {
            if (index.indexName().equals(indexName)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
