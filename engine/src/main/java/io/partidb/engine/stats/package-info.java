/** Exact per-table statistics of the attributes items hold, maintained on every write. */
package io.partidb.engine.stats;
