package io.partidb.shell;

import java.util.List;

/**
 * A result read in full and ready to render: column headings and the display text of each cell.
 * Holding text rather than JDBC values keeps the renderer free of JDBC and easy to test.
 *
 * @param columns the headings, in order
 * @param rows the rows; each has one cell per column
 */
record ResultTable(List<Column> columns, List<List<Cell>> rows) {

    /**
     * A column heading.
     *
     * @param label the text shown in the header
     * @param numeric whether the column holds numbers, which are right-aligned
     */
    record Column(String label, boolean numeric) {
        Column {
            label = label == null ? "" : label;
        }
    }

    /**
     * One value as shown.
     *
     * @param text the value's text, or null for SQL NULL
     * @param numeric whether the value is a number and so right-aligned
     */
    record Cell(String text, boolean numeric) {

        /** A text cell, or NULL when {@code text} is null. */
        static Cell text(String text) {
            return new Cell(text, false);
        }

        /** A right-aligned cell. */
        static Cell number(String text) {
            return new Cell(text, true);
        }
    }

    ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }
}
