package io.partidb.planner;

import io.partidb.ast.Expr;
import io.partidb.ast.InsertStatement;
import io.partidb.ast.ListExpr;
import io.partidb.ast.Literal;
import io.partidb.ast.MapExpr;
import io.partidb.ast.Name;
import io.partidb.ast.ParameterExpr;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SetExpr;
import io.partidb.ast.TableRef;
import io.partidb.engine.Database;
import io.partidb.engine.Table;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.planner.convert.AstValueCompiler;
import io.partidb.planner.physical.CompiledExpression;
import io.partidb.planner.physical.InsertPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans INSERT as a key-value put that requires the key to be new. Its values are data, compiled
 * straight from the AST: no Calcite class is touched, so INSERTs (the shell's sample data among
 * them) never wait for Calcite's start-up.
 */
final class InsertPlanner {
    private final Database database;

    InsertPlanner(Database database) {
        this.database = database;
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
        for (Expr item : items) {
            rejectPaths(item);
            rows.add(AstValueCompiler.compile(item));
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
        } else if (expr instanceof ListExpr list) {
            list.elements().forEach(InsertPlanner::rejectPaths);
        } else if (expr instanceof SetExpr set) {
            set.elements().forEach(InsertPlanner::rejectPaths);
        } else if (!(expr instanceof Literal
                || expr instanceof ParameterExpr)) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Unsupported data type in INSERT value at " + expr.position()
                            + ": only literals, parameters, lists, maps and sets");
        }
    }

    private Table resolve(TableRef ref) {
        return database.table(ref.table().text());
    }}
