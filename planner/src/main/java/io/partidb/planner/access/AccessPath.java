package io.partidb.planner.access;

import io.partidb.planner.physical.ValueSource;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexNode;

/**
 * How a SELECT reads its table, chosen from the WHERE clause: a point read when the full primary
 * key is fixed by equalities, point reads when the partition key is IN a list (sort key fixed),
 * a query when the partition key is fixed and the sort key at most bounded, else a scan.
 * The conditions not used as the key stay as the
 * residual filter. Parameters count as key values, so the choice never depends on bound values.
 */
public sealed interface AccessPath
        permits AccessPath.GetItem, AccessPath.BatchGetItem, AccessPath.Query,
                AccessPath.Scan {

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

    /**
     * The partition key fixed by {@code =} (one value) or {@code IN} (several), with at most one
     * sort-key condition: a Query per partition key value, in sort-key order.
     */
    record Query(String table, String partitionKey, List<ValueSource> values,
            SortKeyTemplate sortKey, RexNode residual) implements AccessPath {
        public Query {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return "Query(table=" + table + ", key=[" + keyText() + "])";
        }

        /** The key condition as text. */
        public String keyText() {
            String partition = values.size() == 1 ? partitionKey + "=" + values.get(0)
                    : partitionKey + " IN " + values.stream().map(Object::toString)
                            .collect(Collectors.joining(", ", "(", ")"));
            return sortKey == null ? partition : partition + ", " + sortKey;
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
