package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

/**
 * One output column of a query, known at plan time: its label, the table it comes from, the
 * DynamoDB type it usually holds (null when unknown or mixed), the type declared in DDL (null
 * when undeclared), and how to read it from a row. A row is the engine item itself; a
 * top-level attribute is read by name without copying, a nested one by its document path.
 */
public final class ResultColumn {
    private final String label;
    private final String table;
    private final AttributeType type;
    private final String declaredType;
    private final String attribute;
    private final DocumentPath path;
    private final boolean integer;

    private ResultColumn(String label, String table, AttributeType type, String declaredType,
            String attribute, DocumentPath path, boolean integer) {
        this.label = label;
        this.table = table;
        this.type = type;
        this.declaredType = declaredType;
        this.attribute = attribute;
        this.path = path;
        this.integer = integer;
    }

    /** A column that reads a top-level attribute. */
    public static ResultColumn attribute(String label, String table, AttributeType type,
            String declaredType, String attribute) {
        return new ResultColumn(label, table, type, declaredType, attribute, null, false);
    }

    /** A column that reads a nested document path. */
    public static ResultColumn path(String label, String table, DocumentPath path) {
        return new ResultColumn(label, table, null, null, null, path, false);
    }

    /** A column of a result that has no table (EXPLAIN, metadata). */
    public static ResultColumn plain(String label, AttributeType type) {
        return new ResultColumn(label, "", type, null, label, null, false);
    }

    /** A column of a result that has no table and holds only numbers that fit an int. */
    public static ResultColumn plainInteger(String label) {
        return new ResultColumn(label, "", AttributeType.N, null, label, null, true);
    }

    /** Whether every value is a whole number that fits an int (metadata columns). */
    public boolean integer() {
        return integer;
    }

    /** Reads this column of a row; null means the attribute is MISSING. */
    public AttributeValue read(Item row) {
        return attribute != null ? row.get(attribute) : path.get(row);
    }

    public String label() {
        return label;
    }

    public String table() {
        return table;
    }

    public AttributeType type() {
        return type;
    }

    public String declaredType() {
        return declaredType;
    }

    @Override
    public String toString() {
        if (attribute != null) {
            return attribute.equals(label) ? PartiQLText.name(label)
                    : PartiQLText.name(attribute) + " AS " + PartiQLText.name(label);
        }
        return path + " AS " + PartiQLText.name(label);
    }
}
