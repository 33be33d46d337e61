package io.partidb.jdbc.internal;

import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.DynamoJson;
import io.partidb.jdbc.PartiDBResultSet;
import io.partidb.planner.physical.ResultColumn;
import io.partidb.planner.physical.RowIterator;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A forward-only, read-only result: streams engine items from the operator tree and reads
 * column <i>i</i> through the plan's {@link ResultColumn} (no per-row copies).
 */
public final class ResultSetImpl extends JdbcObject implements PartiDBResultSet {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final StatementImpl statement;
    private final List<ResultColumn> columns;
    private final RowIterator rows;
    private final long maxRows;
    private final boolean wholeItems;
    private Item current;
    private long rowNumber;
    private boolean afterLast;
    private boolean closed;
    private boolean wasNull;
    private int fetchSize;

    /** @param wholeItems whether each row is a whole item ({@code SELECT *}) */
    ResultSetImpl(StatementImpl statement, List<ResultColumn> columns, RowIterator rows,
            long maxRows, boolean wholeItems) {
        this.wholeItems = wholeItems;
        this.statement = statement;
        this.columns = columns;
        this.rows = rows;
        this.maxRows = maxRows;
    }

    void closeQuietly() {
        closed = true;
        current = null;
        rows.close();
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw Errors.closed("ResultSet");
        }
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        try {
            if (afterLast || (maxRows > 0 && rowNumber >= maxRows) || !rows.hasNext()) {
                current = null;
                afterLast = true;
                rows.close();
                return false;
            }
            current = rows.next();
            rowNumber++;
            return true;
        } catch (EngineException e) {
            throw Errors.of(e);
        } catch (RuntimeException e) {
            throw Errors.internal(e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closeQuietly();
        if (statement != null) {
            statement.resultSetClosed(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private AttributeValue value(int columnIndex) throws SQLException {
        checkOpen();
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw new SQLException("Column index " + columnIndex + " is out of range 1.."
                    + columns.size(), "07009");
        }
        if (current == null) {
            throw new SQLException("No current row: call next() first"
                    + (afterLast ? " (the result is exhausted)" : ""), "24000");
        }
        try {
            AttributeValue value = columns.get(columnIndex - 1).read(current);
            wasNull = value == null || value instanceof AttributeValue.Null;
            return value;
        } catch (EngineException e) {
            throw Errors.of(e);
        } catch (RuntimeException e) {
            throw Errors.internal(e);
        }
    }

    @Override
    public boolean isMissing(int columnIndex) throws SQLException {
        AttributeValue value = value(columnIndex);
        return value == null;
    }

    @Override
    public boolean isMissing(String columnLabel) throws SQLException {
        return isMissing(findColumn(columnLabel));
    }

    /**
     * The row as DynamoDB returns it: for {@code SELECT *} the whole item, otherwise the
     * selected attributes under their labels, a missing one absent.
     */
    @Override
    public String getItemJson() throws SQLException {
        checkOpen();
        if (current == null) {
            throw new SQLException("No current row: call next() first", "24000");
        }
        if (wholeItems) {
            return DynamoJson.writeItem(current);
        }
        Map<String, AttributeValue> row = new LinkedHashMap<>();
        try {
            for (ResultColumn column : columns) {
                AttributeValue value = column.read(current);
                if (value != null) {
                    row.put(column.label(), value);
                }
            }
            return DynamoJson.writeItem(Item.of(row));
        } catch (EngineException e) {
            throw Errors.of(e);
        }
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public String getString(int columnIndex) throws SQLException {
        return TypeMapping.toText(value(columnIndex));
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        AttributeValue value = value(columnIndex);
        if (wasNull) {
            return false;
        } else if (value instanceof AttributeValue.Bool b) {
            return b.value();
        } else if (value instanceof AttributeValue.N n) {
            return n.value().signum() != 0;
        } else if (value instanceof AttributeValue.S s) {
            String text = s.value().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("1")) {
                return true;
            }
            if (text.equals("false") || text.equals("0")) {
                return false;
            }
        }
        throw cannotConvert(columnIndex, value, "boolean");
    }

    /** The value as an exact decimal, from N or numeric S; null for NULL and MISSING. */
    private BigDecimal decimal(int columnIndex, String target) throws SQLException {
        return decimal(value(columnIndex), columnIndex, target);
    }

    /** {@link #decimal(int, String)} of a value just read by {@link #value}. */
    private BigDecimal decimal(AttributeValue value, int columnIndex, String target)
            throws SQLException {
        if (wasNull) {
            return null;
        } else if (value instanceof AttributeValue.N n) {
            return TypeMapping.plain(n.value());
        } else if (value instanceof AttributeValue.S s) {
            try {
                return new BigDecimal(s.value().trim());
            } catch (NumberFormatException e) {
                throw cannotConvert(columnIndex, value, target);
            }
        } else if (value instanceof AttributeValue.Bool b) {
            return b.value() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        throw cannotConvert(columnIndex, value, target);
    }

    /**
     * The value as a whole number in {@code min..max}, the fraction cut off; 0 for NULL and
     * MISSING. A whole N of up to 18 digits, the usual case, is read without allocating.
     */
    private long integral(int columnIndex, long min, long max, String target)
            throws SQLException {
        AttributeValue read = value(columnIndex);
        if (read instanceof AttributeValue.N n) {
            // Canonical numbers have no trailing zeros, so a whole number below 10^18 has
            // scale 0 and a compact long, and precision() is cached once computed.
            BigDecimal number = n.value();
            if (number.scale() == 0 && number.precision() <= 18) {
                long whole = number.longValue();
                if (whole < min || whole > max) {
                    throw outOfRange(number, columnIndex, target);
                }
                return whole;
            }
        }
        BigDecimal value = decimal(read, columnIndex, target);
        if (value == null) {
            return 0;
        }
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
        if (whole.compareTo(LONG_MIN) < 0 || whole.compareTo(LONG_MAX) > 0
                || whole.longValue() < min || whole.longValue() > max) {
            throw outOfRange(value, columnIndex, target);
        }
        return whole.longValue();
    }

    private static SQLException outOfRange(BigDecimal value, int columnIndex, String target) {
        return new java.sql.SQLDataException("Value " + value.toPlainString() + " of column "
                + columnIndex + " is out of range for " + target, "22003");
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return (byte) integral(columnIndex, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return (short) integral(columnIndex, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return (int) integral(columnIndex, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return integral(columnIndex, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        BigDecimal value = decimal(columnIndex, "float");
        return value == null ? 0f : value.floatValue();
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        BigDecimal value = decimal(columnIndex, "double");
        return value == null ? 0d : value.doubleValue();
    }

    @Override
    public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return decimal(columnIndex, "BigDecimal");
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal value = decimal(columnIndex, "BigDecimal");
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public byte[] getBytes(int columnIndex) throws SQLException {
        AttributeValue value = value(columnIndex);
        if (wasNull) {
            return null;
        } else if (value instanceof AttributeValue.B b) {
            return b.value().toArray();
        }
        throw cannotConvert(columnIndex, value, "byte[]");
    }

    private String temporalText(int columnIndex, String target) throws SQLException {
        AttributeValue value = value(columnIndex);
        if (wasNull) {
            return null;
        } else if (value instanceof AttributeValue.S s) {
            return s.value().trim();
        }
        throw cannotConvert(columnIndex, value, target);
    }

    private LocalDateTime localDateTime(int columnIndex, String target) throws SQLException {
        String text = temporalText(columnIndex, target);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).atZoneSameInstant(java.time.ZoneId
                        .systemDefault()).toLocalDateTime();
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw Errors.data("Column " + columnIndex + " holds '" + text
                    + "', not an ISO-8601 date-time");
        }
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        LocalDateTime value = localDateTime(columnIndex, "Date");
        return value == null ? null : Date.valueOf(value.toLocalDate());
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        String text = temporalText(columnIndex, "Time");
        if (text == null) {
            return null;
        }
        try {
            return Time.valueOf(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            LocalDateTime value = localDateTime(columnIndex, "Time");
            return Time.valueOf(value.toLocalTime());
        }
    }

    @Override
    public Timestamp getTimestamp(int columnIndex) throws SQLException {
        LocalDateTime value = localDateTime(columnIndex, "Timestamp");
        return value == null ? null : Timestamp.valueOf(value);
    }

    @Override
    public InputStream getAsciiStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null
                : new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(int columnIndex) throws SQLException {
        throw Errors.notSupported("getUnicodeStream (deprecated; use getCharacterStream)");
    }

    @Override
    public InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] bytes = getBytes(columnIndex);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader getCharacterStream(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        return text == null ? null : new StringReader(text);
    }

    @Override
    public Object getObject(int columnIndex) throws SQLException {
        AttributeValue value = value(columnIndex);
        if (value instanceof AttributeValue.N n && columns.get(columnIndex - 1).integer()) {
            return n.value().intValueExact();
        }
        return TypeMapping.toJava(value);
    }

    @Override
    public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
        if (type == null) {
            throw Errors.invalid("type must not be null");
        }
        Object out;
        if (type == String.class) {
            out = getString(columnIndex);
        } else if (type == BigDecimal.class) {
            out = getBigDecimal(columnIndex);
        } else if (type == Integer.class) {
            int v = getInt(columnIndex);
            out = wasNull ? null : v;
        } else if (type == Long.class) {
            long v = getLong(columnIndex);
            out = wasNull ? null : v;
        } else if (type == Short.class) {
            short v = getShort(columnIndex);
            out = wasNull ? null : v;
        } else if (type == Byte.class) {
            byte v = getByte(columnIndex);
            out = wasNull ? null : v;
        } else if (type == Double.class) {
            double v = getDouble(columnIndex);
            out = wasNull ? null : v;
        } else if (type == Float.class) {
            float v = getFloat(columnIndex);
            out = wasNull ? null : v;
        } else if (type == Boolean.class) {
            boolean v = getBoolean(columnIndex);
            out = wasNull ? null : v;
        } else if (type == byte[].class) {
            out = getBytes(columnIndex);
        } else if (type == LocalDateTime.class) {
            out = localDateTime(columnIndex, "LocalDateTime");
        } else if (type == LocalDate.class) {
            LocalDateTime v = localDateTime(columnIndex, "LocalDate");
            out = v == null ? null : v.toLocalDate();
        } else if (type == Instant.class) {
            String text = temporalText(columnIndex, "Instant");
            try {
                out = text == null ? null : OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw Errors.data("Column " + columnIndex + " holds '" + text
                        + "', not an ISO-8601 instant");
            }
        } else if (type == UUID.class) {
            String text = getString(columnIndex);
            try {
                out = text == null ? null : UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                throw Errors.data("Column " + columnIndex + " holds '" + text
                        + "', not a UUID");
            }
        } else {
            Object value = getObject(columnIndex);
            if (value != null && !type.isInstance(value)) {
                throw Errors.data("Column " + columnIndex + " holds a "
                        + value.getClass().getName() + ", not a " + type.getName());
            }
            out = value;
        }
        return type.cast(out);
    }

    @Override
    public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        if (map != null && !map.isEmpty()) {
            throw Errors.notSupported("User-defined type maps");
        }
        return getObject(columnIndex);
    }

    private SQLException cannotConvert(int columnIndex, AttributeValue value, String target) {
        return Errors.data("Cannot read column " + columnIndex + " ("
                + columns.get(columnIndex - 1).label() + ", DynamoDB type " + value.type()
                + ") as " + target);
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().equals(columnLabel)) {
                return i + 1;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().equalsIgnoreCase(columnLabel)) {
                return i + 1;
            }
        }
        throw new SQLException("No column labelled '" + columnLabel + "' in this result",
                "42S22");
    }

    @Override
    public String getString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public boolean getBoolean(String columnLabel) throws SQLException {
        return getBoolean(findColumn(columnLabel));
    }

    @Override
    public byte getByte(String columnLabel) throws SQLException {
        return getByte(findColumn(columnLabel));
    }

    @Override
    public short getShort(String columnLabel) throws SQLException {
        return getShort(findColumn(columnLabel));
    }

    @Override
    public int getInt(String columnLabel) throws SQLException {
        return getInt(findColumn(columnLabel));
    }

    @Override
    public long getLong(String columnLabel) throws SQLException {
        return getLong(findColumn(columnLabel));
    }

    @Override
    public float getFloat(String columnLabel) throws SQLException {
        return getFloat(findColumn(columnLabel));
    }

    @Override
    public double getDouble(String columnLabel) throws SQLException {
        return getDouble(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
        return getBigDecimal(findColumn(columnLabel), scale);
    }

    @Override
    public byte[] getBytes(String columnLabel) throws SQLException {
        return getBytes(findColumn(columnLabel));
    }

    @Override
    public Date getDate(String columnLabel) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(String columnLabel) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(String columnLabel) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public InputStream getAsciiStream(String columnLabel) throws SQLException {
        return getAsciiStream(findColumn(columnLabel));
    }

    @Override
    @Deprecated
    public InputStream getUnicodeStream(String columnLabel) throws SQLException {
        return getUnicodeStream(findColumn(columnLabel));
    }

    @Override
    public InputStream getBinaryStream(String columnLabel) throws SQLException {
        return getBinaryStream(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel) throws SQLException {
        return getObject(findColumn(columnLabel));
    }

    @Override
    public Reader getCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
    }

    @Override
    public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
        return getBigDecimal(findColumn(columnLabel));
    }

    @Override
    public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
        return getObject(findColumn(columnLabel), map);
    }

    @Override
    public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
        return getObject(findColumn(columnLabel), type);
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        return getDate(columnIndex);
    }

    @Override
    public Date getDate(String columnLabel, Calendar cal) throws SQLException {
        return getDate(findColumn(columnLabel));
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        return getTime(columnIndex);
    }

    @Override
    public Time getTime(String columnLabel, Calendar cal) throws SQLException {
        return getTime(findColumn(columnLabel));
    }

    @Override
    public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        return getTimestamp(columnIndex);
    }

    @Override
    public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
        return getTimestamp(findColumn(columnLabel));
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        String text = getString(columnIndex);
        try {
            return text == null ? null : new URL(text);
        } catch (MalformedURLException e) {
            throw Errors.data("Column " + columnIndex + " holds '" + text + "', not a URL");
        }
    }

    @Override
    public URL getURL(String columnLabel) throws SQLException {
        return getURL(findColumn(columnLabel));
    }

    @Override
    public String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    @Override
    public String getNString(String columnLabel) throws SQLException {
        return getString(findColumn(columnLabel));
    }

    @Override
    public Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public Reader getNCharacterStream(String columnLabel) throws SQLException {
        return getCharacterStream(findColumn(columnLabel));
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
    public String getCursorName() throws SQLException {
        throw Errors.notSupported("Named cursors");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new ResultSetMetaDataImpl(columns);
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && !afterLast && rows.hasNext();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && rowNumber > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return rowNumber == 1 && current != null;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return current != null && (!rows.hasNext() || (maxRows > 0 && rowNumber >= maxRows));
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return current == null ? 0 : (int) Math.min(Integer.MAX_VALUE, rowNumber);
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    private static SQLException forwardOnly() {
        return Errors.notSupported("Moving a forward-only result set other than by next()");
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
    public int getType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public boolean rowInserted() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        checkOpen();
        return false;
    }

    private static SQLException readOnly() {
        return Errors.notSupported("Updating a result set (use UPDATE, INSERT or DELETE)");
    }

    @Override
    public void updateNull(int columnIndex) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(int columnIndex, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(int columnIndex, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(int columnIndex, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(int columnIndex, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(int columnIndex, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(int columnIndex, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(int columnIndex, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(int columnIndex, BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(int columnIndex, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(int columnIndex, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(int columnIndex, Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(int columnIndex, Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(int columnIndex, Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x, int length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x, int length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader x, int length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int columnIndex, Object x, int scaleOrLength) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int columnIndex, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(String columnLabel) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(String columnLabel, boolean x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(String columnLabel, byte x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(String columnLabel, short x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(String columnLabel, int x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(String columnLabel, long x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(String columnLabel, float x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(String columnLabel, double x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(String columnLabel, BigDecimal x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(String columnLabel, String x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(String columnLabel, byte[] x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(String columnLabel, Date x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(String columnLabel, Time x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(String columnLabel, Timestamp x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x, int length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x, int length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, int length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String columnLabel, Object x, int scaleOrLength)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String columnLabel, Object x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw Errors.notSupported("Ref values");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        throw Errors.notSupported("Blob values (use getBytes)");
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        throw Errors.notSupported("Clob values (use getString)");
    }

    /** A list or set column as a {@link Array}; other types cannot be read as arrays. */
    @Override
    public Array getArray(int columnIndex) throws SQLException {
        AttributeValue value = value(columnIndex);
        if (wasNull) {
            return null;
        }
        ArrayImpl array = ArrayImpl.of(value);
        if (array == null) {
            throw cannotConvert(columnIndex, value, "Array");
        }
        return array;
    }

    @Override
    public Ref getRef(String columnLabel) throws SQLException {
        throw Errors.notSupported("Ref values");
    }

    @Override
    public Blob getBlob(String columnLabel) throws SQLException {
        throw Errors.notSupported("Blob values (use getBytes)");
    }

    @Override
    public Clob getClob(String columnLabel) throws SQLException {
        throw Errors.notSupported("Clob values (use getString)");
    }

    @Override
    public Array getArray(String columnLabel) throws SQLException {
        return getArray(findColumn(columnLabel));
    }

    @Override
    public void updateRef(int columnIndex, Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(String columnLabel, Ref x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int columnIndex, Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String columnLabel, Blob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int columnIndex, Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String columnLabel, Clob x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(int columnIndex, Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(String columnLabel, Array x) throws SQLException {
        throw readOnly();
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw Errors.notSupported("RowId");
    }

    @Override
    public RowId getRowId(String columnLabel) throws SQLException {
        throw Errors.notSupported("RowId");
    }

    @Override
    public void updateRowId(int columnIndex, RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(String columnLabel, RowId x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(int columnIndex, String nString) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(String columnLabel, String nString) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int columnIndex, NClob nClob) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String columnLabel, NClob nClob) throws SQLException {
        throw readOnly();
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw Errors.notSupported("NClob values (use getString)");
    }

    @Override
    public NClob getNClob(String columnLabel) throws SQLException {
        throw Errors.notSupported("NClob values (use getString)");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw Errors.notSupported("SQLXML values");
    }

    @Override
    public SQLXML getSQLXML(String columnLabel) throws SQLException {
        throw Errors.notSupported("SQLXML values");
    }

    @Override
    public void updateSQLXML(int columnIndex, SQLXML xmlObject) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(String columnLabel, SQLXML xmlObject) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader x, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader x, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int columnIndex, Reader reader, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String columnLabel, Reader reader, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader, long length) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader, long length)
            throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String columnLabel, Reader reader) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int columnIndex, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int columnIndex, Reader x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String columnLabel, InputStream x) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String columnLabel, Reader reader) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int columnIndex, InputStream inputStream) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String columnLabel, InputStream inputStream) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int columnIndex, Reader reader) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String columnLabel, Reader reader) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int columnIndex, Reader reader) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String columnLabel, Reader reader) throws SQLException {
        throw readOnly();
    }
}
