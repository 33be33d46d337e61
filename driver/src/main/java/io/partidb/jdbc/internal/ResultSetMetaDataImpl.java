package io.partidb.jdbc.internal;

import io.partidb.planner.physical.ResultColumn;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Column descriptions of a result, known from the plan before the first row is read. */
final class ResultSetMetaDataImpl extends JdbcObject implements ResultSetMetaData {
    private final List<ResultColumn> columns;

    ResultSetMetaDataImpl(List<ResultColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    private ResultColumn column(int column) throws SQLException {
        if (column < 1 || column > columns.size()) {
            throw new SQLException("Column index " + column + " is out of range 1.."
                    + columns.size(), "07009");
        }
        return columns.get(column - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        int type = getColumnType(column);
        return type == Types.VARCHAR || type == Types.OTHER || type == Types.JAVA_OBJECT;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    /** Any attribute may be absent from an item. */
    @Override
    public int isNullable(int column) throws SQLException {
        column(column);
        return columnNullable;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        int type = getColumnType(column);
        return type == Types.DECIMAL || type == Types.INTEGER;
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return switch (getColumnType(column)) {
            case Types.BOOLEAN -> 5;
            case Types.DECIMAL -> 40;
            case Types.INTEGER -> 11;
            default -> 80;
        };
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).label();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    /** 38 significant digits for numbers, as DynamoDB allows; 0 when not applicable. */
    @Override
    public int getPrecision(int column) throws SQLException {
        int type = getColumnType(column);
        return type == Types.DECIMAL ? 38 : type == Types.INTEGER ? 10 : 0;
    }

    @Override
    public int getScale(int column) throws SQLException {
        column(column);
        return 0;
    }

    @Override
    public String getTableName(int column) throws SQLException {
        return column(column).table();
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return TypeMapping.columnType(column(column));
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        ResultColumn c = column(column);
        return c.integer() ? "INTEGER" : TypeMapping.typeName(c.type());
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        ResultColumn c = column(column);
        return c.integer() ? Integer.class.getName() : TypeMapping.javaClassName(c.type());
    }
}
