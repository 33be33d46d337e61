package io.partidb.tck.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database reached through {@code java.sql}: one connection that keeps the in-memory
 * database alive and created its table, and a connection per session (SQLite: the one
 * connection, used by one thread at a time).
 */
final class JdbcBackend implements Backend {
    private final SqlPeer peer;
    private final String url;
    private final Connection home;
    private final Object sharedConnectionLock = new Object();

    private JdbcBackend(SqlPeer peer, String url, Connection home) {
        this.peer = peer;
        this.url = url;
        this.home = home;
    }

    static JdbcBackend open(SqlPeer peer, int scanSegments) throws SQLException {
        String url = peer.newDatabaseUrl(scanSegments);
        Connection home = DriverManager.getConnection(url, "sa", "");
        try (Statement statement = home.createStatement()) {
            statement.execute(peer.createTable());
        }
        return new JdbcBackend(peer, url, home);
    }

    @Override
    public Session openSession(int threads) throws SQLException {
        if (!peer.sharesOneConnection()) {
            return new JdbcSession(DriverManager.getConnection(url, "sa", ""), true);
        }
        Session session = new JdbcSession(home, false);
        return threads > 1 ? new SerializedSession(session, sharedConnectionLock) : session;
    }

    @Override
    public void close() throws SQLException {
        home.close();
    }
}
