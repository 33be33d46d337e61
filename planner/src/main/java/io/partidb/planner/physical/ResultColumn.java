package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

/**
 * One output column of a query, known at plan time: its label, the table it comes from, the
 * DynamoDB type it usually holds (null when unknown or mixed), the type declared in DDL (null
 * when undeclared), and how to read it from a row. A row is the engine item itself; a
 * top-level attribute is read by name without copying.
 */
public final class ResultColumn {
    private final String label;
    private final String table;
    private final AttributeType type;
    private final String declaredType;
    private final String attribute;
    private final CompiledExpression expression;
    private final boolean integer;

    private ResultColumn(String label, String table, AttributeType type, String declaredType,
            String attribute, CompiledExpression expression, boolean integer) {
        this.label = label;
        this.table = table;
        this.type = type;
        this.declaredType = declaredType;
        this.attribute = attribute;
        this.expression = expression;
        this.integer = integer;
    }

    /** A column that reads a top-level attribute. */
    public static ResultColumn attribute(String label, String table, AttributeType type,
            String declaredType, String attribute) {
        return new ResultColumn(label, table, type, declaredType, attribute, null, false);
    }

    /** A column computed by an expression (a nested path, a function). */
    public static ResultColumn computed(String label, String table, AttributeType type,
            CompiledExpression expression) {
        return new ResultColumn(label, table, type, null, null, expression, false);
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
    public AttributeValue read(Item row, AttributeValue[] params) {
        return attribute != null ? row.get(attribute) : expression.value(row, params);
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
        return attribute != null && attribute.equals(label)
                ? PartiQLText.name(label)
                : expression + " AS " + PartiQLText.name(label);
    }
}
