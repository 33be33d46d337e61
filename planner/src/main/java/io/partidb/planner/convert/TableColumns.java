package io.partidb.planner.convert;

import io.partidb.engine.Table;
import io.partidb.engine.catalog.AttributeDefinition;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.value.AttributeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The relational face of a table: its columns in SQL order (table keys, index keys, declared
 * attributes, then observed ones) plus one trailing {@value #ITEM_FIELD} field that stands for
 * the whole item, through which any other attribute is reached.
 */
public final class TableColumns {
    /** Name of the trailing field that stands for the whole item. */
    public static final String ITEM_FIELD = "$item";

    /** One column: an attribute with the DynamoDB type it usually has (null when unknown). */
    public record Column(String name, AttributeType type, boolean key, String declaredType) {
    }

    private final TableDefinition table;
    private final List<Column> columns;
    private final Map<String, Integer> positions;

    private TableColumns(TableDefinition table, List<Column> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            map.put(this.columns.get(i).name(), i);
        }
        this.positions = Map.copyOf(map);
    }

    /** Columns of a table as its definition and its items' attribute statistics say now. */
    public static TableColumns of(Table table) {
        return of(table.definition(), table.attributeStatistics().dominantTypes());
    }

    /**
     * Columns of a table: its key attributes first, then index keys, declared attributes and the
     * observed attribute names with their dominant type, each name once.
     */
    public static TableColumns of(TableDefinition table, Map<String, AttributeType> observed) {
        Set<String> seen = new LinkedHashSet<>();
        List<Column> columns = new ArrayList<>();
        for (KeyElement key : table.keySchema().elements()) {
            if (seen.add(key.name())) {
                columns.add(new Column(key.name(), key.type().toAttributeType(), true,
                        declaredType(table, key.name())));
            }
        }
        table.indexes().forEach(index -> index.keySchema().elements().forEach(key -> {
            if (seen.add(key.name())) {
                columns.add(new Column(key.name(), key.type().toAttributeType(), false,
                        declaredType(table, key.name())));
            }
        }));
        for (AttributeDefinition attribute : table.attributes()) {
            if (seen.add(attribute.name())) {
                columns.add(new Column(attribute.name(), attribute.type(), false,
                        attribute.declaredType()));
            }
        }
        observed.entrySet().stream()
                .filter(e -> !seen.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.add(new Column(e.getKey(), e.getValue(), false, null)));
        return new TableColumns(table, columns);
    }

    private static String declaredType(TableDefinition table, String name) {
        return table.attribute(name).map(AttributeDefinition::declaredType).orElse(null);
    }

    /**
     * The columns a secondary index read offers: only the attributes the index projects (the
     * others stay reachable by name, through the item field).
     */
    public TableColumns projectedBy(Predicate<String> projected) {
        return new TableColumns(table, columns.stream()
                .filter(column -> projected.test(column.name())).toList());
    }

    public TableDefinition table() {
        return table;
    }

    /** The columns, without the trailing item field. */
    public List<Column> columns() {
        return columns;
    }

    /** Position of a column, or -1 when the attribute is not a column. */
    public int indexOf(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    /** Position of the trailing item field. */
    public int itemFieldIndex() {
        return columns.size();
    }

    /** The Calcite row type: the columns and the item field. */
    public RelDataType rowType(RelDataTypeFactory types) {
        RelDataTypeFactory.Builder builder = types.builder();
        for (Column column : columns) {
            builder.add(column.name(), sqlType(types, column.type(), !column.key()));
        }
        builder.add(ITEM_FIELD, types.createTypeWithNullability(
                types.createSqlType(SqlTypeName.ANY), false));
        return builder.build();
    }

    /** Names of the columns in order. */
    public Collection<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    private static RelDataType sqlType(RelDataTypeFactory types, AttributeType type,
            boolean nullable) {
        SqlTypeName name = type == null ? SqlTypeName.ANY : switch (type) {
            case S -> SqlTypeName.VARCHAR;
            case N -> SqlTypeName.DECIMAL;
            case B -> SqlTypeName.VARBINARY;
            case BOOL -> SqlTypeName.BOOLEAN;
            default -> SqlTypeName.ANY;
        };
        return types.createTypeWithNullability(types.createSqlType(name), nullable);
    }
}
