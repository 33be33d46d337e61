package io.partidb.shell;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole {@link ResultSet} into a {@link ResultTable}, taking each value's text from
 * {@link ResultSet#getString} so that the driver decides how its values look.
 *
 * <p>A column is numeric when its JDBC type is. A column of an open type ({@code OTHER},
 * {@code JAVA_OBJECT}), as a schemaless store reports for attributes of mixed types, is judged
 * value by value: a cell whose {@code getObject} is a {@link Number} is right-aligned.
 */
final class ResultTableReader {

    private ResultTableReader() {
    }

    static ResultTable read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        List<ResultTable.Column> columns = new ArrayList<>(count);
        boolean[] numeric = new boolean[count];
        boolean[] open = new boolean[count];
        for (int c = 0; c < count; c++) {
            int type = meta.getColumnType(c + 1);
            numeric[c] = isNumericType(type);
            open[c] = type == Types.OTHER || type == Types.JAVA_OBJECT;
            columns.add(new ResultTable.Column(label(meta, c + 1), numeric[c]));
        }
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<ResultTable.Cell> row = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                boolean number = numeric[c]
                        || open[c] && resultSet.getObject(c + 1) instanceof Number;
                row.add(new ResultTable.Cell(resultSet.getString(c + 1), number));
            }
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    static boolean isNumericType(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL,
                    Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> true;
            default -> false;
        };
    }

    private static String label(ResultSetMetaData meta, int column) throws SQLException {
        String label = meta.getColumnLabel(column);
        return label == null || label.isEmpty() ? meta.getColumnName(column) : label;
    }
}
