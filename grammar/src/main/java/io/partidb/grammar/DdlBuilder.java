package io.partidb.grammar;

import static io.partidb.grammar.Tokens.errorAt;
import static io.partidb.grammar.Tokens.position;

import io.partidb.ast.AlterTableStatement;
import io.partidb.ast.AttributeDecl;
import io.partidb.ast.CreateIndexStatement;
import io.partidb.ast.CreateTableStatement;
import io.partidb.ast.DropIndexStatement;
import io.partidb.ast.DropTableStatement;
import io.partidb.ast.IndexDecl;
import io.partidb.ast.Literal;
import io.partidb.ast.Name;
import io.partidb.ast.ProjectionSpec;
import io.partidb.ast.SourcePosition;
import io.partidb.ast.TableOption;
import io.partidb.ast.TypeSpec;
import io.partidb.grammar.antlr.PartiQLLexer;
import io.partidb.grammar.antlr.PartiQLParser.AlterTableStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.AttributeDeclContext;
import io.partidb.grammar.antlr.PartiQLParser.CreateIndexStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.CreateTableStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.DecimalTypeContext;
import io.partidb.grammar.antlr.PartiQLParser.DropIndexStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.DropTableStatementContext;
import io.partidb.grammar.antlr.PartiQLParser.IndexClauseContext;
import io.partidb.grammar.antlr.PartiQLParser.KeyListContext;
import io.partidb.grammar.antlr.PartiQLParser.OptionListContext;
import io.partidb.grammar.antlr.PartiQLParser.OptionValueContext;
import io.partidb.grammar.antlr.PartiQLParser.ProjectionClauseContext;
import io.partidb.grammar.antlr.PartiQLParser.SetTypeContext;
import io.partidb.grammar.antlr.PartiQLParser.SizedTypeContext;
import io.partidb.grammar.antlr.PartiQLParser.TableElementContext;
import io.partidb.grammar.antlr.PartiQLParser.TableOptionContext;
import io.partidb.grammar.antlr.PartiQLParser.TypeSpecContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the DDL statements (CREATE/DROP/ALTER TABLE, CREATE/DROP INDEX). CREATE TABLE's
 * elements may come in any order; they are collected here, and the few rules the grammar cannot
 * express (exactly one PRIMARY KEY, two keys for a LOCAL index) are checked here.
 */
final class DdlBuilder {
    private static final String BAD_TYPE_PARAMETER =
            "A type parameter must be a non-negative integer";

    CreateTableStatement createTable(CreateTableStatementContext context) {
        List<AttributeDecl> attributes = new ArrayList<>();
        List<Name> primaryKey = null;
        List<IndexDecl> indexes = new ArrayList<>();
        for (TableElementContext element : context.tableElement()) {
            if (element.attributeDecl() != null) {
                attributes.add(attribute(element.attributeDecl()));
            } else if (element.primaryKeyClause() != null) {
                if (primaryKey != null) {
                    throw errorAt(element.getStart(), "Duplicate PRIMARY KEY clause");
                }
                primaryKey = keys(element.primaryKeyClause().keyList());
            } else {
                indexes.add(indexClause(element.indexClause()));
            }
        }
        if (primaryKey == null) {
            throw errorAt(context.table.getStart(), "CREATE TABLE needs a PRIMARY KEY clause");
        }
        List<TableOption> options = context.optionList() == null
                ? List.of()
                : options(context.optionList());
        return new CreateTableStatement(context.IF() != null, Tokens.name(context.table),
                attributes, primaryKey, indexes, options, position(context));
    }

    CreateIndexStatement createIndex(CreateIndexStatementContext context) {
        // A later-created index is global unless LOCAL is written; the planner refuses LOCAL.
        boolean global = context.kind == null || context.kind.getType() == PartiQLLexer.GLOBAL;
        Token first = context.kind != null ? context.kind : context.INDEX().getSymbol();
        SourcePosition position = position(first);
        IndexDecl index = new IndexDecl(global, Tokens.name(context.index), keys(context.keyList()),
                projection(context.projectionClause(), position), position);
        return new CreateIndexStatement(Tokens.name(context.table), index, position(context));
    }

    DropIndexStatement dropIndex(DropIndexStatementContext context) {
        return new DropIndexStatement(Tokens.name(context.index), Tokens.name(context.table),
                position(context));
    }

    DropTableStatement dropTable(DropTableStatementContext context) {
        return new DropTableStatement(context.IF() != null, Tokens.name(context.table),
                position(context));
    }

    AlterTableStatement alterTable(AlterTableStatementContext context) {
        return new AlterTableStatement(Tokens.name(context.table), options(context.optionList()),
                position(context));
    }

    private AttributeDecl attribute(AttributeDeclContext context) {
        return new AttributeDecl(Tokens.name(context.name()), type(context.typeSpec()),
                context.NOT() != null, position(context));
    }

    private TypeSpec type(TypeSpecContext context) {
        SourcePosition position = position(context);
        List<TerminalNode> parameters = List.of();
        String name;
        if (context instanceof SetTypeContext set) {
            name = upper(set.base) + " SET";
        } else if (context instanceof SizedTypeContext sized) {
            name = upper(sized.base);
            parameters = sized.NUMBER_LITERAL() == null
                    ? List.of()
                    : List.of(sized.NUMBER_LITERAL());
        } else if (context instanceof DecimalTypeContext decimal) {
            name = upper(decimal.base);
            parameters = decimal.NUMBER_LITERAL();
        } else {
            name = upper(context.getStart());
        }
        List<Integer> values = new ArrayList<>(parameters.size());
        for (TerminalNode parameter : parameters) {
            values.add(Tokens.nonNegativeInt(parameter.getSymbol(), BAD_TYPE_PARAMETER));
        }
        return new TypeSpec(name, values, position);
    }

    private IndexDecl indexClause(IndexClauseContext context) {
        boolean global = context.kind.getType() == PartiQLLexer.GLOBAL;
        List<Name> keys = keys(context.keyList());
        if (!global && keys.size() < 2) {
            throw errorAt(context.keyList().getStop(),
                    "A local index needs a partition key and a sort key");
        }
        SourcePosition position = position(context);
        return new IndexDecl(global, Tokens.name(context.name()), keys,
                projection(context.projectionClause(), position), position);
    }

    private static List<Name> keys(KeyListContext context) {
        return context.name().stream().map(Tokens::name).toList();
    }

    private static ProjectionSpec projection(ProjectionClauseContext context,
            SourcePosition indexPosition) {
        if (context == null) {
            return new ProjectionSpec(ProjectionSpec.Kind.ALL, List.of(), indexPosition);
        }
        SourcePosition position = position(context);
        if (context.ALL() != null) {
            return new ProjectionSpec(ProjectionSpec.Kind.ALL, List.of(), position);
        } else if (context.KEYS_ONLY() != null) {
            return new ProjectionSpec(ProjectionSpec.Kind.KEYS_ONLY, List.of(), position);
        }
        List<Name> include = context.name().stream().map(Tokens::name).toList();
        return new ProjectionSpec(ProjectionSpec.Kind.INCLUDE, include, position);
    }

    private static List<TableOption> options(OptionListContext context) {
        List<TableOption> options = new ArrayList<>();
        for (TableOptionContext option : context.tableOption()) {
            options.add(new TableOption(Tokens.name(option.name()),
                    optionValue(option.optionValue()), position(option)));
        }
        return options;
    }

    private static Literal optionValue(OptionValueContext context) {
        SourcePosition position = position(context);
        if (context.STRING_LITERAL() != null) {
            String text = Tokens.stringValue(context.STRING_LITERAL().getSymbol());
            return new Literal.StringLiteral(text, position);
        } else if (context.NUMBER_LITERAL() != null) {
            String digits = context.NUMBER_LITERAL().getText();
            return new Literal.NumberLiteral(context.MINUS() != null ? "-" + digits : digits,
                    position);
        } else if (context.TRUE() != null) {
            return new Literal.BooleanLiteral(true, position);
        } else if (context.FALSE() != null) {
            return new Literal.BooleanLiteral(false, position);
        }
        return new Literal.NullLiteral(position);
    }

    private static String upper(Token token) {
        return token.getText().toUpperCase(Locale.ROOT);
    }
}
