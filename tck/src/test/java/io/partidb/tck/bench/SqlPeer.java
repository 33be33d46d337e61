package io.partidb.tck.bench;

import java.util.Locale;
import java.util.UUID;

/**
 * The databases measured through JDBC: how each is opened in memory and how its {@code bench}
 * table is declared. Every one runs the same statements ({@link JdbcSession}) on the same data.
 */
enum SqlPeer {
    /** PartiDB's embedded engine; a stale version gives update count 0, as on the SQL peers. */
    PARTIDB("CREATE TABLE bench (pk STRING, sk NUMBER, payload STRING, v NUMBER,"
            + " version NUMBER, status STRING, PRIMARY KEY (pk, sk))"),
    /**
     * H2 2.5 in memory (MVStore), default settings but one: {@code OPTIMIZE_REUSE_RESULTS} off.
     * Left on, H2 answers a prepared query run again with the same parameters on unchanged data
     * from the previous result, so the full scan would measure a cache hit (0.25 ms instead of
     * 10 ms), not a scan.
     */
    H2(standardTable("")),
    /** HSQLDB 2.7, a MEMORY table, multi-version concurrency control. */
    HSQLDB(standardTable("")),
    /**
     * SQLite in memory; {@code WITHOUT ROWID} keeps the rows in primary-key order, as PartiDB
     * keeps a partition's items, instead of behind a second index.
     */
    SQLITE(standardTable(" WITHOUT ROWID"));

    private final String createTable;

    SqlPeer(String createTable) {
        this.createTable = createTable;
    }

    static SqlPeer named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String createTable() {
        return createTable;
    }

    /**
     * A URL naming a new in-memory database that every connection of this JVM opening the same
     * URL shares (SQLite's private {@code :memory:} database is shared through one connection).
     */
    String newDatabaseUrl(int scanSegments) {
        String name = "bench_" + UUID.randomUUID().toString().replace('-', '_');
        return switch (this) {
            case PARTIDB -> "jdbc:partidb:mem:" + name + ";conditionFailure=updateCount"
                    + (scanSegments > 0 ? ";scanSegments=" + scanSegments : "");
            case H2 -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE";
            case HSQLDB -> "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc";
            case SQLITE -> "jdbc:sqlite::memory:";
        };
    }

    /** Whether all sessions share one connection (SQLite: one in-memory database per one). */
    boolean sharesOneConnection() {
        return this == SQLITE;
    }

    private static String standardTable(String suffix) {
        return "CREATE TABLE bench (pk VARCHAR(32) NOT NULL, sk BIGINT NOT NULL,"
                + " payload VARCHAR(256) NOT NULL, v BIGINT NOT NULL, version BIGINT NOT NULL,"
                + " status VARCHAR(16) NOT NULL, PRIMARY KEY (pk, sk))" + suffix;
    }
}
