package io.partidb.planner.access;

import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.planner.convert.PartiQLOperators;
import io.partidb.planner.convert.TableColumns;
import io.partidb.planner.physical.ExpressionCompiler;
import io.partidb.planner.physical.ValueSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Splits a filter's conjunctions into key conditions and a residual, and picks the access path
 * by fixed priority, in the manner of Calcite's InnoDB adapter: equality on the whole primary
 * key → GetItem; the partition key IN a list (with the sort key fixed, when there is one) →
 * BatchGetItem; otherwise Scan. Only literals and parameters count as key values, so the choice
 * never depends on bound values.
 */
public final class KeyConditionExtractor {
    /** DynamoDB accepts at most this many partition-key values in one IN. */
    public static final int MAX_PARTITION_KEY_IN = 50;

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
        Map<String, RexNode> equalityConjuncts = new LinkedHashMap<>();
        Map<String, List<ValueSource>> inLists = new LinkedHashMap<>();
        Map<String, RexNode> inConjuncts = new LinkedHashMap<>();
        for (RexNode conjunct : conjuncts) {
            keyEquality(conjunct).ifPresent(eq -> {
                if (equalities.putIfAbsent(eq.attribute(), eq.value()) == null) {
                    equalityConjuncts.put(eq.attribute(), conjunct);
                }
            });
            keyIn(conjunct).ifPresent(in -> {
                if (inLists.putIfAbsent(in.attribute(), in.values()) == null) {
                    inConjuncts.put(in.attribute(), conjunct);
                }
            });
        }
        KeySchema schema = columns.table().keySchema();
        String partitionKey = schema.partitionKey().name();
        Optional<String> sortKey = schema.sortKey().map(KeyElement::name);
        boolean sortFixed = sortKey.isEmpty() || equalities.containsKey(sortKey.get());

        if (equalities.containsKey(partitionKey) && sortFixed) {
            List<AccessPath.KeyValue> key = new ArrayList<>();
            List<RexNode> used = new ArrayList<>();
            for (KeyElement element : schema.elements()) {
                key.add(new AccessPath.KeyValue(element.name(), equalities.get(element.name())));
                used.add(equalityConjuncts.get(element.name()));
            }
            return new AccessPath.GetItem(table, key, residual(conjuncts, used));
        }
        if (inLists.containsKey(partitionKey) && sortFixed) {
            List<ValueSource> values = inLists.get(partitionKey);
            if (values.size() > MAX_PARTITION_KEY_IN) {
                throw new EngineException(ErrorCode.VALIDATION, "The IN operator accepts at most "
                        + MAX_PARTITION_KEY_IN + " partition key values, not " + values.size());
            }
            List<RexNode> used = new ArrayList<>();
            used.add(inConjuncts.get(partitionKey));
            AccessPath.KeyValue sort = null;
            if (sortKey.isPresent()) {
                sort = new AccessPath.KeyValue(sortKey.get(), equalities.get(sortKey.get()));
                used.add(equalityConjuncts.get(sortKey.get()));
            }
            return new AccessPath.BatchGetItem(table, partitionKey, values, sort,
                    residual(conjuncts, used));
        }
        return new AccessPath.Scan(table, condition);
    }

    private RexNode residual(List<RexNode> conjuncts, List<RexNode> used) {
        List<RexNode> residual = new ArrayList<>();
        for (RexNode conjunct : conjuncts) {
            if (used.stream().noneMatch(u -> u == conjunct)) {
                residual.add(conjunct);
            }
        }
        return residual.isEmpty() ? null : RexUtil.composeConjunction(rex, residual);
    }

    /** A key attribute fixed to a list of values by IN. */
    private record KeyIn(String attribute, List<ValueSource> values) {
    }

    /** {@code keyColumn IN (constant-or-parameter, ...)}. */
    private Optional<KeyIn> keyIn(RexNode node) {
        if (!(node instanceof RexCall call) || call.getOperator() != PartiQLOperators.IN) {
            return Optional.empty();
        }
        Optional<String> key = keyColumn(call.getOperands().get(0));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<ValueSource> values = new ArrayList<>();
        for (RexNode candidate : call.getOperands().subList(1, call.getOperands().size())) {
            Optional<ValueSource> value = valueSource(candidate);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(new KeyIn(key.get(), values));
    }

    /** {@code keyColumn = constant-or-parameter}, either way round. */
    private Optional<AccessPath.KeyValue> keyEquality(RexNode node) {
        if (node.getKind() != SqlKind.EQUALS) {
            return Optional.empty();
        }
        List<RexNode> operands = ((RexCall) node).getOperands();
        Optional<AccessPath.KeyValue> direct = keyEquality(operands.get(0), operands.get(1));
        return direct.isPresent() ? direct : keyEquality(operands.get(1), operands.get(0));
    }

    private Optional<AccessPath.KeyValue> keyEquality(RexNode left, RexNode right) {
        Optional<String> key = keyColumn(left);
        Optional<ValueSource> value = valueSource(right);
        if (key.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccessPath.KeyValue(key.get(), value.get()));
    }

    /** The name of the primary-key attribute this expression reads, if it is one. */
    private Optional<String> keyColumn(RexNode node) {
        if (!(node instanceof RexInputRef ref) || ref.getIndex() >= columns.columns().size()) {
            return Optional.empty();
        }
        String name = columns.columns().get(ref.getIndex()).name();
        boolean isKey = columns.table().keySchema().elements().stream()
                .anyMatch(k -> k.name().equals(name));
        return isKey ? Optional.of(name) : Optional.empty();
    }

    private static Optional<ValueSource> valueSource(RexNode node) {
        if (node instanceof RexDynamicParam param) {
            return Optional.of(ValueSource.parameter(param.getIndex()));
        }
        if (node instanceof RexLiteral literal) {
            return Optional.of(ValueSource.constant(ExpressionCompiler.literal(literal)));
        }
        return Optional.empty();
    }
}
