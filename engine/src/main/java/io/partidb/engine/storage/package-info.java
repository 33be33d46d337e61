/**
 * How a table's items are stored: hash partitions of skip lists, item collections sorted by sort
 * key, atomic single-item writes under a partition lock, and weakly consistent scans; secondary
 * index entries are stored the same way ({@link io.partidb.engine.storage.IndexStore}).
 */
package io.partidb.engine.storage;
