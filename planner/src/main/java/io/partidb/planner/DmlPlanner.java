package io.partidb.planner;

import io.partidb.ast.ArithmeticExpr;
import io.partidb.ast.DeleteStatement;
import io.partidb.ast.Expr;
import io.partidb.ast.FunctionCall;
import io.partidb.ast.PathExpr;
import io.partidb.ast.Returning;
import io.partidb.ast.TableRef;
import io.partidb.ast.UpdateStatement;
import io.partidb.engine.Database;
import io.partidb.engine.ReturnValues;
import io.partidb.engine.Table;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.expr.SetValue;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.access.AccessPath;
import io.partidb.planner.access.KeyConditionExtractor;
import io.partidb.planner.convert.ConditionTranslator;
import io.partidb.planner.convert.RelConverter;
import io.partidb.planner.convert.TableColumns;
import io.partidb.planner.physical.Bindable;
import io.partidb.planner.physical.CompiledExpression;
import io.partidb.planner.physical.ExpressionCompiler;
import io.partidb.planner.physical.ResultColumn;
import io.partidb.planner.physical.ValueSource;
import io.partidb.planner.physical.WritePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexNode;

/**
 * Plans UPDATE and DELETE as DynamoDB's PartiQL runs them: the WHERE clause must fix the whole
 * primary key with equalities; the rest of it becomes the write's condition. UPDATE is not an
 * upsert (a missing item fails the condition); DELETE of a missing item succeeds without
 * evaluating the condition.
 */
final class DmlPlanner {
    private final Database database;

    DmlPlanner(Database database) {
        this.database = database;
    }

    WritePlan update(UpdateStatement update, int parameterCount) {
        Table table = resolve(update.table());
        Target target = target(table, update.where());
        List<Bindable<UpdateAction>> actions = new ArrayList<>();
        ValueTranslator values = new ValueTranslator();
        for (UpdateStatement.UpdateAction action : update.actions()) {
            if (action instanceof UpdateStatement.RemoveAction remove) {
                UpdateAction removal = UpdateAction.remove(path(remove.target()));
                actions.add(Bindable.constant(removal));
            } else {
                UpdateStatement.SetAction set = (UpdateStatement.SetAction) action;
                actions.add(values.setAction(path(set.target()), set.target(), set.value()));
            }
        }
        Bindable<UpdateExpression> expression = params -> {
            List<UpdateAction> bound = new ArrayList<>(actions.size());
            for (Bindable<UpdateAction> action : actions) {
                bound.add(action.bind(params));
            }
            return UpdateExpression.of(bound);
        };
        if (!values.usesParameters()) {
            expression = bindOnce(expression, parameterCount);
        }
        // UPDATE is not an upsert: the item must exist, whatever else the WHERE clause says
        Condition exists = Condition.attributeExists(DocumentPath.of(
                table.definition().keySchema().partitionKey().name()));
        Bindable<Condition> residual = target.residual();
        Bindable<Condition> condition = residual == null ? Bindable.constant(exists)
                : params -> Condition.and(exists, residual.bind(params));
        ReturnValues returning = update.returning().map(DmlPlanner::returnValues).orElse(null);
        List<String> explain = List.of("UpdateItem(table=" + table.name() + ", key="
                + target.keyText() + ", update=" + update.actions().size() + " action(s)"
                + (target.residualText() == null ? "" : ", condition=" + target.residualText())
                + (returning == null ? "" : ", returning=" + returning) + ")");
        return new WritePlan(WritePlan.Kind.UPDATE, table, target.partition(), target.sort(),
                condition, expression, returning,
                returning == null ? List.of() : tableColumns(table, target.columns()),
                parameterCount, explain);
    }

    WritePlan delete(DeleteStatement delete, int parameterCount) {
        Table table = resolve(delete.from());
        Target target = target(table, delete.where());
        // a missing item is deleted without evaluating the rest of the WHERE clause
        Condition absent = Condition.attributeNotExists(DocumentPath.of(
                table.definition().keySchema().partitionKey().name()));
        Bindable<Condition> residual = target.residual();
        Bindable<Condition> condition = residual == null ? params -> null
                : params -> Condition.or(absent, residual.bind(params));
        ReturnValues returning = delete.returning().map(DmlPlanner::returnValues).orElse(null);
        List<String> explain = List.of("DeleteItem(table=" + table.name() + ", key="
                + target.keyText()
                + (target.residualText() == null ? "" : ", condition=" + target.residualText())
                + (returning == null ? "" : ", returning=" + returning) + ")");
        return new WritePlan(WritePlan.Kind.DELETE, table, target.partition(), target.sort(),
                condition, null, returning,
                returning == null ? List.of() : tableColumns(table, target.columns()),
                parameterCount, explain);
    }

    /**
     * An update expression that reads no parameter, built once now instead of for every
     * execution. One that fails to build is left to fail at execution, as it would have.
     */
    private static Bindable<UpdateExpression> bindOnce(Bindable<UpdateExpression> expression,
            int parameterCount) {
        try {
            return Bindable.constant(expression.bind(new AttributeValue[parameterCount]));
        } catch (EngineException e) {
            return expression;
        }
    }

    /** The item a write names: its key values and the rest of the WHERE clause. */
    private record Target(TableColumns columns, ValueSource partition,
            ValueSource sort, String keyText,
            Bindable<Condition> residual, String residualText) {
    }

    private Target target(Table table, Expr where) {
        TableColumns columns = TableColumns.of(table);
        RelConverter converter = new RelConverter();
        RexNode condition = converter.convertWhere(where, columns);
        AccessPath path = new KeyConditionExtractor(columns, converter.rexBuilder())
                .choose(condition);
        if (!(path instanceof AccessPath.GetItem get)) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Where clause does not contain a mandatory equality on all key attributes");
        }
        ConditionTranslator translator = new ConditionTranslator(columns);
        ConditionTranslator.Translated<Condition> residual = get.residual() == null ? null
                : translator.condition(get.residual());
        String keyText = get.key().stream().map(AccessPath.KeyValue::toString)
                .collect(Collectors.joining(", ", "[", "]"));
        return new Target(columns, get.key().get(0).value(),
                get.key().size() > 1 ? get.key().get(1).value() : null, keyText,
                residual == null ? null : residual.bindable(),
                residual == null ? null : residual.text());
    }

    private static List<ResultColumn> tableColumns(Table table, TableColumns columns) {
        List<ResultColumn> out = new ArrayList<>();
        for (TableColumns.Column column : columns.columns()) {
            out.add(ResultColumn.attribute(column.name(), table.name(), column.type(),
                    column.declaredType(), column.name()));
        }
        return out;
    }

    private static ReturnValues returnValues(Returning returning) {
        if (returning.all()) {
            return returning.newImage() ? ReturnValues.ALL_NEW : ReturnValues.ALL_OLD;
        }
        return returning.newImage() ? ReturnValues.UPDATED_NEW : ReturnValues.UPDATED_OLD;
    }

    private Table resolve(TableRef ref) {
        if (ref.index().isPresent()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "This operation is not supported on an index");
        }
        return database.table(ref.table().text());
    }

    private static boolean readsParameter(RexNode node) {
        if (node instanceof RexDynamicParam) {
            return true;
        }
        if (node instanceof RexCall call) {
            for (RexNode operand : call.getOperands()) {
                if (readsParameter(operand)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The document path a PartiQL path names. */
    static DocumentPath path(PathExpr path) {
        DocumentPath out = DocumentPath.of(path.root().text());
        for (PathExpr.PathStep step : path.steps()) {
            out = step instanceof PathExpr.FieldStep field ? out.field(field.name().text())
                    : out.index(((PathExpr.IndexStep) step).index());
        }
        return out;
    }

    /** Turns the right-hand side of {@code SET path = value} into the engine's update action. */
    private static final class ValueTranslator {
        private final ExpressionCompiler compiler;
        private final RelConverter converter = new RelConverter();
        private boolean usesParameters;

        ValueTranslator() {
            this.compiler = new ExpressionCompiler();
        }

        Bindable<UpdateAction> setAction(DocumentPath target, PathExpr targetExpr, Expr value) {
            if (value instanceof FunctionCall call) {
                String name = call.name().text().toLowerCase(Locale.ROOT);
                if (name.equals("set_add") || name.equals("set_delete")) {
                    return setFunction(target, targetExpr, call, name);
                }
            }
            Bindable<SetValue> bound = setValue(value);
            return params -> UpdateAction.set(target, bound.bind(params));
        }

        private Bindable<UpdateAction> setFunction(DocumentPath target, PathExpr targetExpr,
                FunctionCall call, String name) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (call.arguments().size() != 2) {
                throw new EngineException(ErrorCode.VALIDATION, upper
                        + " must have exactly two arguments at " + call.position());
            }
            if (!(call.arguments().get(0) instanceof PathExpr first)
                    || !path(first).equals(target)) {
                throw new EngineException(ErrorCode.VALIDATION, "The first argument to " + upper
                        + " must equal the assignment value at " + call.position());
            }
            Bindable<AttributeValue> members = constant(call.arguments().get(1));
            boolean add = name.equals("set_add");
            return params -> {
                AttributeValue set = members.bind(params);
                if (!(set instanceof AttributeValue.SS || set instanceof AttributeValue.NS
                        || set instanceof AttributeValue.BS)) {
                    throw new EngineException(ErrorCode.VALIDATION, "The second argument to "
                            + upper + " must be a value with type SET at " + call.position());
                }
                return add ? UpdateAction.add(target, set) : UpdateAction.delete(target, set);
            };
        }

        private Bindable<SetValue> setValue(Expr value) {
            if (value instanceof PathExpr path) {
                return Bindable.constant(SetValue.path(path(path)));
            }
            if (value instanceof ArithmeticExpr arithmetic) {
                Bindable<SetValue> left = setValue(arithmetic.left());
                Bindable<SetValue> right = setValue(arithmetic.right());
                return arithmetic.op() == ArithmeticExpr.Op.ADD
                        ? params -> SetValue.plus(left.bind(params), right.bind(params))
                        : params -> SetValue.minus(left.bind(params), right.bind(params));
            }
            if (value instanceof FunctionCall call) {
                String name = call.name().text().toLowerCase(Locale.ROOT);
                if (name.equals("list_append") && call.arguments().size() == 2) {
                    Bindable<SetValue> first = setValue(call.arguments().get(0));
                    Bindable<SetValue> second = setValue(call.arguments().get(1));
                    return params -> SetValue.listAppend(first.bind(params),
                            second.bind(params));
                }
                if (name.equals("if_not_exists") && call.arguments().size() == 2
                        && call.arguments().get(0) instanceof PathExpr path) {
                    Bindable<SetValue> fallback = setValue(call.arguments().get(1));
                    DocumentPath documentPath = path(path);
                    return params -> SetValue.ifNotExists(documentPath, fallback.bind(params));
                }
                throw new EngineException(ErrorCode.UNKNOWN_FUNCTION,
                        "Unrecognized function in SET: " + name + " at " + call.position());
            }
            Bindable<AttributeValue> constant = constant(value);
            return params -> SetValue.value(constant.bind(params));
        }

        /** Whether any value translated so far reads a parameter. */
        boolean usesParameters() {
            return usesParameters;
        }

        private Bindable<AttributeValue> constant(Expr value) {
            RexNode converted = converter.convert(value);
            usesParameters |= readsParameter(converted);
            CompiledExpression compiled = compiler.compile(converted);
            return params -> {
                AttributeValue bound = ExpressionCompiler.evaluateConstant(compiled, params);
                if (bound == null) {
                    throw new EngineException(ErrorCode.VALIDATION,
                            "MISSING cannot be assigned; use REMOVE");
                }
                return bound;
            };
        }
    }
}
