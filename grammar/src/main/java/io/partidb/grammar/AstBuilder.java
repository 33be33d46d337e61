package io.partidb.grammar;

import static io.partidb.grammar.Tokens.errorAt;
import static io.partidb.grammar.Tokens.position;

import io.partidb.ast.CountAll;
import io.partidb.ast.DeleteStatement;
import io.partidb.ast.ExplainStatement;
import io.partidb.ast.Expr;
import io.partidb.ast.InsertStatement;
import io.partidb.ast.Name;
import io.partidb.ast.OrderItem;
import io.partidb.ast.Returning;
import io.partidb.ast.SelectItem;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.Statement;
import io.partidb.ast.TableRef;
import io.partidb.ast.UpdateStatement;
import io.partidb.grammar.antlr.PartiQLLexer;
import io.partidb.grammar.antlr.PartiQLParser.AlterTableStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.CreateIndexStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.CreateTableStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.DeleteStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.DropIndexStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.DropTableStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.ExprContext;
import io.partidb.grammar.antlr.PartiQLParser.FromFirstUpdateStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.InnerStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.InsertStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.NameContext;
import io.partidb.grammar.antlr.PartiQLParser.OrderItemContext;
import io.partidb.grammar.antlr.PartiQLParser.PathContext;
import io.partidb.grammar.antlr.PartiQLParser.ReturningClauseContext;
import io.partidb.grammar.antlr.PartiQLParser.RootContext;
import io.partidb.grammar.antlr.PartiQLParser.SelectItemContext;
import io.partidb.grammar.antlr.PartiQLParser.SelectStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.SetAssignmentContext;
import io.partidb.grammar.antlr.PartiQLParser.StatementContext;
import io.partidb.grammar.antlr.PartiQLParser.TableAliasContext;
import io.partidb.grammar.antlr.PartiQLParser.TableRefContext;
import io.partidb.grammar.antlr.PartiQLParser.UpdateClauseContext;
import io.partidb.grammar.antlr.PartiQLParser.UpdateStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.ValueFormContext;
import io.partidb.grammar.antlr.PartiQLParser.ValuesFormContext;
import io.partidb.grammar.antlr.PartiQLParser.ValuesRowContext;
import io.partidb.grammar.antlr.PartiQLParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the {@link Statement} for a parse tree that the grammar accepted, and refuses, as
 * {@link SyntaxError}s, the forms the grammar lets through only to report them precisely: table
 * aliases, FROM paths of three or more components, DELETE's other RETURNING variants.
 */
final class AstBuilder extends PartiQLParserBaseVisitor<Statement> {
    private static final int MAX_TABLE_PATH = 2;

    private final ExpressionBuilder expressions;
    private final DdlBuilder ddl;

    /** {@code parameterTokenIndexes}: token indexes of the {@code ?} tokens, ascending. */
    AstBuilder(int[] parameterTokenIndexes) {
        this.expressions = new ExpressionBuilder(parameterTokenIndexes);
        this.ddl = new DdlBuilder();
    }

    Statement build(RootContext root) {
        return visit(root.statement());
    }

    @Override
    public Statement visitStatement(StatementContext context) {
        Statement statement = visit(context.innerStatement());
        if (context.EXPLAIN() == null) {
            return statement;
        }
        return new ExplainStatement(statement, position(context));
    }

    @Override
    public Statement visitInnerStatement(InnerStatementContext context) {
        return visit(context.getChild(0));
    }

    @Override
    public Statement visitSelectStatement(SelectStatementContext context) {
        boolean star = context.selectList().STAR() != null;
        List<SelectItem> items = new ArrayList<>();
        for (SelectItemContext item : context.selectList().selectItem()) {
            Optional<Name> alias = Optional.ofNullable(item.alias).map(Tokens::name);
            items.add(new SelectItem(item.countAll != null ? countAll(item) :
                    expressions.build(item.expr()), alias, position(item)));
        }
        TableRef from = tableRef(context.tableRef(), context.tableAlias());
        List<OrderItem> orderBy = new ArrayList<>();
        for (OrderItemContext item : context.orderItem()) {
            boolean descending = item.direction != null
                    && item.direction.getType() == PartiQLLexer.DESC;
            orderBy.add(new OrderItem(expressions.build(item.expr()), descending, position(item)));
        }
        return new SelectStatement(star, items, from, optional(context.where), orderBy,
                optional(context.limit), optional(context.offset), position(context));
    }

    /** {@code name(*)}: only COUNT takes {@code *}. */
    private static CountAll countAll(SelectItemContext item) {
        String function = Tokens.name(item.countAll).text();
        if (!function.equalsIgnoreCase("COUNT")) {
            throw errorAt(item.countAll.getStart(), "Only COUNT takes * as its argument, not "
                    + function);
        }
        return new CountAll(position(item));
    }

    @Override
    public Statement visitInsertStatement(InsertStatementContext context) {
        TableRef into = tableRef(context.tableRef(), null);
        InsertStatement.Form form = context.valueForm() != null
                ? valueForm(context.valueForm())
                : valuesForm(context.valuesForm());
        return new InsertStatement(into, form, position(context));
    }

    @Override
    public Statement visitUpdateStatement(UpdateStatementContext context) {
        return new UpdateStatement(tableRef(context.tableRef(), context.tableAlias()),
                actions(context.updateClause()), expressions.build(context.where),
                returning(context.returningClause()), position(context));
    }

    @Override
    public Statement visitFromFirstUpdateStatement(FromFirstUpdateStatementContext context) {
        return new UpdateStatement(tableRef(context.tableRef(), context.tableAlias()),
                actions(context.updateClause()), expressions.build(context.where),
                returning(context.returningClause()), position(context));
    }

    @Override
    public Statement visitDeleteStatement(DeleteStatementContext context) {
        TableRef from = tableRef(context.tableRef(), context.tableAlias());
        Optional<Returning> returning = returning(context.returningClause());
        if (returning.isPresent() && (!returning.get().all() || returning.get().newImage())) {
            ReturningClauseContext clause = context.returningClause();
            String written = "RETURNING " + clause.scope.getText().toUpperCase(Locale.ROOT) + " "
                    + clause.image.getText().toUpperCase(Locale.ROOT) + " *";
            throw errorAt(clause.getStart(), "Invalid returning clause: " + written
                    + ". Only RETURNING ALL OLD * is allowed in DELETE statements.");
        }
        return new DeleteStatement(from, expressions.build(context.where), returning,
                position(context));
    }

    @Override
    public Statement visitCreateTableStatement(CreateTableStatementContext context) {
        return ddl.createTable(context);
    }

    @Override
    public Statement visitCreateIndexStatement(CreateIndexStatementContext context) {
        return ddl.createIndex(context);
    }

    @Override
    public Statement visitDropIndexStatement(DropIndexStatementContext context) {
        return ddl.dropIndex(context);
    }

    @Override
    public Statement visitDropTableStatement(DropTableStatementContext context) {
        return ddl.dropTable(context);
    }

    @Override
    public Statement visitAlterTableStatement(AlterTableStatementContext context) {
        return ddl.alterTable(context);
    }

    private TableRef tableRef(TableRefContext context, TableAliasContext alias) {
        List<NameContext> names = context.name();
        if (names.size() > MAX_TABLE_PATH) {
            throw errorAt(names.get(MAX_TABLE_PATH).getStart(),
                    "A path may contain at most 2 components in the FROM clause");
        }
        if (alias != null) {
            throw errorAt(alias.getStart(), "Aliasing is not supported");
        }
        Optional<Name> index = names.size() == 2
                ? Optional.of(Tokens.name(names.get(1)))
                : Optional.empty();
        return new TableRef(Tokens.name(names.get(0)), index, position(context));
    }

    private InsertStatement.ValueForm valueForm(ValueFormContext context) {
        return new InsertStatement.ValueForm(expressions.build(context.expr()));
    }

    private InsertStatement.ValuesForm valuesForm(ValuesFormContext context) {
        List<Name> columns = context.name().stream().map(Tokens::name).toList();
        List<List<Expr>> rows = new ArrayList<>();
        for (ValuesRowContext row : context.valuesRow()) {
            if (row.expr().size() != columns.size()) {
                throw errorAt(row.getStart(), "A VALUES row must have one value per column ("
                        + columns.size() + ")");
            }
            rows.add(expressions.buildAll(row.expr()));
        }
        return new InsertStatement.ValuesForm(columns, rows);
    }

    private List<UpdateStatement.UpdateAction> actions(List<UpdateClauseContext> clauses) {
        List<UpdateStatement.UpdateAction> actions = new ArrayList<>();
        for (UpdateClauseContext clause : clauses) {
            for (SetAssignmentContext assignment : clause.setAssignment()) {
                actions.add(new UpdateStatement.SetAction(expressions.path(assignment.path()),
                        expressions.build(assignment.expr()), position(assignment)));
            }
            for (PathContext path : clause.path()) {
                actions.add(new UpdateStatement.RemoveAction(expressions.path(path),
                        position(path)));
            }
        }
        return actions;
    }

    private static Optional<Returning> returning(ReturningClauseContext context) {
        if (context == null) {
            return Optional.empty();
        }
        return Optional.of(new Returning(context.scope.getType() == PartiQLLexer.ALL,
                context.image.getType() == PartiQLLexer.NEW, position(context)));
    }

    private Optional<Expr> optional(ExprContext context) {
        return context == null ? Optional.empty() : Optional.of(expressions.build(context));
    }
}
