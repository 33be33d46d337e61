package io.partidb.jdbc.internal;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.BatchWriteItemRequest;
import io.partidb.engine.BatchWriteItemResult;
import io.partidb.engine.Key;
import io.partidb.engine.WriteRequest;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.physical.WritePlan;
import io.partidb.engine.value.DynamoJson;
import io.partidb.jdbc.PartiDBPreparedStatement;
import io.partidb.planner.Plan;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A {@link PreparedStatement}: planned once (through the shared plan cache), executed many times
 * with parameters bound as typed DynamoDB values, never spliced into the text.
 */
public final class PreparedStatementImpl extends StatementImpl
        implements PartiDBPreparedStatement {
    private final String sql;
    private Plan plan;
    private long planVersion;
    private AttributeValue[] params;
    private final List<AttributeValue[]> batch = new ArrayList<>();

    PreparedStatementImpl(ConnectionImpl connection, String sql) throws SQLException {
        super(connection);
        this.sql = sql;
        this.planVersion = connection.schemaVersion();
        this.plan = connection.plan(sql);
        this.params = new AttributeValue[plan.parameterCount()];
    }

    /** The plan, re-planned only when the schema changed since it was made. */
    private Plan currentPlan() throws SQLException {
        long version = connection.schemaVersion();
        if (version != planVersion) {
            plan = connection.plan(sql);
            planVersion = version;
        }
        return plan;
    }

    /** The plan this statement runs now (for tests of plan reuse). */
    Plan plan() throws SQLException {
        return currentPlan();
    }

    /**
     * The bound values themselves, not a copy, once every parameter has one: an execution
     * resolves its parameters before it returns (see {@code ExecutionContext}), so binding the
     * next values cannot change the rows of an open result.
     */
    private AttributeValue[] boundParameters() throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                throw new SQLException("No value specified for parameter " + (i + 1), "07001");
            }
        }
        return params;
    }

    private void bind(int index, AttributeValue value) throws SQLException {
        checkOpen();
        if (index < 1 || index > params.length) {
            throw new SQLException("Parameter index " + index + " is out of range: the statement"
                    + " has " + params.length + " parameter(s)", "07009");
        }
        params[index - 1] = value;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        checkOpen();
        Plan current = currentPlan();
        if (!current.returnsRows()) {
            throw Errors.invalid("executeQuery needs a statement that returns rows; "
                    + "use executeUpdate or execute");
        }
        run(current, boundParameters());
        return getResultSet();
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        checkOpen();
        Plan current = currentPlan();
        if (current.returnsRows()) {
            throw Errors.invalid("executeUpdate needs a statement that returns no rows; "
                    + "use executeQuery or execute");
        }
        run(current, boundParameters());
        return getLargeUpdateCount();
    }

    @Override
    public boolean execute() throws SQLException {
        checkOpen();
        return run(currentPlan(), boundParameters());
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw Errors.invalid("executeQuery(String) cannot be called on a PreparedStatement");
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw Errors.invalid("executeUpdate(String) cannot be called on a PreparedStatement");
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw Errors.invalid("executeUpdate(String) cannot be called on a PreparedStatement");
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw Errors.invalid("execute(String) cannot be called on a PreparedStatement");
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw Errors.invalid("addBatch(String) cannot be called on a PreparedStatement");
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        // a copy: the batch keeps each set while the next is bound
        batch.add(boundParameters().clone());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    /** Runs each parameter set in order; stops at the first failure, as JDBC allows. */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        Plan current = currentPlan();
        if (current.returnsRows()) {
            throw new BatchUpdateException("A batch cannot contain a query", "HY000", 0,
                    new long[0], null);
        }
        List<AttributeValue[]> sets = List.copyOf(batch);
        batch.clear();
        long[] deletes = batchDeletes(current, sets);
        if (deletes != null) {
            return deletes;
        }
        long[] counts = new long[sets.size()];
        // Every entry runs with the values copied into one array, so that the executions share
        // one context instead of building one per entry.
        AttributeValue[] entry = new AttributeValue[params.length];
        for (int i = 0; i < sets.size(); i++) {
            try {
                System.arraycopy(sets.get(i), 0, entry, 0, entry.length);
                run(current, entry);
                counts[i] = getLargeUpdateCount();
            } catch (SQLException e) {
                throw new BatchUpdateException("Batch entry " + (i + 1) + " of " + sets.size()
                        + " failed (the ones before it were written): " + e.getMessage(),
                        e.getSQLState(), e.getErrorCode(), Arrays.copyOf(counts, i), e);
            }
        }
        return counts;
    }

    /**
     * A batch of key-only DELETEs in auto-commit mode runs as BatchWriteItem deletes, 25 per
     * request, retrying unprocessed items with a growing pause; each count is
     * SUCCESS_NO_INFO, as BatchWriteItem does not say whether an item was there. Null when the
     * batch is anything else.
     */
    private long[] batchDeletes(Plan plan, List<AttributeValue[]> sets) throws SQLException {
        if (!(plan instanceof WritePlan write) || connection.inTransaction() || sets.isEmpty()) {
            return null;
        }
        List<WriteRequest> deletes = new ArrayList<>(sets.size());
        try {
            for (AttributeValue[] params : sets) {
                Key key = write.unconditionalDeleteKey(params);
                if (key == null) {
                    return null;
                }
                deletes.add(WriteRequest.delete(key));
            }
            long[] counts = new long[sets.size()];
            Arrays.fill(counts, Statement.SUCCESS_NO_INFO);
            for (int from = 0; from < deletes.size(); from += BATCH_WRITE_LIMIT) {
                List<WriteRequest> chunk = deletes.subList(from,
                        Math.min(deletes.size(), from + BATCH_WRITE_LIMIT));
                writeWithRetries(write.writtenTable().name(), chunk);
            }
            return counts;
        } catch (EngineException e) {
            SQLException cause = Errors.of(e);
            throw new BatchUpdateException("Batch of " + sets.size() + " deletes failed: "
                    + cause.getMessage(), cause.getSQLState(), 0, new long[0], cause);
        }
    }

    /** DynamoDB's limit of writes per BatchWriteItem request. */
    private static final int BATCH_WRITE_LIMIT = 25;
    private static final int BATCH_WRITE_ATTEMPTS = 8;

    private void writeWithRetries(String table, List<WriteRequest> chunk) throws SQLException {
        List<WriteRequest> pending = chunk;
        for (int attempt = 0; attempt < BATCH_WRITE_ATTEMPTS; attempt++) {
            BatchWriteItemResult result = connection.handle().database()
                    .batchWriteItem(BatchWriteItemRequest.of(table, pending));
            pending = result.unprocessedItems().getOrDefault(table, List.of());
            if (pending.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(10L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new SQLException("ProvisionedThroughputExceededException: " + pending.size()
                + " deletes stayed unprocessed after " + BATCH_WRITE_ATTEMPTS + " attempts",
                "40001");
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        Arrays.fill(params, null);
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        Plan current = currentPlan();
        return current.returnsRows() ? new ResultSetMetaDataImpl(current.columns()) : null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        return new ParameterMetaDataImpl(params.length);
    }

    @Override
    public void setAttributeValueJson(int parameterIndex, String dynamoDbJson)
            throws SQLException {
        if (dynamoDbJson == null) {
            throw Errors.data("DynamoDB JSON must not be null; use {\"NULL\":true}");
        }
        AttributeValue value;
        try {
            value = DynamoJson.readValue(dynamoDbJson);
        } catch (EngineException e) {
            throw Errors.of(e);
        }
        bind(parameterIndex, value);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        bind(parameterIndex, AttributeValue.nul());
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        bind(parameterIndex, AttributeValue.nul());
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        bind(parameterIndex, AttributeValue.ofBoolean(x));
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        bind(parameterIndex, AttributeValue.ofNumber(x));
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        bind(parameterIndex, AttributeValue.ofNumber(x));
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        bind(parameterIndex, AttributeValue.ofNumber(x));
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        bind(parameterIndex, AttributeValue.ofNumber(x));
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setString(int parameterIndex, String x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setBytes(int parameterIndex, byte[] x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setObject(int parameterIndex, Object x) throws SQLException {
        bind(parameterIndex, TypeMapping.toAttributeValue(x));
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength)
            throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType)
            throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, Object x, SQLType targetSqlType,
            int scaleOrLength) throws SQLException {
        setObject(parameterIndex, x);
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        setDate(parameterIndex, x);
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        setTime(parameterIndex, x);
    }

    @Override
    public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
        setTimestamp(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, String value) throws SQLException {
        setString(parameterIndex, value);
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        setString(parameterIndex, x == null ? null : x.toString());
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setUnicodeStream(int parameterIndex, InputStream x, int length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        throw Errors.notSupported("Ref parameters");
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        throw Errors.notSupported("Blob parameters (use setBytes)");
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        throw Errors.notSupported("Clob parameters (use setString)");
    }

    @Override
    public void setArray(int parameterIndex, Array x) throws SQLException {
        throw Errors.notSupported("Array parameters (pass a java.util.List to setObject)");
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        throw Errors.notSupported("RowId parameters");
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        throw Errors.notSupported("NClob parameters (use setString)");
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        throw Errors.notSupported("Clob parameters (use setString)");
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length)
            throws SQLException {
        throw Errors.notSupported("Blob parameters (use setBytes)");
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        throw Errors.notSupported("NClob parameters (use setString)");
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        throw Errors.notSupported("SQLXML parameters");
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length)
            throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        throw Errors.notSupported("Streams as parameters");
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        throw Errors.notSupported("Clob parameters (use setString)");
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        throw Errors.notSupported("Blob parameters (use setBytes)");
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        throw Errors.notSupported("NClob parameters (use setString)");
    }
}
