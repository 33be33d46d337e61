/**
 * How a table's items are stored: hash partitions of skip lists, item collections sorted by sort
 * key, atomic single-item writes under a partition lock, and weakly consistent scans.
 */
package io.partidb.engine.storage;
