package io.partidb.engine;

/**
 * Where a paged read stopped and where the next page resumes: DynamoDB's LastEvaluatedKey and
 * ExclusiveStartKey. A read of a table is positioned by the item's primary {@link Key}; a read
 * of a secondary index by the entry's {@link IndexKey}, which adds the index's key values to the
 * primary key because index keys need not be unique.
 */
public sealed interface PageKey permits Key, IndexKey {
}
