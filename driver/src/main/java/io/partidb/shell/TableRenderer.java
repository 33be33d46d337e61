package io.partidb.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link ResultTable} as psql-style aligned text: a header, a separator, the rows and a
 * row-count footer. Numbers are right-aligned and everything else left-aligned; NULL shows as
 * {@code NULL}; control characters show as escapes so that one row stays on one line; values
 * wider than the cap are cut with an ellipsis so that one huge document cannot blow up the table.
 */
final class TableRenderer {

    /** The default cap on a column's width, in characters. */
    static final int DEFAULT_MAX_WIDTH = 80;

    static final String NULL_TEXT = "NULL";
    private static final String ELLIPSIS = "...";

    private final int maxWidth;

    TableRenderer() {
        this(DEFAULT_MAX_WIDTH);
    }

    TableRenderer(int maxWidth) {
        if (maxWidth <= ELLIPSIS.length()) {
            throw new IllegalArgumentException("maxWidth must exceed " + ELLIPSIS.length());
        }
        this.maxWidth = maxWidth;
    }

    /** The lines of the table, without line terminators and without trailing blanks. */
    List<String> render(ResultTable table) {
        List<ResultTable.Column> columns = table.columns();
        List<String> lines = new ArrayList<>();
        if (!columns.isEmpty()) {
            int[] widths = new int[columns.size()];
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                labels.add(displayText(columns.get(c).label()));
                widths[c] = width(labels.get(c));
            }
            List<List<String>> texts = new ArrayList<>();
            for (List<ResultTable.Cell> row : table.rows()) {
                List<String> rowTexts = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    String text = row.get(c).text() == null
                            ? NULL_TEXT
                            : displayText(row.get(c).text());
                    rowTexts.add(text);
                    widths[c] = Math.max(widths[c], width(text));
                }
                texts.add(rowTexts);
            }
            StringBuilder header = new StringBuilder();
            StringBuilder separator = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                header.append(c == 0 ? " " : " | ");
                header.append(pad(labels.get(c), widths[c], columns.get(c).numeric()));
                separator.append(c == 0 ? "" : "+").append("-".repeat(widths[c] + 2));
            }
            lines.add(header.toString().stripTrailing());
            lines.add(separator.toString());
            for (int r = 0; r < texts.size(); r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns.size(); c++) {
                    line.append(c == 0 ? " " : " | ");
                    boolean right = table.rows().get(r).get(c).numeric();
                    line.append(pad(texts.get(r).get(c), widths[c], right));
                }
                lines.add(line.toString().stripTrailing());
            }
        }
        lines.add(footer(table.rows().size()));
        return lines;
    }

    /** {@code (1 row)} or {@code (N rows)}. */
    static String footer(int rows) {
        return rows == 1 ? "(1 row)" : "(" + rows + " rows)";
    }

    /** The value with control characters escaped, cut to the width cap. */
    String displayText(String value) {
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (Character.isISOControl(cp)) {
                        text.append(String.format("\\u%04x", cp));
                    } else {
                        text.appendCodePoint(cp);
                    }
                }
            }
        });
        if (width(text) <= maxWidth) {
            return text.toString();
        }
        int cut = text.offsetByCodePoints(0, maxWidth - ELLIPSIS.length());
        return text.substring(0, cut) + ELLIPSIS;
    }

    private static int width(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    private static String pad(String text, int width, boolean right) {
        String blanks = " ".repeat(width - width(text));
        return right ? blanks + text : text + blanks;
    }
}
