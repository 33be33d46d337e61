package io.partidb.jdbc;

import io.partidb.jdbc.internal.ConnectionImpl;
import io.partidb.jdbc.internal.ConnectionProperty;
import io.partidb.jdbc.internal.EmbeddedDatabases;
import io.partidb.jdbc.internal.JdbcUrl;
import io.partidb.jdbc.internal.TypeMapping;
import io.partidb.planner.PlannerWarmUp;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * PartiDB's JDBC driver. Accepts {@code jdbc:partidb:mem:<name>}: a named in-memory database
 * shared by the connections of one JVM (an empty name gives a private database). Registered
 * with {@link DriverManager} through {@code META-INF/services/java.sql.Driver}.
 */
public final class PartiDBDriver implements Driver {
    /** Major version of the driver. */
    public static final int MAJOR_VERSION = 0;
    /** Minor version of the driver. */
    public static final int MINOR_VERSION = 1;

    static {
        try {
            DriverManager.registerDriver(new PartiDBDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
        // Calcite's start-up costs most of a second; done now, on a spare core, it is over (or
        // nearly) when the first SELECT is planned on the application's thread. Then the JSON
        // writer that results with documents need, while that SELECT runs.
        PlannerWarmUp.startInBackground(TypeMapping::warmUp);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        JdbcUrl parsed = JdbcUrl.parse(url);
        Properties merged = new Properties();
        if (info != null) {
            merged.putAll(info);
        }
        merged.putAll(parsed.properties());
        return new ConnectionImpl(url, EmbeddedDatabases.open(parsed.name()), merged);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(JdbcUrl.PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return ConnectionProperty.propertyInfo(info == null ? new Properties() : info);
    }

    @Override
    public int getMajorVersion() {
        return MAJOR_VERSION;
    }

    @Override
    public int getMinorVersion() {
        return MINOR_VERSION;
    }

    /** Not JDBC compliant: PartiDB speaks PartiQL, not full SQL-92. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("PartiDB does not use java.util.logging",
                "0A000");
    }
}
