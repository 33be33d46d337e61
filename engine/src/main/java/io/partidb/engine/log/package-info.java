/**
 * The change log: every committed write of a table, in commit order, for the consumers built on it
 * (secondary indexes, streams, TTL, durability). {@link io.partidb.engine.log.ChangeLog} is the
 * per-table log, {@link io.partidb.engine.log.ChangeRecord} one committed change, and
 * {@link io.partidb.engine.log.ChangeLogSubscription} a named consumer with a position.
 */
package io.partidb.engine.log;
