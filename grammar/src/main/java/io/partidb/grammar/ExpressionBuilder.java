package io.partidb.grammar;

import static io.partidb.grammar.Tokens.position;

import io.partidb.ast.AndExpr;
import io.partidb.ast.ArithmeticExpr;
import io.partidb.ast.BetweenExpr;
import io.partidb.ast.ComparisonExpr;
import io.partidb.ast.Expr;
import io.partidb.ast.FunctionCall;
import io.partidb.ast.InExpr;
import io.partidb.ast.IsExpr;
import io.partidb.ast.ListExpr;
import io.partidb.ast.Literal;
import io.partidb.ast.MapExpr;
import io.partidb.ast.NegateExpr;
import io.partidb.ast.NotExpr;
import io.partidb.ast.OrExpr;
import io.partidb.ast.ParameterExpr;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SetExpr;
import io.partidb.ast.SourcePosition;
import io.partidb.grammar.antlr.PartiQLLexer;
import io.partidb.grammar.antlr.PartiQLParser.AdditiveContext;
import io.partidb.grammar.antlr.PartiQLParser.AndExprContext;
import io.partidb.grammar.antlr.PartiQLParser.BetweenSuffixContext;
import io.partidb.grammar.antlr.PartiQLParser.ComparisonOperatorContext;
import io.partidb.grammar.antlr.PartiQLParser.ComparisonSuffixContext;
import io.partidb.grammar.antlr.PartiQLParser.ExprContext;
import io.partidb.grammar.antlr.PartiQLParser.FieldStepContext;
import io.partidb.grammar.antlr.PartiQLParser.FunctionCallPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.InSuffixContext;
import io.partidb.grammar.antlr.PartiQLParser.IndexStepContext;
import io.partidb.grammar.antlr.PartiQLParser.IsSuffixContext;
import io.partidb.grammar.antlr.PartiQLParser.ListPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.LiteralContext;
import io.partidb.grammar.antlr.PartiQLParser.LiteralPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.MapEntryContext;
import io.partidb.grammar.antlr.PartiQLParser.MapPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.NotExprContext;
import io.partidb.grammar.antlr.PartiQLParser.OrExprContext;
import io.partidb.grammar.antlr.PartiQLParser.ParameterPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.ParenthesizedPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.PathContext;
import io.partidb.grammar.antlr.PartiQLParser.PathPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.PathStepContext;
import io.partidb.grammar.antlr.PartiQLParser.PredicateContext;
import io.partidb.grammar.antlr.PartiQLParser.PredicateSuffixContext;
import io.partidb.grammar.antlr.PartiQLParser.SetPrimaryContext;
import io.partidb.grammar.antlr.PartiQLParser.UnaryContext;
import io.partidb.grammar.antlr.PartiQLParserBaseVisitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * Builds {@link Expr} trees from the expression rules of the parse tree. Parameters are numbered
 * by their place among all {@code ?} tokens of the statement, so the numbering does not depend
 * on the order in which the statement builder happens to visit its clauses.
 */
final class ExpressionBuilder extends PartiQLParserBaseVisitor<Expr> {
    private static final String BAD_PATH_INDEX = "A path index must be a non-negative integer";

    private final int[] parameterTokenIndexes;

    /** {@code parameterTokenIndexes}: token indexes of the {@code ?} tokens, ascending. */
    ExpressionBuilder(int[] parameterTokenIndexes) {
        this.parameterTokenIndexes = parameterTokenIndexes.clone();
    }

    Expr build(ExprContext context) {
        return visit(context);
    }

    List<Expr> buildAll(List<ExprContext> contexts) {
        List<Expr> result = new ArrayList<>(contexts.size());
        for (ExprContext context : contexts) {
            result.add(build(context));
        }
        return result;
    }

    PathExpr path(PathContext context) {
        List<PathExpr.PathStep> steps = new ArrayList<>();
        for (PathStepContext step : context.pathStep()) {
            if (step instanceof FieldStepContext field) {
                steps.add(new PathExpr.FieldStep(Tokens.pathComponent(field.name())));
            } else {
                Token number = ((IndexStepContext) step).NUMBER_LITERAL().getSymbol();
                steps.add(new PathExpr.IndexStep(Tokens.nonNegativeInt(number, BAD_PATH_INDEX),
                        position(step)));
            }
        }
        return new PathExpr(Tokens.pathComponent(context.name()), steps, position(context));
    }

    @Override
    public Expr visitExpr(ExprContext context) {
        return visit(context.orExpr());
    }

    @Override
    public Expr visitOrExpr(OrExprContext context) {
        Expr result = visit(context.andExpr(0));
        for (int i = 1; i < context.andExpr().size(); i++) {
            result = new OrExpr(result, visit(context.andExpr(i)), position(context));
        }
        return result;
    }

    @Override
    public Expr visitAndExpr(AndExprContext context) {
        Expr result = visit(context.notExpr(0));
        for (int i = 1; i < context.notExpr().size(); i++) {
            result = new AndExpr(result, visit(context.notExpr(i)), position(context));
        }
        return result;
    }

    @Override
    public Expr visitNotExpr(NotExprContext context) {
        if (context.NOT() == null) {
            return visit(context.predicate());
        }
        return new NotExpr(visit(context.notExpr()), position(context));
    }

    @Override
    public Expr visitPredicate(PredicateContext context) {
        Expr value = visit(context.additive());
        PredicateSuffixContext suffix = context.predicateSuffix();
        SourcePosition position = position(context);
        if (suffix == null) {
            return value;
        } else if (suffix instanceof ComparisonSuffixContext comparison) {
            return new ComparisonExpr(comparisonOp(comparison.comparisonOperator()), value,
                    visit(comparison.additive()), position);
        } else if (suffix instanceof BetweenSuffixContext between) {
            return new BetweenExpr(value, visit(between.low), visit(between.high),
                    between.NOT() != null, position);
        } else if (suffix instanceof InSuffixContext in) {
            return new InExpr(value, buildAll(in.inList().expr()), in.NOT() != null, position);
        }
        IsSuffixContext is = (IsSuffixContext) suffix;
        String test = is.isTest().getText().toUpperCase(Locale.ROOT);
        return new IsExpr(value, test, is.NOT() != null, position);
    }

    @Override
    public Expr visitAdditive(AdditiveContext context) {
        Expr result = visit(context.unary(0));
        for (int i = 1; i < context.unary().size(); i++) {
            ArithmeticExpr.Op op = context.operator.get(i - 1).getType() == PartiQLLexer.PLUS
                    ? ArithmeticExpr.Op.ADD
                    : ArithmeticExpr.Op.SUBTRACT;
            result = new ArithmeticExpr(op, result, visit(context.unary(i)), position(context));
        }
        return result;
    }

    @Override
    public Expr visitUnary(UnaryContext context) {
        if (context.MINUS() == null) {
            return visit(context.primary());
        }
        // "-5" is one number to DynamoDB (its range checks see the sign), not a negation.
        Token number = bareNumber(context.unary());
        if (number != null) {
            return new Literal.NumberLiteral("-" + number.getText(), position(context));
        }
        return new NegateExpr(visit(context.unary()), position(context));
    }

    @Override
    public Expr visitLiteralPrimary(LiteralPrimaryContext context) {
        return visit(context.literal());
    }

    @Override
    public Expr visitLiteral(LiteralContext context) {
        Token token = context.getStart();
        SourcePosition position = position(token);
        return switch (token.getType()) {
            case PartiQLLexer.STRING_LITERAL ->
                    new Literal.StringLiteral(Tokens.stringValue(token), position);
            case PartiQLLexer.NUMBER_LITERAL ->
                    new Literal.NumberLiteral(token.getText(), position);
            case PartiQLLexer.TRUE -> new Literal.BooleanLiteral(true, position);
            case PartiQLLexer.FALSE -> new Literal.BooleanLiteral(false, position);
            case PartiQLLexer.NULL -> new Literal.NullLiteral(position);
            case PartiQLLexer.MISSING -> new Literal.MissingLiteral(position);
            default -> throw new IllegalStateException("literal token " + token);
        };
    }

    @Override
    public Expr visitParameterPrimary(ParameterPrimaryContext context) {
        Token token = context.QUESTION_MARK().getSymbol();
        int index = Arrays.binarySearch(parameterTokenIndexes, token.getTokenIndex());
        if (index < 0) {
            throw new IllegalStateException("parameter token not numbered: " + token);
        }
        return new ParameterExpr(index, position(token));
    }

    @Override
    public Expr visitFunctionCallPrimary(FunctionCallPrimaryContext context) {
        return new FunctionCall(Tokens.name(context.function), buildAll(context.expr()),
                position(context));
    }

    @Override
    public Expr visitPathPrimary(PathPrimaryContext context) {
        return path(context.path());
    }

    @Override
    public Expr visitParenthesizedPrimary(ParenthesizedPrimaryContext context) {
        return visit(context.expr());
    }

    @Override
    public Expr visitListPrimary(ListPrimaryContext context) {
        return new ListExpr(buildAll(context.expr()), position(context));
    }

    @Override
    public Expr visitSetPrimary(SetPrimaryContext context) {
        return new SetExpr(buildAll(context.expr()), position(context));
    }

    @Override
    public Expr visitMapPrimary(MapPrimaryContext context) {
        List<MapExpr.Entry> entries = new ArrayList<>(context.mapEntry().size());
        for (MapEntryContext entry : context.mapEntry()) {
            entries.add(new MapExpr.Entry(Tokens.stringValue(entry.key), build(entry.expr()),
                    position(entry.key)));
        }
        return new MapExpr(entries, position(context));
    }

    private static ComparisonExpr.Op comparisonOp(ComparisonOperatorContext context) {
        return switch (context.getStart().getType()) {
            case PartiQLLexer.EQ -> ComparisonExpr.Op.EQ;
            case PartiQLLexer.NE -> ComparisonExpr.Op.NE;
            case PartiQLLexer.LT -> ComparisonExpr.Op.LT;
            case PartiQLLexer.LE -> ComparisonExpr.Op.LE;
            case PartiQLLexer.GT -> ComparisonExpr.Op.GT;
            case PartiQLLexer.GE -> ComparisonExpr.Op.GE;
            default -> throw new IllegalStateException("comparison token " + context.getText());
        };
    }

    /** The number token when the operand is written as a plain number literal, else null. */
    private static Token bareNumber(UnaryContext operand) {
        if (operand.primary() instanceof LiteralPrimaryContext literal
                && literal.literal().NUMBER_LITERAL() != null) {
            return literal.literal().NUMBER_LITERAL().getSymbol();
        }
        return null;
    }
}
