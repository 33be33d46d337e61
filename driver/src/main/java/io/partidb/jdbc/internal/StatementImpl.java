package io.partidb.jdbc.internal;

import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.Table;
import io.partidb.engine.TransactWriteItem;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import io.partidb.planner.physical.Cancellation;
import io.partidb.planner.physical.ExecutionContext;
import io.partidb.planner.physical.ExecutionResult;
import io.partidb.planner.physical.QueryPlan;
import io.partidb.planner.physical.ResultColumn;
import io.partidb.planner.physical.RowIterator;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** A {@link Statement}: plans through the connection's cache and runs one statement at a time. */
public class StatementImpl extends JdbcObject implements Statement {
    private static final AttributeValue[] NO_PARAMETERS = new AttributeValue[0];

    final ConnectionImpl connection;
    private ResultSetImpl resultSet;
    private long updateCount = -1;
    private boolean closed;
    private boolean closeOnCompletion;
    private long maxRows;
    private int fetchSize;
    private int queryTimeout;
    private volatile Cancellation running;
    /** The token of every execution without a time limit, re-armed as each starts. */
    private final Cancellation untimed = Cancellation.reusable();
    /** The context of the last execution without a time limit, for the next with the same array. */
    private ExecutionContext untimedContext;
    /** Whether the current execution was asked for its generated keys. */
    boolean returnGeneratedKeys;
    // The key the last write wrote and its table (two fields, so that a write allocates nothing).
    private Key generatedKey;
    private Table generatedKeyTable;
    private final List<String> batch = new ArrayList<>();

    StatementImpl(ConnectionImpl connection) {
        this.connection = connection;
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.closed("Statement");
        }
        connection.checkOpen();
    }

    /** Runs a plan with bound parameters and keeps its result as this statement's current one. */
    final boolean run(Plan plan, AttributeValue[] params) throws SQLException {
        closeCurrentResult();
        try {
            ExecutionContext context = context(params);
            if (plan.writtenTable() != null && connection.inTransaction()) {
                // held for commit(): the count is what the statement will write then
                List<TransactWriteItem> items = plan.transactionItems(context);
                connection.enlist(items);
                updateCount = items.size();
                return false;
            }
            if (plan instanceof QueryPlan query) {
                // a SELECT, the most frequent statement: its rows without a result wrapper
                resultSet = new ResultSetImpl(this, query.columns(), query.open(context),
                        maxRows, query.returnsWholeItems());
                updateCount = -1;
                return true;
            }
            ExecutionResult result = plan.execute(context);
            if (result instanceof ExecutionResult.Rows rows) {
                resultSet = new ResultSetImpl(this, plan.columns(), rows.rows(), maxRows,
                        plan.returnsWholeItems());
                updateCount = -1;
                return true;
            }
            ExecutionResult.UpdateCount count = (ExecutionResult.UpdateCount) result;
            updateCount = count.count();
            generatedKeyTable = plan.writtenTable();
            generatedKey = generatedKeyTable == null ? null : count.writtenKey();
            return false;
        } catch (EngineException e) {
            if (e.code() == ErrorCode.CONDITIONAL_CHECK_FAILED && !plan.returnsRows()
                    && connection.conditionFailureAsUpdateCount()) {
                updateCount = 0;
                return false;
            }
            throw Errors.of(e);
        } catch (RuntimeException e) {
            throw Errors.internal(e);
        }
    }

    /**
     * The context of one execution, its cancellation token made current for {@link #cancel}.
     * With a query timeout each execution gets a token with its own deadline. Without one, the
     * statement's executions, which run one at a time (the previous result is closed first),
     * share one token and, while the parameter array is the same, one context: executing
     * allocates neither.
     */
    private ExecutionContext context(AttributeValue[] params) {
        if (queryTimeout > 0) {
            Cancellation cancellation = Cancellation.withTimeout(queryTimeout);
            running = cancellation;
            return new ExecutionContext(params, connection.scanSegments(),
                    connection.consistentRead(), cancellation);
        }
        untimed.rearm();
        if (running != untimed) {
            running = untimed;
        }
        ExecutionContext context = untimedContext;
        if (context == null || context.params() != params) {
            context = new ExecutionContext(params, connection.scanSegments(),
                    connection.consistentRead(), untimed);
            untimedContext = context;
        }
        return context;
    }

    private void closeCurrentResult() throws SQLException {
        generatedKey = null;
        if (resultSet != null) {
            ResultSetImpl previous = resultSet;
            resultSet = null;
            previous.closeQuietly();
        }
        updateCount = -1;
    }

    /** Called by a result set of this statement when it closes. */
    void resultSetClosed(ResultSetImpl closedResultSet) throws SQLException {
        if (resultSet == closedResultSet) {
            resultSet = null;
        }
        if (closeOnCompletion && !closed) {
            close();
        }
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        checkOpen();
        Plan plan = connection.plan(sql);
        if (!plan.returnsRows()) {
            throw Errors.invalid("executeQuery needs a statement that returns rows; "
                    + "use executeUpdate or execute");
        }
        run(plan, noParameters(plan));
        return resultSet;
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return (int) executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        checkOpen();
        returnGeneratedKeys = false;
        Plan plan = connection.plan(sql);
        if (plan.returnsRows()) {
            throw Errors.invalid("executeUpdate needs a statement that returns no rows; "
                    + "use executeQuery or execute");
        }
        run(plan, noParameters(plan));
        return updateCount;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        checkOpen();
        returnGeneratedKeys = false;
        Plan plan = connection.plan(sql);
        return run(plan, noParameters(plan));
    }

    private static AttributeValue[] noParameters(Plan plan) throws SQLException {
        if (plan.parameterCount() == 0) {
            return NO_PARAMETERS;
        }
        throw new SQLException("The statement has " + plan.parameterCount()
                + " parameter(s); use a PreparedStatement to bind them", "07001");
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closeCurrentResult();
        closed = true;
        connection.forget(this);
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw Errors.invalid("max field size must not be negative");
        }
        if (max != 0) {
            throw Errors.notSupported("Truncating values (setMaxFieldSize)");
        }
    }

    @Override
    public int getMaxRows() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, getLargeMaxRows());
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw Errors.invalid("max rows must not be negative");
        }
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeout;
    }

    /**
     * The time limit of each execution, reading its result set included: a read past it stops
     * with {@code SQLTimeoutException} (SQLState HYT00).
     */
    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw Errors.invalid("query timeout must not be negative");
        }
        queryTimeout = seconds;
    }

    /**
     * Stops the statement's current execution (from another thread): its reads stop at the next
     * item with SQLState 57014. Without a running execution, nothing happens.
     */
    @Override
    public void cancel() throws SQLException {
        checkOpen();
        Cancellation current = running;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw Errors.notSupported("Named cursors");
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return resultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return (int) getLargeUpdateCount();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return updateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(Statement.CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (current != Statement.CLOSE_CURRENT_RESULT) {
            throw Errors.notSupported("Keeping results open across getMoreResults");
        }
        closeCurrentResult();
        return false;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw Errors.notSupported("Fetch directions other than FETCH_FORWARD");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw Errors.invalid("fetch size must not be negative");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        if (sql == null) {
            throw Errors.invalid("SQL text must not be null");
        }
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] out = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = (int) counts[i];
        }
        return out;
    }

    /** Runs the statements in order; stops at the first failure, as JDBC allows. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String> statements = List.copyOf(batch);
        batch.clear();
        long[] counts = new long[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            try {
                counts[i] = executeLargeUpdate(statements.get(i));
            } catch (SQLException e) {
                throw new BatchUpdateException("Batch entry " + (i + 1) + " of "
                        + statements.size() + " failed (the ones before it were written): "
                        + e.getMessage(), e.getSQLState(), e.getErrorCode(),
                        java.util.Arrays.copyOf(counts, i), e);
            }
        }
        return counts;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    /**
     * When asked for with {@code RETURN_GENERATED_KEYS}: the primary key of the item the last
     * write wrote, one row with the key attributes. PartiDB generates no values; the key is the
     * one the statement gave. Otherwise, and when nothing was written, no row.
     */
    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        Table table = generatedKeyTable;
        if (!returnGeneratedKeys || generatedKey == null || table == null) {
            return MetadataResults.empty(this, List.of());
        }
        List<ResultColumn> columns = new ArrayList<>();
        Map<String, AttributeValue> row = new LinkedHashMap<>();
        KeySchema schema = table.definition().keySchema();
        columns.add(ResultColumn.attribute(schema.partitionKey().name(), table.name(),
                schema.partitionKey().type().toAttributeType(), null,
                schema.partitionKey().name()));
        row.put(schema.partitionKey().name(), generatedKey.partition());
        schema.sortKey().ifPresent(sort -> {
            columns.add(ResultColumn.attribute(sort.name(), table.name(),
                    sort.type().toAttributeType(), null, sort.name()));
            row.put(sort.name(), generatedKey.sort());
        });
        return new ResultSetImpl(this, columns, RowIterator.single(Item.of(row)), 0, false);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        boolean wanted = generatedKeysWanted(autoGeneratedKeys);
        int count = executeUpdate(sql);
        returnGeneratedKeys = wanted;
        return count;
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        throw Errors.notSupported("Generated keys by column index (in this version)");
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        throw Errors.notSupported("Generated keys by column name (in this version)");
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        boolean wanted = generatedKeysWanted(autoGeneratedKeys);
        boolean rows = execute(sql);
        returnGeneratedKeys = wanted;
        return rows;
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        throw Errors.notSupported("Generated keys by column index (in this version)");
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        throw Errors.notSupported("Generated keys by column name (in this version)");
    }

    static boolean generatedKeysWanted(int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS) {
            return true;
        }
        if (autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
            throw Errors.invalid("autoGeneratedKeys must be RETURN_GENERATED_KEYS or "
                    + "NO_GENERATED_KEYS, not " + autoGeneratedKeys);
        }
        return false;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }
}
