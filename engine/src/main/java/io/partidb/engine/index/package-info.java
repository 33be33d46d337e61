/**
 * Secondary indexes kept by the engine: local indexes, changed under the table's partition lock
 * in the same critical section as the table, and global indexes, maintained in the background
 * from the table's change log, with DynamoDB's sparse membership, projections, key validation,
 * item collection limit and write amplification. The entries themselves live in
 * {@link io.partidb.engine.storage.IndexStore}.
 */
package io.partidb.engine.index;
