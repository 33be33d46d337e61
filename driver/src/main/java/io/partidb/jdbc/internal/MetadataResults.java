package io.partidb.jdbc.internal;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.physical.ResultColumn;
import io.partidb.planner.physical.RowIterator;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the small in-memory result sets that {@code DatabaseMetaData} returns, as ordinary
 * PartiDB result sets over items (so every getter behaves the same everywhere).
 */
final class MetadataResults {
    /**
     * One column of a metadata result: its JDBC label and DynamoDB type; numeric metadata
     * columns are JDBC integers, as the JDBC specification lists them.
     */
    record Col(String label, AttributeType type) {
        static Col s(String label) {
            return new Col(label, AttributeType.S);
        }

        static Col n(String label) {
            return new Col(label, AttributeType.N);
        }

        static Col bool(String label) {
            return new Col(label, AttributeType.BOOL);
        }

        ResultColumn toResultColumn() {
            return type == AttributeType.N
                    ? ResultColumn.plainInteger(label) : ResultColumn.plain(label, type);
        }
    }

    private MetadataResults() {
    }

    static ResultSet empty(StatementImpl statement, List<Col> columns) {
        return of(statement, columns, List.of());
    }

    /** A result with these columns and rows; a null cell reads as SQL NULL. */
    static ResultSet of(StatementImpl statement, List<Col> columns, List<Object[]> rows) {
        List<ResultColumn> resultColumns = new ArrayList<>();
        for (Col col : columns) {
            resultColumns.add(col.toResultColumn());
        }
        List<Item> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Object cell = row[i];
                if (cell != null) {
                    attributes.put(columns.get(i).label(), cell(cell));
                }
            }
            items.add(Item.of(attributes));
        }
        return new ResultSetImpl(statement, resultColumns, RowIterator.of(items.iterator()), 0,
                false);
    }

    private static AttributeValue cell(Object cell) {
        if (cell instanceof String s) {
            return AttributeValue.ofString(s);
        } else if (cell instanceof Boolean b) {
            return AttributeValue.ofBoolean(b);
        } else if (cell instanceof Number n) {
            return AttributeValue.ofNumber(n.longValue());
        }
        throw new IllegalArgumentException("metadata cell of type " + cell.getClass());
    }
}
