package io.partidb.tck.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmark's operations as plain {@code java.sql}: one prepared statement per operation,
 * prepared once and reused, auto-commit on, the same statement text for every database.
 */
final class JdbcSession implements Session {
    static final String POINT_READ =
            "SELECT payload, v, version, status FROM bench WHERE pk = ? AND sk = ?";
    static final String INSERT =
            "INSERT INTO bench (pk, sk, payload, v, version, status) VALUES (?, ?, ?, ?, ?, ?)";
    static final String CONDITIONAL_UPDATE = "UPDATE bench SET v = v + 1, version = version + 1"
            + " WHERE pk = ? AND sk = ? AND version = ?";
    static final String QUERY_PARTITION =
            "SELECT sk, payload, v, version, status FROM bench WHERE pk = ? ORDER BY sk";
    static final String SCAN = "SELECT pk FROM bench WHERE status = ?";
    static final String DELETE = "DELETE FROM bench WHERE pk = ? AND sk = ?";

    private static final int LOAD_BATCH = 1_000;

    private final Connection connection;
    private final boolean ownsConnection;
    private final PreparedStatement pointRead;
    private final PreparedStatement insert;
    private final PreparedStatement conditionalUpdate;
    private final PreparedStatement queryPartition;
    private final PreparedStatement scan;
    private final PreparedStatement delete;

    JdbcSession(Connection connection, boolean ownsConnection) throws SQLException {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        pointRead = connection.prepareStatement(POINT_READ);
        insert = connection.prepareStatement(INSERT);
        conditionalUpdate = connection.prepareStatement(CONDITIONAL_UPDATE);
        queryPartition = connection.prepareStatement(QUERY_PARTITION);
        scan = connection.prepareStatement(SCAN);
        delete = connection.prepareStatement(DELETE);
    }

    @Override
    public void pointRead(long item, Blackhole blackhole) throws SQLException {
        pointRead.setString(1, BenchData.partitionKey(item));
        pointRead.setLong(2, BenchData.sortKey(item));
        try (ResultSet rows = pointRead.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no item " + item);
            }
            blackhole.consume(rows.getString(1));
            blackhole.consume(rows.getLong(2));
            blackhole.consume(rows.getLong(3));
            blackhole.consume(rows.getString(4));
        }
    }

    @Override
    public int insert(long item, String payload) throws SQLException {
        bindInsert(item, payload);
        return insert.executeUpdate();
    }

    @Override
    public int conditionalUpdate(long item, long version) throws SQLException {
        conditionalUpdate.setString(1, BenchData.partitionKey(item));
        conditionalUpdate.setLong(2, BenchData.sortKey(item));
        conditionalUpdate.setLong(3, version);
        return conditionalUpdate.executeUpdate();
    }

    @Override
    public void queryPartition(int partition, Blackhole blackhole) throws SQLException {
        queryPartition.setString(1, BenchData.partitionKeyOf(partition));
        int count = 0;
        try (ResultSet rows = queryPartition.executeQuery()) {
            while (rows.next()) {
                blackhole.consume(rows.getLong(1));
                blackhole.consume(rows.getString(2));
                blackhole.consume(rows.getLong(3));
                blackhole.consume(rows.getLong(4));
                blackhole.consume(rows.getString(5));
                count++;
            }
        }
        if (count != BenchData.PER_PARTITION) {
            throw new IllegalStateException(count + " items in partition " + partition);
        }
    }

    @Override
    public int scanCount(Blackhole blackhole) throws SQLException {
        scan.setString(1, BenchData.SCANNED_STATUS);
        int count = 0;
        try (ResultSet rows = scan.executeQuery()) {
            while (rows.next()) {
                blackhole.consume(rows.getString(1));
                count++;
            }
        }
        return count;
    }

    @Override
    public int batchInsert(long firstItem, int count) throws SQLException {
        for (long item = firstItem; item < firstItem + count; item++) {
            bindInsert(item, BenchData.pooledPayload(item));
            insert.addBatch();
        }
        int written = 0;
        for (int updateCount : insert.executeBatch()) {
            written += updateCount;
        }
        return written;
    }

    @Override
    public void load(long firstItem, long endItem) throws SQLException {
        for (long item = firstItem; item < endItem; item++) {
            bindInsert(item, BenchData.freshPayload(item));
            insert.addBatch();
            if ((item - firstItem) % LOAD_BATCH == LOAD_BATCH - 1 || item == endItem - 1) {
                insert.executeBatch();
            }
        }
    }

    @Override
    public void delete(long firstItem, long endItem) throws SQLException {
        for (long item = firstItem; item < endItem; item++) {
            delete.setString(1, BenchData.partitionKey(item));
            delete.setLong(2, BenchData.sortKey(item));
            delete.addBatch();
            if ((item - firstItem) % LOAD_BATCH == LOAD_BATCH - 1 || item == endItem - 1) {
                delete.executeBatch();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {
                pointRead, insert, conditionalUpdate, queryPartition, scan, delete}) {
            statement.close();
        }
        if (ownsConnection) {
            connection.close();
        }
    }

    private void bindInsert(long item, String payload) throws SQLException {
        insert.setString(1, BenchData.partitionKey(item));
        insert.setLong(2, BenchData.sortKey(item));
        insert.setString(3, payload);
        insert.setLong(4, 0);
        insert.setLong(5, 0);
        insert.setString(6, BenchData.status(item));
    }
}
