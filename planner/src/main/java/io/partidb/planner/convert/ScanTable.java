package io.partidb.planner.convert;

import org.apache.calcite.plan.RelOptAbstractTable;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * The table a logical plan's scan reads: only a name and a row type, which is all our plans ask
 * of it. Calcite's {@code RelOptTableImpl} would do the same, but loading it drags in the JDBC
 * preparation, schema and linq4j classes (a hundred or so) that a planner without a Calcite
 * schema never uses.
 */
final class ScanTable extends RelOptAbstractTable {

    ScanTable(TableColumns table, RelDataTypeFactory types) {
        super(null, table.table().name(), table.rowType(types));
    }
}
