package io.partidb.jdbc;

import io.partidb.jdbc.internal.ConnectionProperty;
import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for PartiDB, usable directly or from a pool such as HikariCP
 * ({@code dataSourceClassName=io.partidb.jdbc.PartiDBDataSource}). Set the URL (or the
 * database name) and any connection property through its bean setters; each property has the
 * same name, default and meaning as in the URL.
 */
public class PartiDBDataSource implements DataSource, Serializable {
    private static final long serialVersionUID = 1L;

    private String url;
    private final Properties properties = new Properties();
    private transient PrintWriter logWriter;
    private int loginTimeout;

    /** The JDBC URL to connect to, e.g. {@code jdbc:partidb:mem:app}. */
    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    /** Shorthand for {@code setUrl("jdbc:partidb:mem:" + name)}. */
    public void setDatabaseName(String name) {
        this.url = "jdbc:partidb:mem:" + name;
    }

    /** Sets any connection property by name, as in the URL. */
    public void setProperty(String name, String value) {
        properties.setProperty(name, value);
    }

    /** The value set for a property, or its default. */
    public String getProperty(String name) {
        String value = properties.getProperty(name);
        if (value != null) {
            return value;
        }
        return ConnectionProperty.byKey(name).map(ConnectionProperty::defaultValue).orElse(null);
    }

    /** See {@code scanSegments} in docs/jdbc.md. */
    public void setScanSegments(int segments) {
        setProperty(ConnectionProperty.SCAN_SEGMENTS.key(), String.valueOf(segments));
    }

    public int getScanSegments() {
        return Integer.parseInt(getProperty(ConnectionProperty.SCAN_SEGMENTS.key()));
    }

    /** See {@code conditionFailure} in docs/jdbc.md: {@code exception} or {@code updateCount}. */
    public void setConditionFailure(String mode) {
        setProperty(ConnectionProperty.CONDITION_FAILURE.key(), mode);
    }

    public String getConditionFailure() {
        return getProperty(ConnectionProperty.CONDITION_FAILURE.key());
    }

    /** See {@code consistentRead} in docs/jdbc.md. */
    public void setConsistentRead(boolean consistentRead) {
        setProperty(ConnectionProperty.CONSISTENT_READ.key(), String.valueOf(consistentRead));
    }

    public boolean getConsistentRead() {
        return Boolean.parseBoolean(getProperty(ConnectionProperty.CONSISTENT_READ.key()));
    }

    /** See {@code autoIndex} in docs/jdbc.md. */
    public void setAutoIndex(boolean autoIndex) {
        setProperty(ConnectionProperty.AUTO_INDEX.key(), String.valueOf(autoIndex));
    }

    public boolean getAutoIndex() {
        return Boolean.parseBoolean(getProperty(ConnectionProperty.AUTO_INDEX.key()));
    }

    /** Accepted for pools that always set one; embedded databases have no users. */
    public void setUser(String user) {
        setProperty(ConnectionProperty.USER.key(), user);
    }

    public String getUser() {
        return properties.getProperty(ConnectionProperty.USER.key());
    }

    /** Accepted for pools that always set one; embedded databases have no passwords. */
    public void setPassword(String password) {
        setProperty(ConnectionProperty.PASSWORD.key(), password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties withUser = new Properties();
        withUser.putAll(properties);
        if (username != null) {
            withUser.setProperty(ConnectionProperty.USER.key(), username);
        }
        if (password != null) {
            withUser.setProperty(ConnectionProperty.PASSWORD.key(), password);
        }
        return connect(withUser);
    }

    private Connection connect(Properties info) throws SQLException {
        if (url == null) {
            throw new SQLException("PartiDBDataSource has no URL: call setUrl or "
                    + "setDatabaseName first", "08001");
        }
        Connection connection = new PartiDBDriver().connect(url, info);
        if (connection == null) {
            throw new SQLException("Not a PartiDB URL: " + url
                    + " (expected jdbc:partidb:mem:<name>)", "08001");
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /** Stored for callers that set it: opening an embedded database never waits. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("PartiDB does not use java.util.logging",
                "0A000");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
