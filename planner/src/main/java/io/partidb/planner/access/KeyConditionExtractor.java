package io.partidb.planner.access;

import io.partidb.engine.catalog.KeyElement;
import io.partidb.planner.convert.TableColumns;
import io.partidb.planner.physical.ExpressionCompiler;
import io.partidb.planner.physical.ValueSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Splits a filter into key conditions and a residual, and picks the access path by fixed
 * priority (GetItem before Scan), in the manner of Calcite's InnoDB adapter.
 */
public final class KeyConditionExtractor {
    private final TableColumns columns;
    private final RexBuilder rex;

    public KeyConditionExtractor(TableColumns columns, RexBuilder rex) {
        this.columns = columns;
        this.rex = rex;
    }

    /** Chooses the access path for a filter condition (null when there is no WHERE). */
    public AccessPath choose(RexNode condition) {
        String table = columns.table().name();
        if (condition == null) {
            return new AccessPath.Scan(table, null);
        }
        List<RexNode> conjuncts = RelOptUtil.conjunctions(condition);
        Map<String, ValueSource> equalities = new LinkedHashMap<>();
        Map<String, RexNode> used = new LinkedHashMap<>();
        for (RexNode conjunct : conjuncts) {
            keyEquality(conjunct).ifPresent(eq -> {
                if (!equalities.containsKey(eq.attribute())) {
                    equalities.put(eq.attribute(), eq.value());
                    used.put(eq.attribute(), conjunct);
                }
            });
        }
        List<AccessPath.KeyValue> key = new ArrayList<>();
        for (KeyElement element : columns.table().keySchema().elements()) {
            ValueSource value = equalities.get(element.name());
            if (value == null) {
                return new AccessPath.Scan(table, condition);
            }
            key.add(new AccessPath.KeyValue(element.name(), value));
        }
        List<RexNode> residual = new ArrayList<>();
        for (RexNode conjunct : conjuncts) {
            if (!used.containsValue(conjunct)) {
                residual.add(conjunct);
            }
        }
        return new AccessPath.GetItem(table, key,
                residual.isEmpty() ? null : RexUtil.composeConjunction(rex, residual));
    }

    /** {@code keyColumn = constant-or-parameter}, either way round. */
    private java.util.Optional<AccessPath.KeyValue> keyEquality(RexNode node) {
        if (node.getKind() != SqlKind.EQUALS) {
            return java.util.Optional.empty();
        }
        List<RexNode> operands = ((RexCall) node).getOperands();
        java.util.Optional<AccessPath.KeyValue> direct = keyEquality(operands.get(0),
                operands.get(1));
        return direct.isPresent() ? direct : keyEquality(operands.get(1), operands.get(0));
    }

    private java.util.Optional<AccessPath.KeyValue> keyEquality(RexNode left, RexNode right) {
        if (!(left instanceof RexInputRef ref) || ref.getIndex() >= columns.columns().size()) {
            return java.util.Optional.empty();
        }
        TableColumns.Column column = columns.columns().get(ref.getIndex());
        boolean isKey = columns.table().keySchema().elements().stream()
                .anyMatch(k -> k.name().equals(column.name()));
        if (!isKey) {
            return java.util.Optional.empty();
        }
        if (right instanceof RexDynamicParam param) {
            return java.util.Optional.of(new AccessPath.KeyValue(column.name(),
                    ValueSource.parameter(param.getIndex())));
        }
        if (right instanceof RexLiteral literal) {
            return java.util.Optional.of(new AccessPath.KeyValue(column.name(),
                    ValueSource.constant(ExpressionCompiler.literal(literal))));
        }
        return java.util.Optional.empty();
    }
}
