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
 * BatchGetItem; the partition key fixed by {@code =} or {@code IN} with at most one sort-key
 * condition → Query; otherwise Scan. Only literals and parameters count as key values, so the choice
 * never depends on bound values.
 */
public final class KeyConditionExtractor {
    /** DynamoDB accepts at most this many partition-key values in one IN. */
    public static final int MAX_PARTITION_KEY_IN = 50;

    private final TableColumns columns;
    private final RexBuilder rex;

    private final KeySchema schema;
    private final boolean uniqueKeys;

    /** An extractor for reads of the table itself, whose keys identify one item. */
    public KeyConditionExtractor(TableColumns columns, RexBuilder rex) {
        this(columns, rex, columns.table().keySchema(), true);
    }

    private KeyConditionExtractor(TableColumns columns, RexBuilder rex, KeySchema schema,
            boolean uniqueKeys) {
        this.columns = columns;
        this.rex = rex;
        this.schema = schema;
        this.uniqueKeys = uniqueKeys;
    }

    /**
     * An extractor for reads of a secondary index with this key schema: index keys need not be
     * unique, so only Query (index partition key fixed) or Scan apply.
     */
    public static KeyConditionExtractor forIndex(TableColumns columns, RexBuilder rex,
            KeySchema indexKeys) {
        return new KeyConditionExtractor(columns, rex, indexKeys, false);
    }

    /** Chooses the access path for a filter condition (null when there is no WHERE). */
    public AccessPath choose(RexNode condition) {
        String table = columns.table().name();
        if (condition == null) {
            return new AccessPath.Scan(table, null);
        }
        List<RexNode> conjuncts = conjunctions(condition);
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
        String partitionKey = schema.partitionKey().name();
        Optional<String> sortKey = schema.sortKey().map(KeyElement::name);
        boolean sortFixed = sortKey.isEmpty() || equalities.containsKey(sortKey.get());

        if (uniqueKeys && equalities.containsKey(partitionKey) && sortFixed) {
            List<AccessPath.KeyValue> key = new ArrayList<>();
            List<RexNode> used = new ArrayList<>();
            for (KeyElement element : schema.elements()) {
                key.add(new AccessPath.KeyValue(element.name(), equalities.get(element.name())));
                used.add(equalityConjuncts.get(element.name()));
            }
            return new AccessPath.GetItem(table, key, residual(conjuncts, used));
        }
        if (uniqueKeys && inLists.containsKey(partitionKey) && sortFixed) {
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
        List<ValueSource> partitionValues = equalities.containsKey(partitionKey)
                ? List.of(equalities.get(partitionKey)) : inLists.get(partitionKey);
        if (partitionValues != null && (sortKey.isPresent() || !uniqueKeys)) {
            if (partitionValues.size() > MAX_PARTITION_KEY_IN) {
                throw new EngineException(ErrorCode.VALIDATION, "The IN operator accepts at most "
                        + MAX_PARTITION_KEY_IN + " partition key values, not "
                        + partitionValues.size());
            }
            List<RexNode> used = new ArrayList<>();
            used.add(equalities.containsKey(partitionKey) ? equalityConjuncts.get(partitionKey)
                    : inConjuncts.get(partitionKey));
            SortKeyTemplate range = sortKey.isEmpty() ? null
                    : sortKeyCondition(sortKey.get(), conjuncts, used);
            return new AccessPath.Query(table, partitionKey, partitionValues, range,
                    residual(conjuncts, used));
        }
        return new AccessPath.Scan(table, condition);
    }

    /**
     * The one sort-key condition a Query can use: a comparison, {@code BETWEEN} (written as
     * {@code >=} and {@code <=} on the same key), or {@code begins_with}; null when there is none.
     * The conjuncts it uses are added to {@code used}.
     */
    private SortKeyTemplate sortKeyCondition(String sortKey, List<RexNode> conjuncts,
            List<RexNode> used) {
        SortKeyTemplate lower = null;
        SortKeyTemplate upper = null;
        RexNode lowerConjunct = null;
        RexNode upperConjunct = null;
        for (RexNode conjunct : conjuncts) {
            Optional<SortKeyTemplate> bound = sortKeyBound(sortKey, conjunct);
            if (bound.isEmpty()) {
                continue;
            }
            SortKeyTemplate.Op op = bound.get().op();
            if (op == SortKeyTemplate.Op.BEGINS_WITH || op == SortKeyTemplate.Op.EQ) {
                used.add(conjunct);
                return bound.get();
            }
            boolean isLower = op == SortKeyTemplate.Op.GT || op == SortKeyTemplate.Op.GE;
            if (isLower && lower == null) {
                lower = bound.get();
                lowerConjunct = conjunct;
            } else if (!isLower && upper == null) {
                upper = bound.get();
                upperConjunct = conjunct;
            }
        }
        if (lower != null && upper != null && lower.op() == SortKeyTemplate.Op.GE
                && upper.op() == SortKeyTemplate.Op.LE) {
            used.add(lowerConjunct);
            used.add(upperConjunct);
            return SortKeyTemplate.between(sortKey, lower.value(), upper.value());
        }
        if (lower != null) {
            used.add(lowerConjunct);
            return lower;
        }
        if (upper != null) {
            used.add(upperConjunct);
            return upper;
        }
        return null;
    }

    /** {@code sortKey op value}, {@code value op sortKey} or {@code begins_with(sortKey, value)}. */
    private Optional<SortKeyTemplate> sortKeyBound(String sortKey, RexNode node) {
        if (!(node instanceof RexCall call) || call.getOperands().size() != 2) {
            return Optional.empty();
        }
        RexNode left = call.getOperands().get(0);
        RexNode right = call.getOperands().get(1);
        if (call.getOperator() == PartiQLOperators.BEGINS_WITH) {
            Optional<ValueSource> prefix = valueSource(right);
            return isColumn(left, sortKey) && prefix.isPresent()
                    ? Optional.of(SortKeyTemplate.of(sortKey, SortKeyTemplate.Op.BEGINS_WITH,
                            prefix.get()))
                    : Optional.empty();
        }
        SortKeyTemplate.Op op = comparison(call.getKind());
        if (op == null) {
            return Optional.empty();
        }
        if (isColumn(left, sortKey) && valueSource(right).isPresent()) {
            return Optional.of(SortKeyTemplate.of(sortKey, op, valueSource(right).get()));
        }
        if (isColumn(right, sortKey) && valueSource(left).isPresent()) {
            return Optional.of(SortKeyTemplate.of(sortKey, flip(op), valueSource(left).get()));
        }
        return Optional.empty();
    }

    private boolean isColumn(RexNode node, String name) {
        return keyColumn(node).filter(name::equals).isPresent();
    }

    private static SortKeyTemplate.Op comparison(SqlKind kind) {
        switch (kind) {
            case EQUALS:
                return SortKeyTemplate.Op.EQ;
            case LESS_THAN:
                return SortKeyTemplate.Op.LT;
            case LESS_THAN_OR_EQUAL:
                return SortKeyTemplate.Op.LE;
            case GREATER_THAN:
                return SortKeyTemplate.Op.GT;
            case GREATER_THAN_OR_EQUAL:
                return SortKeyTemplate.Op.GE;
            default:
                return null;
        }
    }

    private static SortKeyTemplate.Op flip(SortKeyTemplate.Op op) {
        switch (op) {
            case LT:
                return SortKeyTemplate.Op.GT;
            case LE:
                return SortKeyTemplate.Op.GE;
            case GT:
                return SortKeyTemplate.Op.LT;
            case GE:
                return SortKeyTemplate.Op.LE;
            default:
                return op;
        }
    }

    /**
     * The operands of nested ANDs, in order, without literal TRUEs: what Calcite's
     * {@code RelOptUtil.conjunctions} returns, without loading that class, whose verification
     * alone pulls in dozens of rule and adapter classes nothing here uses.
     */
    static List<RexNode> conjunctions(RexNode condition) {
        List<RexNode> conjuncts = new ArrayList<>();
        addConjunctions(condition, conjuncts);
        return conjuncts;
    }

    private static void addConjunctions(RexNode condition, List<RexNode> conjuncts) {
        if (condition.isAlwaysTrue()) {
            return;
        }
        if (condition.isA(SqlKind.AND)) {
            for (RexNode operand : ((RexCall) condition).getOperands()) {
                addConjunctions(operand, conjuncts);
            }
        } else {
            conjuncts.add(condition);
        }
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
        boolean isKey = schema.elements().stream()
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
