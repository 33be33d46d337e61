package io.partidb.engine.log;

/** What a committed change did to its item, as DynamoDB Streams names it ({@code eventName}). */
public enum ChangeKind {
    /** A new item was written where there was none. */
    INSERT,
    /** An existing item was replaced by a different one. */
    MODIFY,
    /** An existing item was deleted. */
    REMOVE
}
