package io.partidb.tck.bench;

/**
 * One database under test, in memory, with the {@code bench} table created: it hands out a
 * {@link Session} per thread. The kinds are {@code partidb}, {@code h2}, {@code hsqldb},
 * {@code sqlite} (through JDBC) and {@code map} (the raw-collection reference).
 */
interface Backend extends AutoCloseable {

    /**
     * Opens a session for one thread.
     *
     * @param threads how many threads will use sessions of this database at once
     */
    Session openSession(int threads) throws Exception;

    @Override
    void close() throws Exception;

    /**
     * Opens an empty database of the given kind.
     *
     * @param scanSegments PartiDB's {@code scanSegments}, or 0 for its default
     */
    static Backend open(String kind, int scanSegments) throws Exception {
        if (kind.equals("map")) {
            return new MapBackend();
        }
        return JdbcBackend.open(SqlPeer.named(kind), scanSegments);
    }
}
