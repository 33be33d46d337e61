package io.partidb.jdbc.internal;

import java.sql.SQLException;
import java.sql.Wrapper;

/** The {@link Wrapper} part every PartiDB JDBC object shares: it wraps only itself. */
abstract class JdbcObject implements Wrapper {

    @Override
    public final <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw Errors.invalid("Not a wrapper for " + iface.getName());
    }

    @Override
    public final boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
