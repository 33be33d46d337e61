/**
 * The engine's API: {@link io.partidb.engine.Database} (catalog changes and table lookup),
 * {@link io.partidb.engine.Table} (item reads, writes and scans), {@link io.partidb.engine.Item}
 * and {@link io.partidb.engine.Key}. The engine knows nothing of SQL or JDBC.
 */
package io.partidb.engine;
