package io.partidb.tck.bench;

import org.openjdk.jmh.infra.Blackhole;

/**
 * A session whose operations hold a lock shared with the other sessions of its database: how
 * several threads use SQLite's one in-memory connection (SQLite runs one statement of a
 * connection at a time anyway). Only the multi-threaded mix uses it.
 */
final class SerializedSession implements Session {
    private final Session session;
    private final Object lock;

    SerializedSession(Session session, Object lock) {
        this.session = session;
        this.lock = lock;
    }

    @Override
    public void pointRead(long item, Blackhole blackhole) throws Exception {
        synchronized (lock) {
            session.pointRead(item, blackhole);
        }
    }

    @Override
    public int insert(long item, String payload) throws Exception {
        synchronized (lock) {
            return session.insert(item, payload);
        }
    }

    @Override
    public int conditionalUpdate(long item, long version) throws Exception {
        synchronized (lock) {
            return session.conditionalUpdate(item, version);
        }
    }

    @Override
    public void queryPartition(int partition, Blackhole blackhole) throws Exception {
        synchronized (lock) {
            session.queryPartition(partition, blackhole);
        }
    }

    @Override
    public int scanCount(Blackhole blackhole) throws Exception {
        synchronized (lock) {
            return session.scanCount(blackhole);
        }
    }

    @Override
    public int batchInsert(long firstItem, int count) throws Exception {
        synchronized (lock) {
            return session.batchInsert(firstItem, count);
        }
    }

    @Override
    public void load(long firstItem, long endItem) throws Exception {
        synchronized (lock) {
            session.load(firstItem, endItem);
        }
    }

    @Override
    public void delete(long firstItem, long endItem) throws Exception {
        synchronized (lock) {
            session.delete(firstItem, endItem);
        }
    }

    @Override
    public void close() throws Exception {
        synchronized (lock) {
            session.close();
        }
    }
}
