package io.partidb.planner.convert;

import io.partidb.ast.Expr;
import io.partidb.ast.ListExpr;
import io.partidb.ast.Literal;
import io.partidb.ast.MapExpr;
import io.partidb.ast.ParameterExpr;
import io.partidb.ast.SetExpr;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.physical.CompiledExpression;
import io.partidb.planner.physical.CompiledValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a data value written in a statement (a literal, a parameter, or a list, map or set
 * built from them, as an INSERT's item is) straight from the AST into a
 * {@link CompiledExpression}. The result is the one {@code ExpressionCompiler} makes of
 * {@link RelConverter}'s row expression for the same value, but no Calcite class is touched:
 * a value needs no relational plan, and INSERT (and with it the shell's sample data) then
 * never waits for Calcite's start-up.
 */
public final class AstValueCompiler {

    private AstValueCompiler() {
    }

    /**
     * Compiles one value.
     *
     * @throws IllegalArgumentException for anything that is not a value (the caller rejects
     *     paths and other expressions first)
     */
    public static CompiledExpression compile(Expr expr) {
        // The row-expression route converted the whole value (parsing every number) before it
        // compiled any of it; checking the numbers first keeps its error for a value that has
        // both a bad number and, say, an empty set.
        checkNumbers(expr);
        return compileChecked(expr);
    }

    private static void checkNumbers(Expr expr) {
        if (expr instanceof Literal.NumberLiteral number) {
            AttributeValue.ofNumber(number.text());
        } else if (expr instanceof ListExpr list) {
            list.elements().forEach(AstValueCompiler::checkNumbers);
        } else if (expr instanceof SetExpr set) {
            set.elements().forEach(AstValueCompiler::checkNumbers);
        } else if (expr instanceof MapExpr map) {
            map.entries().forEach(entry -> checkNumbers(entry.value()));
        }
    }

    private static CompiledExpression compileChecked(Expr expr) {
        if (expr instanceof Literal literal) {
            return literal(literal);
        } else if (expr instanceof ParameterExpr parameter) {
            return CompiledValues.parameter(parameter.index());
        } else if (expr instanceof ListExpr list) {
            return CompiledValues.listOf(compileAll(list.elements()));
        } else if (expr instanceof SetExpr set) {
            return CompiledValues.setOf(compileAll(set.elements()));
        } else if (expr instanceof MapExpr map) {
            List<String> keys = new ArrayList<>(map.entries().size());
            List<CompiledExpression> values = new ArrayList<>(map.entries().size());
            for (MapExpr.Entry entry : map.entries()) {
                keys.add(entry.key());
                values.add(compileChecked(entry.value()));
            }
            return CompiledValues.mapOf(keys, values);
        }
        throw new IllegalArgumentException("not a value: " + expr);
    }

    private static List<CompiledExpression> compileAll(List<Expr> exprs) {
        List<CompiledExpression> compiled = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            compiled.add(compileChecked(expr));
        }
        return compiled;
    }

    private static CompiledExpression literal(Literal literal) {
        if (literal instanceof Literal.StringLiteral string) {
            return CompiledValues.constant(AttributeValue.ofString(string.value()));
        } else if (literal instanceof Literal.NumberLiteral number) {
            return CompiledValues.constant(AttributeValue.ofNumber(number.text()));
        } else if (literal instanceof Literal.BooleanLiteral bool) {
            return CompiledValues.constant(AttributeValue.ofBoolean(bool.value()));
        } else if (literal instanceof Literal.NullLiteral) {
            return CompiledValues.storedNull();
        }
        return CompiledValues.missing();
    }
}
