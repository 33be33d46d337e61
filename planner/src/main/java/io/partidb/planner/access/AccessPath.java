package io.partidb.planner.access;

import io.partidb.planner.physical.ValueSource;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexNode;

/**
 * How a SELECT reads its table, chosen from the WHERE clause: a point read when the full primary
 * key is fixed by equalities, point reads when the partition key is IN a list, else a scan.
 * The conditions not used as the key stay as the
 * residual filter. Parameters count as key values, so the choice never depends on bound values.
 */
public sealed interface AccessPath
        permits AccessPath.GetItem, AccessPath.BatchGetItem, AccessPath.Scan {

    /** The conjuncts left for the filter, or null when none remain. */
    RexNode residual();

    /** One key attribute fixed by an equality. */
    record KeyValue(String attribute, ValueSource value) {
        @Override
        public String toString() {
            return attribute + "=" + value;
        }
    }

    /** Full-key equality: one GetItem. */
    record GetItem(String table, List<KeyValue> key, RexNode residual) implements AccessPath {
        public GetItem {
            key = List.copyOf(key);
        }

        @Override
        public String toString() {
            return "GetItem(table=" + table + ", key=" + key.stream().map(KeyValue::toString)
                    .collect(Collectors.joining(", ", "[", "]")) + ")";
        }
    }

    /**
     * The partition key IN a list of values, the sort key (if the table has one) fixed: one
     * GetItem per distinct value, as DynamoDB's BatchGetItem.
     */
    record BatchGetItem(String table, String partitionKey, List<ValueSource> values,
            KeyValue sortKey, RexNode residual) implements AccessPath {
        public BatchGetItem {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return "BatchGetItem(table=" + table + ", keys=[" + partitionKey + " IN "
                    + values.stream().map(Object::toString)
                            .collect(Collectors.joining(", ", "(", ")"))
                    + (sortKey == null ? "" : ", " + sortKey) + "])";
        }
    }

    /** Anything else: a scan of every segment with the whole WHERE clause as filter. */
    record Scan(String table, RexNode residual) implements AccessPath {
        @Override
        public String toString() {
            return "Scan(table=" + table + ")";
        }
    }
}
