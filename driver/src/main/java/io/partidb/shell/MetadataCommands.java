package io.partidb.shell;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code !tables} and {@code !describe} commands, answered from {@link DatabaseMetaData} so
 * that they work with any driver.
 */
final class MetadataCommands {

    /** The table a column belongs to, as {@code getColumns} names it. */
    private record TableName(String catalog, String schema, String name) {
        String qualified() {
            StringBuilder text = new StringBuilder();
            if (schema != null && !schema.isEmpty()) {
                text.append(schema).append('.');
            }
            return text.append(name).toString();
        }
    }

    /** One row of {@code getColumns}, the part {@code !describe} shows. */
    private record ColumnInfo(TableName table, String name, String type, String nullable) {
    }

    private final Connection connection;
    private final PrintStream out;
    private final TableRenderer renderer;

    MetadataCommands(Connection connection, PrintStream out, TableRenderer renderer) {
        this.connection = connection;
        this.out = out;
        this.renderer = renderer;
    }

    /** Lists the tables whose names match the JDBC pattern, all of them when it is blank. */
    void listTables(String pattern) throws SQLException {
        String namePattern = pattern.isBlank() ? "%" : pattern.strip();
        List<String[]> rows = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, null, namePattern, null)) {
            while (tables.next()) {
                rows.add(new String[] {tables.getString("TABLE_CAT"),
                        tables.getString("TABLE_SCHEM"), tables.getString("TABLE_NAME"),
                        tables.getString("TABLE_TYPE"), tables.getString("REMARKS")});
            }
        }
        String[] labels = {"Catalog", "Schema", "Table", "Type", "Remarks"};
        // Catalog, schema and remarks are noise for stores that have none of them.
        boolean[] shown = {hasValues(rows, 0), hasValues(rows, 1), true, true, hasValues(rows, 4)};
        List<ResultTable.Column> columns = new ArrayList<>();
        for (int c = 0; c < labels.length; c++) {
            if (shown[c]) {
                columns.add(new ResultTable.Column(labels[c], false));
            }
        }
        List<List<ResultTable.Cell>> cells = new ArrayList<>();
        for (String[] row : rows) {
            List<ResultTable.Cell> line = new ArrayList<>();
            for (int c = 0; c < labels.length; c++) {
                if (shown[c]) {
                    line.add(ResultTable.Cell.text(row[c]));
                }
            }
            cells.add(line);
        }
        print(new ResultTable(columns, cells));
    }

    /**
     * Lists the columns of a table: its name as stored, or, unquoted, also in the case the
     * database folds unquoted names to.
     *
     * @return false when no such table has columns
     */
    boolean describe(String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = table.strip();
        Set<String> candidates = new LinkedHashSet<>();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            candidates.add(name.substring(1, name.length() - 1).replace("\"\"", "\""));
        } else {
            candidates.add(name);
            if (answers(meta::storesUpperCaseIdentifiers)) {
                candidates.add(name.toUpperCase(Locale.ROOT));
            }
            if (answers(meta::storesLowerCaseIdentifiers)) {
                candidates.add(name.toLowerCase(Locale.ROOT));
            }
        }
        for (String candidate : candidates) {
            List<ColumnInfo> columns = columns(meta, escape(meta, candidate));
            if (!columns.isEmpty()) {
                print(describeTable(meta, columns));
                return true;
            }
        }
        return false;
    }

    private ResultTable describeTable(DatabaseMetaData meta, List<ColumnInfo> columns) {
        Set<TableName> tables = new LinkedHashSet<>();
        columns.forEach(column -> tables.add(column.table()));
        Map<TableName, Map<String, String>> keys = new HashMap<>();
        boolean keysKnown = true;
        for (TableName table : tables) {
            try {
                keys.put(table, primaryKey(meta, table));
            } catch (SQLException | RuntimeException unsupported) {
                keysKnown = false;
            }
        }
        boolean manyTables = tables.size() > 1;
        List<ResultTable.Column> headings = new ArrayList<>();
        if (manyTables) {
            headings.add(new ResultTable.Column("Table", false));
        }
        headings.add(new ResultTable.Column("Column", false));
        headings.add(new ResultTable.Column("Type", false));
        headings.add(new ResultTable.Column("Nullable", false));
        if (keysKnown) {
            headings.add(new ResultTable.Column("Key", true));
        }
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        for (ColumnInfo column : columns) {
            List<ResultTable.Cell> row = new ArrayList<>();
            if (manyTables) {
                row.add(ResultTable.Cell.text(column.table().qualified()));
            }
            row.add(ResultTable.Cell.text(column.name()));
            row.add(ResultTable.Cell.text(column.type()));
            row.add(ResultTable.Cell.text(column.nullable()));
            if (keysKnown) {
                String position = keys.get(column.table()).get(column.name());
                row.add(ResultTable.Cell.number(position == null ? "" : position));
            }
            rows.add(row);
        }
        return new ResultTable(headings, rows);
    }

    private static List<ColumnInfo> columns(DatabaseMetaData meta, String tablePattern)
            throws SQLException {
        List<ColumnInfo> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, null, tablePattern, "%")) {
            while (rs.next()) {
                TableName table = new TableName(rs.getString("TABLE_CAT"),
                        rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME"));
                columns.add(new ColumnInfo(table, rs.getString("COLUMN_NAME"),
                        rs.getString("TYPE_NAME"), rs.getString("IS_NULLABLE")));
            }
        }
        return columns;
    }

    /** Column name to its position in the primary key (1 for a partition key, and so on). */
    private static Map<String, String> primaryKey(DatabaseMetaData meta, TableName table)
            throws SQLException {
        Map<String, String> positions = new HashMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(table.catalog(), table.schema(), table.name())) {
            while (rs.next()) {
                positions.put(rs.getString("COLUMN_NAME"), rs.getString("KEY_SEQ"));
            }
        }
        return positions;
    }

    /** Escapes the pattern characters in a name, so that {@code my_table} is not a pattern. */
    private static String escape(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '%' || escape.equals(String.valueOf(c))) {
                escaped.append(escape);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A yes/no question to the metadata, which some drivers do not answer. */
    private interface MetadataQuestion {
        boolean ask() throws SQLException;
    }

    private static boolean answers(MetadataQuestion question) {
        try {
            return question.ask();
        } catch (SQLException | RuntimeException unanswered) {
            return false;
        }
    }

    private static boolean hasValues(List<String[]> rows, int column) {
        return rows.stream().anyMatch(row -> row[column] != null && !row[column].isEmpty());
    }

    private void print(ResultTable table) {
        renderer.render(table).forEach(out::println);
    }
}
