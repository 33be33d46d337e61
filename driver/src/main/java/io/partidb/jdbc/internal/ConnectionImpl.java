package io.partidb.jdbc.internal;

import io.partidb.engine.Table;
import io.partidb.engine.TransactWriteItem;
import io.partidb.engine.TransactWriteItemsRequest;
import io.partidb.engine.error.EngineException;
import io.partidb.planner.Plan;
import io.partidb.planner.PlanOptions;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A connection to an embedded database. Always in auto-commit mode: every statement is its own
 * atomic DynamoDB operation. Closing it closes every statement and result set it opened.
 */
public final class ConnectionImpl extends JdbcObject implements Connection {
    private final String url;
    private final EmbeddedDatabases.Handle handle;
    private final int scanSegments;
    private final boolean conditionFailureAsUpdateCount;
    private final boolean consistentRead;
    private final PlanOptions planOptions;
    private final Set<StatementImpl> statements = ConcurrentHashMap.newKeySet();
    private final Properties clientInfo = new Properties();
    private volatile boolean closed;
    private volatile boolean readOnly;
    private volatile int networkTimeout;
    /** Writes of the open transaction when not in auto-commit mode; null in auto-commit. */
    private List<TransactWriteItem> transaction;
    private SQLWarning warnings;

    public ConnectionImpl(String url, EmbeddedDatabases.Handle handle, Properties properties)
            throws SQLException {
        this.url = url;
        this.handle = handle;
        this.scanSegments = ConnectionProperty.SCAN_SEGMENTS.getInt(properties, 1,
                Table.MAX_SCAN_SEGMENTS);
        this.conditionFailureAsUpdateCount = "updateCount".equals(
                ConnectionProperty.CONDITION_FAILURE.getChoice(properties));
        this.consistentRead = "true".equals(
                ConnectionProperty.CONSISTENT_READ.getChoice(properties));
        this.planOptions = new PlanOptions(
                "true".equals(ConnectionProperty.AUTO_INDEX.getChoice(properties)),
                consistentRead);
        for (String name : properties.stringPropertyNames()) {
            if (ConnectionProperty.byKey(name).isEmpty()) {
                addWarning(new SQLWarning("Unknown connection property '" + name
                        + "' ignored", "01000"));
            }
        }
    }

    String url() {
        return url;
    }

    EmbeddedDatabases.Handle handle() {
        return handle;
    }

    int scanSegments() {
        return scanSegments;
    }

    /** Whether reads are strongly consistent. */
    boolean consistentRead() {
        return consistentRead;
    }

    /** Whether a failed UPDATE/DELETE condition counts 0 instead of raising. */
    boolean conditionFailureAsUpdateCount() {
        return conditionFailureAsUpdateCount;
    }

    /** The plan of a statement, through the database's shared cache. */
    Plan plan(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw Errors.invalid("SQL text must not be null");
        }
        try {
            Plan plan = handle.planner().prepare(sql, planOptions);
            if (readOnly && !plan.returnsRows()) {
                throw new SQLException("The connection is read-only: " + "statements that "
                        + "write or change the schema are refused", "25006");
            }
            return plan;
        } catch (EngineException e) {
            throw Errors.of(e);
        } catch (RuntimeException e) {
            throw Errors.internal(e);
        }
    }

    long schemaVersion() {
        return handle.database().schemaVersion();
    }

    void forget(StatementImpl statement) {
        statements.remove(statement);
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.closed("Connection");
        }
    }

    private synchronized void addWarning(SQLWarning warning) {
        if (warnings == null) {
            warnings = warning;
        } else {
            warnings.setNextWarning(warning);
        }
    }

    @Override
    public Statement createStatement() throws SQLException {
        return createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency)
            throws SQLException {
        return createStatement(resultSetType, resultSetConcurrency,
                ResultSet.CLOSE_CURSORS_AT_COMMIT);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        checkOpen();
        checkResultSetOptions(resultSetType, resultSetConcurrency, resultSetHoldability);
        StatementImpl statement = new StatementImpl(this);
        statements.add(statement);
        return statement;
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType,
            int resultSetConcurrency) throws SQLException {
        return prepareStatement(sql, resultSetType, resultSetConcurrency,
                ResultSet.CLOSE_CURSORS_AT_COMMIT);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType,
            int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        checkOpen();
        checkResultSetOptions(resultSetType, resultSetConcurrency, resultSetHoldability);
        PreparedStatementImpl statement = new PreparedStatementImpl(this, sql);
        statements.add(statement);
        return statement;
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys)
            throws SQLException {
        boolean wanted = StatementImpl.generatedKeysWanted(autoGeneratedKeys);
        PreparedStatement statement = prepareStatement(sql);
        ((StatementImpl) statement).returnGeneratedKeys = wanted;
        return statement;
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes)
            throws SQLException {
        throw Errors.notSupported("Generated keys by column index (in this version)");
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames)
            throws SQLException {
        throw Errors.notSupported("Generated keys by column name (in this version)");
    }

    private static void checkResultSetOptions(int type, int concurrency, int holdability)
            throws SQLException {
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            throw Errors.notSupported("Scrollable result sets");
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw Errors.notSupported("Updatable result sets");
        }
        if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT
                && holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT) {
            throw Errors.invalid("Unknown result set holdability " + holdability);
        }
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw Errors.notSupported("Stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        throw Errors.notSupported("Stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
            int resultSetHoldability) throws SQLException {
        throw Errors.notSupported("Stored procedures (prepareCall)");
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    /**
     * Auto-commit off: INSERT, UPDATE and DELETE are held back and {@link #commit()} writes them
     * all or nothing as one DynamoDB transaction. Switching auto-commit back on commits.
     */
    @Override
    public synchronized void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (autoCommit && transaction != null) {
            commit();
            transaction = null;
        } else if (!autoCommit && transaction == null) {
            transaction = new ArrayList<>();
        }
    }

    @Override
    public synchronized boolean getAutoCommit() throws SQLException {
        checkOpen();
        return transaction == null;
    }

    /** Whether writes are held for a transaction. */
    synchronized boolean inTransaction() {
        return transaction != null;
    }

    /**
     * Adds a statement's writes to the open transaction; the 101st action fails here, before
     * anything is written, and the transaction keeps what it had.
     */
    synchronized void enlist(List<TransactWriteItem> items) throws SQLException {
        if (transaction.size() + items.size() > TRANSACTION_LIMIT) {
            throw new SQLException("ValidationException: A transaction holds at most "
                    + TRANSACTION_LIMIT + " writes; commit or roll back first (it holds "
                    + transaction.size() + ")", "22023");
        }
        transaction.addAll(items);
    }

    @Override
    public synchronized void commit() throws SQLException {
        checkOpen();
        if (transaction == null) {
            throw Errors.invalid("commit() is not allowed in auto-commit mode");
        }
        List<TransactWriteItem> writes = List.copyOf(transaction);
        transaction.clear();
        if (writes.isEmpty()) {
            return;
        }
        try {
            handle.database().transactWriteItems(new TransactWriteItemsRequest(writes));
        } catch (EngineException e) {
            throw Errors.of(e);
        } catch (RuntimeException e) {
            throw Errors.internal(e);
        }
    }

    @Override
    public synchronized void rollback() throws SQLException {
        checkOpen();
        if (transaction == null) {
            throw Errors.invalid("rollback() is not allowed in auto-commit mode");
        }
        transaction.clear();
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (this) {
            // closing without commit discards the open transaction
            if (transaction != null) {
                transaction.clear();
            }
        }
        for (StatementImpl statement : statements.toArray(new StatementImpl[0])) {
            statement.close();
        }
        statements.clear();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new DatabaseMetaDataImpl(this);
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    /** PartiDB has no catalogs; JDBC asks drivers to ignore this silently. */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
    }

    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        if (level != Connection.TRANSACTION_READ_COMMITTED) {
            throw Errors.notSupported("Transaction isolation level " + level
                    + " (single-item operations are atomic: READ_COMMITTED)");
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    @Override
    public synchronized SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public synchronized void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return Map.of();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("User-defined type maps");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT
                && holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT) {
            throw Errors.invalid("Unknown result set holdability " + holdability);
        }
    }

    /** Auto-commit only: cursors are never closed by a commit. */
    /** DynamoDB's limit on the actions of one transaction. */
    static final int TRANSACTION_LIMIT = 100;

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw Errors.notSupported("Savepoints");
    }

    @Override
    public Clob createClob() throws SQLException {
        throw Errors.notSupported("Clob");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw Errors.notSupported("Blob");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw Errors.notSupported("NClob");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw Errors.notSupported("SQLXML");
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw Errors.invalid("timeout must not be negative");
        }
        return !closed;
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfo.clear();
        if (properties != null) {
            clientInfo.putAll(properties);
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw Errors.notSupported("createArrayOf (pass a java.util.List to setObject)");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw Errors.notSupported("createStruct (pass a java.util.Map to setObject)");
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
    }

    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw Errors.invalid("abort needs an executor");
        }
        close();
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw Errors.invalid("timeout must not be negative");
        }
        networkTimeout = milliseconds;
    }

    /** Stored for tools that set it; an embedded database has no network to wait on. */
    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeout;
    }
}
