package io.partidb.planner;

import io.partidb.ast.Expr;
import io.partidb.ast.InsertStatement;
import io.partidb.ast.MapExpr;
import io.partidb.ast.OrderItem;
import io.partidb.ast.Name;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.TableRef;
import io.partidb.engine.Database;
import io.partidb.engine.Table;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.planner.access.AccessPath;
import io.partidb.planner.access.KeyConditionExtractor;
import io.partidb.engine.expr.Condition;
import io.partidb.planner.convert.ConditionTranslator;
import io.partidb.planner.convert.PartiQLOperators;
import io.partidb.planner.convert.RelConverter;
import io.partidb.planner.convert.TableColumns;
import io.partidb.planner.physical.BatchGetItemOp;
import io.partidb.planner.physical.CompiledExpression;
import io.partidb.planner.physical.ExpressionCompiler;
import io.partidb.planner.physical.GetItemOp;
import io.partidb.planner.physical.InsertPlan;
import io.partidb.planner.physical.QueryOp;
import io.partidb.planner.physical.LimitOp;
import io.partidb.planner.physical.QueryPlan;
import io.partidb.planner.physical.ResultColumn;
import io.partidb.planner.physical.RowSource;
import io.partidb.planner.physical.ScanOp;
import io.partidb.planner.physical.ValueSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rel.RelNode;
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
 * Plans SELECT and INSERT: SELECT through Calcite (logical plan, normalisation), then the access
 * path and our own physical operators; INSERT as a key-value put that requires the key to be new.
 */
final class QueryPlanner {
    private final Database database;

    QueryPlanner(Database database) {
        this.database = database;
    }

    QueryPlan select(SelectStatement select, int parameterCount) {
        Table table = resolve(select.from());
        TableColumns columns = TableColumns.of(table);
        RelConverter converter = new RelConverter();
        RelConverter.Converted converted = converter.convertSelect(select, columns);

        RelNode node = converted.rel();
        Sort sort = null;
        if (node instanceof Sort s) {
            sort = s;
            node = s.getInput();
        }
        List<RexNode> projects = null;
        if (node instanceof Project project) {
            projects = project.getProjects();
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
        AccessPath path = new KeyConditionExtractor(columns, node.getCluster().getRexBuilder())
                .choose(condition);
        ConditionTranslator.Translated<Condition> residual = path.residual() == null ? null
                : translator.condition(path.residual());
        Ordering order = ordering(select, table, path);
        RowSource source;
        if (path instanceof AccessPath.GetItem get) {
            String keyText = get.key().stream().map(AccessPath.KeyValue::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
            source = new GetItemOp(table, keyText, get.key().get(0).value(),
                    get.key().size() > 1 ? get.key().get(1).value() : null, residual);
        } else if (path instanceof AccessPath.BatchGetItem batch) {
            String keyText = "[" + batch.partitionKey() + " IN " + batch.values().stream()
                    .map(Object::toString).collect(Collectors.joining(", ", "(", ")"))
                    + (batch.sortKey() == null ? "" : ", " + batch.sortKey()) + "]";
            source = new BatchGetItemOp(table, keyText, batch.values(),
                    batch.sortKey() == null ? null : batch.sortKey().value(),
                    order.partitionsAscending(), residual);
        } else if (path instanceof AccessPath.Query query) {
            source = new QueryOp(table, query.keyText(), query.values(), query.sortKey(),
                    order.sortAscending(), order.partitionsAscending(), residual);
        } else {
            source = new ScanOp(table, residual);
        }
        if (sort != null) {
            source = new LimitOp(source, valueSource(sort.offset), valueSource(sort.fetch));
        }
        return new QueryPlan(source, resultColumns(table, columns, translator, projects,
                converted.labels(), select), parameterCount, select.star());
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

    private static Ordering ordering(SelectStatement select, Table table, AccessPath path) {
        if (select.orderBy().isEmpty()) {
            return new Ordering(true, null);
        }
        if (select.where().isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Must have WHERE clause in the statement when using ORDER BY clause.");
        }
        String partitionKey = table.definition().keySchema().partitionKey().name();
        String sortKey = table.definition().keySchema().sortKey()
                .map(k -> k.name()).orElse(null);
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

    InsertPlan insert(InsertStatement insert, int parameterCount) {
        if (insert.into().index().isPresent()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Index cannot be specified in INSERT statement");
        }
        Table table = resolve(insert.into());
        List<Expr> items = new ArrayList<>();
        if (insert.form() instanceof InsertStatement.ValueForm value) {
            items.add(value.item());
        } else {
            InsertStatement.ValuesForm values = (InsertStatement.ValuesForm) insert.form();
            for (List<Expr> row : values.rows()) {
                if (row.size() != values.columns().size()) {
                    throw new EngineException(ErrorCode.VALIDATION, "INSERT has "
                            + values.columns().size() + " columns but " + row.size()
                            + " values");
                }
                List<MapExpr.Entry> entries = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Name column = values.columns().get(i);
                    entries.add(new MapExpr.Entry(column.text(), row.get(i),
                            column.position()));
                }
                items.add(new MapExpr(entries, insert.position()));
            }
        }
        List<CompiledExpression> rows = new ArrayList<>();
        ExpressionCompiler compiler = new ExpressionCompiler();
        for (Expr item : items) {
            rejectPaths(item);
            rows.add(compiler.compile(new RelConverter().convert(item)));
        }
        return new InsertPlan(database, table, rows, parameterCount);
    }

    /** INSERT values are data: a path there refers to no item. */
    private static void rejectPaths(Expr expr) {
        if (expr instanceof PathExpr path) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Unsupported data type: a path (" + path.root().text()
                            + ") cannot be a value in INSERT at " + path.position());
        } else if (expr instanceof MapExpr map) {
            map.entries().forEach(e -> rejectPaths(e.value()));
        } else if (expr instanceof io.partidb.ast.ListExpr list) {
            list.elements().forEach(QueryPlanner::rejectPaths);
        } else if (expr instanceof io.partidb.ast.SetExpr set) {
            set.elements().forEach(QueryPlanner::rejectPaths);
        } else if (!(expr instanceof io.partidb.ast.Literal
                || expr instanceof io.partidb.ast.ParameterExpr)) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Unsupported data type in INSERT value at " + expr.position()
                            + ": only literals, parameters, lists, maps and sets");
        }
    }

    private Table resolve(TableRef ref) {
        Table table = database.table(ref.table().text());
        if (ref.index().isPresent()) {
            String index = ref.index().get().text();
            if (table.definition().index(index).isEmpty()) {
                throw new EngineException(ErrorCode.INDEX_NOT_FOUND,
                        "The table does not have the specified index: " + index);
            }
            throw new EngineException(ErrorCode.NOT_SUPPORTED,
                    "Reading a secondary index is not supported yet by this version of PartiDB");
        }
        return table;
    }
}
