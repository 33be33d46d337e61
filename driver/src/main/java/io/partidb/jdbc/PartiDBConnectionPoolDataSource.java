package io.partidb.jdbc;

import io.partidb.jdbc.internal.PooledConnectionImpl;
import java.sql.SQLException;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;

/**
 * A {@link ConnectionPoolDataSource} for application servers and pools that manage
 * {@link PooledConnection}s themselves. Configured like {@link PartiDBDataSource}.
 */
public class PartiDBConnectionPoolDataSource extends PartiDBDataSource
        implements ConnectionPoolDataSource {
    private static final long serialVersionUID = 1L;

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        return new PooledConnectionImpl(getConnection());
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password)
            throws SQLException {
        return new PooledConnectionImpl(getConnection(user, password));
    }
}
