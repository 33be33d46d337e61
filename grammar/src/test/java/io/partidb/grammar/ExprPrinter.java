package io.partidb.grammar;

import io.partidb.ast.AndExpr;
import io.partidb.ast.ArithmeticExpr;
import io.partidb.ast.BetweenExpr;
import io.partidb.ast.ComparisonExpr;
import io.partidb.ast.CountAll;
import io.partidb.ast.Expr;
import io.partidb.ast.FunctionCall;
import io.partidb.ast.InExpr;
import io.partidb.ast.IsExpr;
import io.partidb.ast.ListExpr;
import io.partidb.ast.Literal;
import io.partidb.ast.MapExpr;
import io.partidb.ast.Name;
import io.partidb.ast.NegateExpr;
import io.partidb.ast.NotExpr;
import io.partidb.ast.OrExpr;
import io.partidb.ast.ParameterExpr;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SetExpr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders an expression tree as a compact prefix form, e.g. {@code (OR (= a 1) (AND ...))}, so
 * that tests can state a whole tree's shape, and so its precedence, in one readable string.
 */
final class ExprPrinter {

    private ExprPrinter() {
    }

    static String print(Expr expr) {
        if (expr instanceof Literal.StringLiteral s) {
            return "'" + s.value().replace("'", "''") + "'";
        } else if (expr instanceof Literal.NumberLiteral n) {
            return n.text();
        } else if (expr instanceof Literal.BooleanLiteral b) {
            return b.value() ? "TRUE" : "FALSE";
        } else if (expr instanceof Literal.NullLiteral) {
            return "NULL";
        } else if (expr instanceof Literal.MissingLiteral) {
            return "MISSING";
        } else if (expr instanceof ParameterExpr p) {
            return "?" + p.index();
        } else if (expr instanceof PathExpr p) {
            return path(p);
        } else if (expr instanceof ListExpr l) {
            return "[" + all(l.elements()) + "]";
        } else if (expr instanceof SetExpr s) {
            return "<<" + all(s.elements()) + ">>";
        } else if (expr instanceof MapExpr m) {
            return m.entries().stream()
                    .map(e -> "'" + e.key().replace("'", "''") + "': " + print(e.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        } else if (expr instanceof ComparisonExpr c) {
            return "(" + c.op().symbol() + " " + print(c.left()) + " " + print(c.right()) + ")";
        } else if (expr instanceof BetweenExpr b) {
            return "(" + (b.negated() ? "NOT BETWEEN " : "BETWEEN ") + print(b.value()) + " "
                    + print(b.low()) + " " + print(b.high()) + ")";
        } else if (expr instanceof InExpr in) {
            return "(" + (in.negated() ? "NOT IN " : "IN ") + print(in.value()) + " ["
                    + all(in.candidates()) + "])";
        } else if (expr instanceof IsExpr is) {
            return "(" + (is.negated() ? "IS NOT " : "IS ") + print(is.value()) + " " + is.test()
                    + ")";
        } else if (expr instanceof AndExpr a) {
            return "(AND " + print(a.left()) + " " + print(a.right()) + ")";
        } else if (expr instanceof OrExpr o) {
            return "(OR " + print(o.left()) + " " + print(o.right()) + ")";
        } else if (expr instanceof NotExpr n) {
            return "(NOT " + print(n.operand()) + ")";
        } else if (expr instanceof ArithmeticExpr a) {
            return "(" + a.op().symbol() + " " + print(a.left()) + " " + print(a.right()) + ")";
        } else if (expr instanceof NegateExpr n) {
            return "(NEG " + print(n.operand()) + ")";
        }
        if (expr instanceof CountAll) {
            return "COUNT(*)";
        }
        FunctionCall f = (FunctionCall) expr;
        return name(f.name()) + "(" + all(f.arguments()) + ")";
    }

    static String path(PathExpr path) {
        StringBuilder text = new StringBuilder(name(path.root()));
        for (PathExpr.PathStep step : path.steps()) {
            if (step instanceof PathExpr.FieldStep field) {
                text.append('.').append(name(field.name()));
            } else {
                text.append('[').append(((PathExpr.IndexStep) step).index()).append(']');
            }
        }
        return text.toString();
    }

    static String name(Name name) {
        return name.quoted() ? "\"" + name.text().replace("\"", "\"\"") + "\"" : name.text();
    }

    private static String all(List<Expr> exprs) {
        return exprs.stream().map(ExprPrinter::print).collect(Collectors.joining(", "));
    }
}
