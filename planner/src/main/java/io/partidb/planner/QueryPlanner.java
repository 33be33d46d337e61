package io.partidb.planner;

import io.partidb.ast.AndExpr;
import io.partidb.ast.ArithmeticExpr;
import io.partidb.ast.BetweenExpr;
import io.partidb.ast.ComparisonExpr;
import io.partidb.ast.Expr;
import io.partidb.ast.FunctionCall;
import io.partidb.ast.InExpr;
import io.partidb.ast.IsExpr;
import io.partidb.ast.NotExpr;
import io.partidb.ast.OrExpr;
import io.partidb.ast.OrderItem;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SelectItem;
import io.partidb.ast.SelectStatement;
import io.partidb.engine.Database;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ProjectionType;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.value.AttributeType;
import io.partidb.planner.access.AccessPath;
import io.partidb.planner.access.KeyConditionExtractor;
import io.partidb.planner.convert.ConditionTranslator;
import io.partidb.planner.convert.PartiQLOperators;
import io.partidb.planner.convert.RelConverter;
import io.partidb.planner.convert.TableColumns;
import io.partidb.planner.physical.BatchGetItemOp;
import io.partidb.planner.physical.CountOp;
import io.partidb.planner.physical.ExpressionCompiler;
import io.partidb.planner.physical.FetchOp;
import io.partidb.planner.physical.GetItemOp;
import io.partidb.planner.physical.LimitOp;
import io.partidb.planner.physical.QueryOp;
import io.partidb.planner.physical.QueryPlan;
import io.partidb.planner.physical.ResultColumn;
import io.partidb.planner.physical.RowSource;
import io.partidb.planner.physical.ScanOp;
import io.partidb.planner.physical.ValueSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Plans SELECT: through Calcite (logical plan, normalisation), then the access path and our own
 * physical operators.
 */
final class QueryPlanner {
    private final Database database;

    QueryPlanner(Database database) {
        this.database = database;
    }

    QueryPlan select(SelectStatement select, int parameterCount, PlanOptions options) {
        Table table = database.table(select.from().table().text());
        IndexDefinition index = select.from().index().map(name -> index(table, name.text()))
                .orElse(null);
        QueryPlan plan = select(select, parameterCount, table, index);
        if (index == null && options.autoIndex()
                && (plan.scans() || plan.readsWholeCollections())) {
            // the WHERE clause may fix an index's partition key where it does not fix the
            // table's: local indexes first, then global ones when reads may be eventual
            List<IndexDefinition> candidates = new ArrayList<>(table.definition().localIndexes());
            if (!options.consistentRead()) {
                candidates.addAll(table.definition().globalIndexes());
            }
            for (IndexDefinition candidate : candidates) {
                if (!projectsEverythingNeeded(select, table, candidate)) {
                    continue;
                }
                QueryPlan indexed = select(select, parameterCount, table, candidate);
                // better only when it turns a scan into a query, or a whole collection into
                // a range of it
                if (!indexed.scans() && (plan.scans() || indexed.narrowsSortKey())) {
                    return indexed;
                }
            }
        }
        return plan;
    }

    /**
     * Whether reading the index instead of the table returns the same rows: a global index must
     * project every attribute the statement names (all of them for {@code SELECT *}); a local
     * index fetches the rest from the table, except for {@code SELECT *}, whose columns are the
     * table's.
     */
    private static boolean projectsEverythingNeeded(SelectStatement select, Table table,
            IndexDefinition index) {
        if (select.star()) {
            return index.projection().type() == ProjectionType.ALL;
        }
        return index.kind() == IndexKind.LOCAL
                || unprojected(select, name -> table.indexProjects(index.name(), List.of(name)))
                        .isEmpty();
    }

    private static IndexDefinition index(Table table, String name) {
        return table.definition().index(name).orElseThrow(() -> new EngineException(
                ErrorCode.INDEX_NOT_FOUND, "The table does not have the specified index: "
                        + name));
    }

    /** Plans a SELECT of the table ({@code index} null) or of one of its secondary indexes. */
    private QueryPlan select(SelectStatement select, int parameterCount, Table table,
            IndexDefinition index) {
        String indexName = index == null ? null : index.name();
        TableColumns tableColumns = TableColumns.of(table);
        TableColumns columns = index == null ? tableColumns
                : tableColumns.projectedBy(name -> table.indexProjects(indexName, List.of(name)));
        List<String> unprojected = index == null ? List.of()
                : unprojected(select, name -> table.indexProjects(indexName, List.of(name)));
        if (index != null && index.kind() == IndexKind.GLOBAL && !unprojected.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION, "One or more parameter values were "
                    + "invalid: Global secondary index " + indexName + " does not project "
                    + unprojected);
        }
        RelConverter converter = new RelConverter();
        RelConverter.Converted converted = converter.convertSelect(select, columns);

        RelNode node = converted.rel();
        Sort sort = null;
        if (node instanceof Sort s) {
            sort = s;
            node = s.getInput();
        }
        Aggregate count = null;
        if (node instanceof Aggregate aggregate) {
            count = aggregate;
            node = aggregate.getInput();
        }
        List<RexNode> projects = null;
        if (node instanceof Project project) {
            // under a count, a project only narrows the rows, which counting does not need
            projects = count == null ? project.getProjects() : null;
            node = project.getInput();
        }
        RexNode condition = null;
        if (node instanceof Filter filter) {
            condition = filter.getCondition();
            node = filter.getInput();
        }
        if (!(node instanceof TableScan)) {
            throw new IllegalStateException("unexpected logical plan: " + converted.rel());
        }

        ConditionTranslator translator = new ConditionTranslator(columns);
        KeySchema keys = index == null ? table.definition().keySchema() : index.keySchema();
        KeyConditionExtractor extractor = index == null
                ? new KeyConditionExtractor(columns, node.getCluster().getRexBuilder())
                : KeyConditionExtractor.forIndex(columns, node.getCluster().getRexBuilder(),
                        keys);
        AccessPath path = extractor.choose(condition);
        ConditionTranslator.Translated<Condition> residual = path.residual() == null ? null
                : translator.condition(path.residual());
        // a local index read fetches what the index does not hold from the table, and filters
        // on such attributes only after the fetch
        boolean fetch = index != null && !unprojected.isEmpty();
        ConditionTranslator.Translated<Condition> afterFetch = fetch ? residual : null;
        ConditionTranslator.Translated<Condition> inside = fetch ? null : residual;
        Ordering order = ordering(select, keys, path);
        RowSource source;
        if (path instanceof AccessPath.GetItem get) {
            String keyText = get.key().stream().map(AccessPath.KeyValue::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
            source = new GetItemOp(table, keyText, get.key().get(0).value(),
                    get.key().size() > 1 ? get.key().get(1).value() : null, inside);
        } else if (path instanceof AccessPath.BatchGetItem batch) {
            String keyText = "[" + batch.partitionKey() + " IN " + batch.values().stream()
                    .map(Object::toString).collect(Collectors.joining(", ", "(", ")"))
                    + (batch.sortKey() == null ? "" : ", " + batch.sortKey()) + "]";
            source = new BatchGetItemOp(table, keyText, batch.values(),
                    batch.sortKey() == null ? null : batch.sortKey().value(),
                    order.partitionsAscending(), inside);
        } else if (path instanceof AccessPath.Query query) {
            source = new QueryOp(table, index, query.keyText(), query.values(),
                    query.sortKey(), order.sortAscending(), order.partitionsAscending(), inside);
        } else {
            source = new ScanOp(table, index, inside);
        }
        if (fetch) {
            source = new FetchOp(table, source, afterFetch);
        }
        if (count != null) {
            source = new CountOp(source, converted.labels());
        }
        if (sort != null) {
            source = new LimitOp(source, valueSource(sort.offset), valueSource(sort.fetch));
        }
        List<ResultColumn> resultColumns = count != null
                ? converted.labels().stream()
                        .map(label -> ResultColumn.plain(label, AttributeType.N)).toList()
                : resultColumns(table, columns, translator, projects, converted.labels(), select);
        return new QueryPlan(source, resultColumns, parameterCount, select.star());
    }

    /**
     * The top-level attributes the statement names (select list, then WHERE, each once, in
     * order) that an index does not project.
     */
    private static List<String> unprojected(SelectStatement select,
            Predicate<String> projected) {
        Set<String> named = new LinkedHashSet<>();
        for (SelectItem item : select.items()) {
            collectRoots(item.expr(), named);
        }
        select.where().ifPresent(where -> collectRoots(where, named));
        return named.stream().filter(name -> !projected.test(name)).toList();
    }

    private static void collectRoots(Expr expr, Set<String> names) {
        if (expr instanceof PathExpr path) {
            names.add(path.root().text());
        } else if (expr instanceof ComparisonExpr c) {
            collectRoots(c.left(), names);
            collectRoots(c.right(), names);
        } else if (expr instanceof AndExpr and) {
            collectRoots(and.left(), names);
            collectRoots(and.right(), names);
        } else if (expr instanceof OrExpr or) {
            collectRoots(or.left(), names);
            collectRoots(or.right(), names);
        } else if (expr instanceof NotExpr not) {
            collectRoots(not.operand(), names);
        } else if (expr instanceof BetweenExpr b) {
            collectRoots(b.value(), names);
            collectRoots(b.low(), names);
            collectRoots(b.high(), names);
        } else if (expr instanceof InExpr in) {
            collectRoots(in.value(), names);
            in.candidates().forEach(c -> collectRoots(c, names));
        } else if (expr instanceof IsExpr is) {
            collectRoots(is.value(), names);
        } else if (expr instanceof FunctionCall call) {
            call.arguments().forEach(a -> collectRoots(a, names));
        } else if (expr instanceof ArithmeticExpr a) {
            collectRoots(a.left(), names);
            collectRoots(a.right(), names);
        }
    }

    private static List<ResultColumn> resultColumns(Table table, TableColumns columns,
            ConditionTranslator translator, List<RexNode> projects, List<String> labels,
            SelectStatement select) {
        List<ResultColumn> result = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            RexNode expr = projects == null ? null : projects.get(i);
            String label = labels.get(i);
            if (expr == null || expr instanceof RexInputRef) {
                int index = expr == null ? i : ((RexInputRef) expr).getIndex();
                TableColumns.Column column = columns.columns().get(index);
                result.add(ResultColumn.attribute(label, table.name(), column.type(),
                        column.declaredType(), column.name()));
            } else if (expr instanceof RexCall call
                    && call.getOperator() == PartiQLOperators.ATTR) {
                String name = ((RexLiteral) call.getOperands().get(1)).getValueAs(String.class);
                result.add(ResultColumn.attribute(label, table.name(), null, null, name));
            } else if (translator.isPath(expr)) {
                result.add(ResultColumn.path(label, table.name(), translator.path(expr)));
            } else {
                // DynamoDB projects paths only: a function or value here is a path error
                throw new EngineException(ErrorCode.INVALID_STATEMENT, "Statement wasn't well "
                        + "formed, can't be processed: Unexpected path component at "
                        + select.items().get(i).position());
            }
        }
        return result;
    }

    /**
     * The order ORDER BY asks for, checked against DynamoDB's rules: only key attributes, only
     * with a WHERE clause that fixes the partition key, and with several partition key values
     * only when the partition key is ordered too.
     */
    private record Ordering(boolean sortAscending, Boolean partitionsAscending) {
    }

    private static Ordering ordering(SelectStatement select, KeySchema keys, AccessPath path) {
        if (select.orderBy().isEmpty()) {
            return new Ordering(true, null);
        }
        if (select.where().isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Must have WHERE clause in the statement when using ORDER BY clause.");
        }
        String partitionKey = keys.partitionKey().name();
        String sortKey = keys.sortKey().map(k -> k.name()).orElse(null);
        Boolean partitions = null;
        boolean sortAscending = true;
        for (OrderItem item : select.orderBy()) {
            String attribute = item.expr() instanceof PathExpr p && p.isTopLevel()
                    ? p.root().text() : item.expr().toString();
            if (attribute.equals(partitionKey)) {
                partitions = !item.descending();
            } else if (attribute.equals(sortKey)) {
                sortAscending = !item.descending();
            } else {
                throw new EngineException(ErrorCode.VALIDATION, "Attribute " + attribute
                        + " in ORDER BY clause must be part of the primary key");
            }
        }
        if (path instanceof AccessPath.Scan) {
            throw new EngineException(ErrorCode.VALIDATION, "Must have at least one "
                    + "non-optional hash key condition in WHERE clause when using ORDER BY "
                    + "clause.");
        }
        int partitionValues = path instanceof AccessPath.Query q ? q.values().size()
                : path instanceof AccessPath.BatchGetItem b ? b.values().size() : 1;
        if (partitionValues > 1 && partitions == null) {
            throw new EngineException(ErrorCode.VALIDATION, "Must have hash key in ORDER BY "
                    + "clause when more than one hash key condition specified in WHERE clause.");
        }
        return new Ordering(sortAscending, partitions);
    }

    private static ValueSource valueSource(RexNode node) {
        if (node == null) {
            return null;
        }
        if (node instanceof RexDynamicParam param) {
            return ValueSource.parameter(param.getIndex());
        }
        return ValueSource.constant(ExpressionCompiler.literal((RexLiteral) node));
    }
}
