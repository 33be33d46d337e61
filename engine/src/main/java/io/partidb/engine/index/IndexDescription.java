package io.partidb.engine.index;

import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;

import java.util.Objects;

/**
 * What DescribeTable tells about one secondary index: its definition, status, whether it is
 * being filled from the table ({@code Backfilling}), its entry count and size in bytes (the sum
 * of the projected entries' DynamoDB sizes, exact when no change is in progress), and the
 * number of table changes it has not applied yet ({@code pendingChanges}: the lag of a global
 * index behind the change log; always 0 for a local index, which changes with the table).
 */
public record IndexDescription(IndexDefinition definition, IndexStatus status,
        boolean backfilling, long itemCount, long sizeInBytes, long pendingChanges) {

    /** Requires the definition and status; counts are not negative. */
    public IndexDescription {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
        if (itemCount < 0 || sizeInBytes < 0 || pendingChanges < 0) {
            throw new IllegalArgumentException("negative count: " + itemCount + ", "
                    + sizeInBytes + ", " + pendingChanges);
        }
    }

    /** The index's name. */
    public String indexName() {
        return definition.name();
    }

    /** Local or global. */
    public IndexKind kind() {
        return definition.kind();
    }
}
