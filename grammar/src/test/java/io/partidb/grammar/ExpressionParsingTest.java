package io.partidb.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.ast.AndExpr;
import io.partidb.ast.ComparisonExpr;
import io.partidb.ast.Expr;
import io.partidb.ast.InExpr;
import io.partidb.ast.InsertStatement;
import io.partidb.ast.Literal;
import io.partidb.ast.MapExpr;
import io.partidb.ast.Name;
import io.partidb.ast.NotExpr;
import io.partidb.ast.ParameterExpr;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.SourcePosition;
import io.partidb.ast.UpdateStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions: literals, paths, parameters, operators and their precedence, functions. */
class ExpressionParsingTest {

    private static Expr where(String condition) {
        SelectStatement select = (SelectStatement) StatementParser
                .parse("SELECT * FROM t WHERE " + condition).statement();
        return select.where().orElseThrow();
    }

    private static String printed(String condition) {
        return ExprPrinter.print(where(condition));
    }

    private static Expr item(String value) {
        InsertStatement insert = (InsertStatement) StatementParser
                .parse("INSERT INTO t VALUE " + value).statement();
        return ((InsertStatement.ValueForm) insert.form()).item();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", ".5", "1.", "1e5", "1E0", "7.31E6", "7.31E+6", "7.31e+6",
        "73100000e-1", ".73e1", "00042", "0"})
    void numbersAreKeptExactlyAsWritten(String number) {
        assertThat(where("n = " + number))
                .extracting(e -> ((ComparisonExpr) e).right())
                .isEqualTo(new Literal.NumberLiteral(number, new SourcePosition(1, 27)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "n = -5          | (= n -5)",
        "n = -.73e1      | (= n -.73e1)",
        "n = - 5         | (= n -5)",
        "n = -a          | (= n (NEG a))",
        "n = -(5)        | (= n (NEG 5))",
        "n = - -5        | (= n (NEG -5))",
        "n = a - -1      | (= n (- a -1))",
        "n = -a.b[1]     | (= n (NEG a.b[1]))"})
    void unaryMinusFoldsIntoANumberLiteralOnly(String condition, String expected) {
        assertThat(printed(condition)).isEqualTo(expected);
    }

    @Test
    void stringsUnescapeDoubledQuotes() {
        assertThat(where("s = 'it''s'")).extracting(e -> ((ComparisonExpr) e)
                .right()).isEqualTo(new Literal.StringLiteral("it's", new SourcePosition(1, 27)));
        assertThat(printed("s = ''")).isEqualTo("(= s '')");
        assertThat(printed("s = ''''")).isEqualTo("(= s '''')");
        assertThat(printed("s = 'a \"b\" -- not a comment ? /* no */'"))
                .isEqualTo("(= s 'a \"b\" -- not a comment ? /* no */')");
    }

    @Test
    void stringsKeepLineBreaksAndNonAsciiText() {
        Expr expr = where("s = 'line1\nline2 ¿é漢'");
        assertThat(((Literal.StringLiteral) ((ComparisonExpr) expr).right()).value())
                .isEqualTo("line1\nline2 ¿é漢");
    }

    @Test
    void quotedIdentifiersUnescapeDoubledQuotes() {
        PathExpr path = (PathExpr) ((ComparisonExpr) where("\"a\"\"b\" = 1")).left();
        assertThat(path.root().text()).isEqualTo("a\"b");
        assertThat(path.root().quoted()).isTrue();
        PathExpr spaced = (PathExpr) ((ComparisonExpr) where("\"x y.z\" = 1")).left();
        assertThat(spaced.root().text()).isEqualTo("x y.z");
        assertThat(spaced.steps()).isEmpty();
    }

    @Test
    void literalWordsAreCaseInsensitive() {
        assertThat(printed("a = true OR a = False OR a = NULL OR a = missing"))
                .isEqualTo("(OR (OR (OR (= a TRUE) (= a FALSE)) (= a NULL)) (= a MISSING))");
    }

    @Test
    void nestedDocumentsKeepTheirShapeAndOrder() {
        Expr item = item("{'pk': 'k', 'n': -1.5, 'l': [1, 'two', [3], {'x': NULL}],"
                + " 'm': {'inner': {'deep': <<'a', 'b'>>}}, 'ns': <<1, 2.5>>, 'b': TRUE,"
                + " 'it''s': '', 'empty': {}, 'none': []}");
        assertThat(ExprPrinter.print(item)).isEqualTo("{'pk': 'k', 'n': -1.5,"
                + " 'l': [1, 'two', [3], {'x': NULL}], 'm': {'inner': {'deep': <<'a', 'b'>>}},"
                + " 'ns': <<1, 2.5>>, 'b': TRUE, 'it''s': '', 'empty': {}, 'none': []}");
        MapExpr map = (MapExpr) item;
        assertThat(map.entries()).extracting(MapExpr.Entry::key)
                .containsExactly("pk", "n", "l", "m", "ns", "b", "it's", "empty", "none");
        assertThat(map.position()).isEqualTo(new SourcePosition(1, 21));
        assertThat(map.entries().get(0).position()).isEqualTo(new SourcePosition(1, 22));
    }

    @Test
    void emptySetIsParsedForThePlannerToRefuse() {
        assertThat(ExprPrinter.print(item("<<>>"))).isEqualTo("<<>>");
    }

    @Test
    void parametersAreNumberedInTextualOrderAcrossTheStatement() {
        ParsedStatement parsed = StatementParser.parse(
                "UPDATE t SET a = ?, b.c[2] = list_append(b, [?]) REMOVE d"
                        + " WHERE pk = ? AND sk BETWEEN ? AND ? AND e IN [?, ?]");
        assertThat(parsed.parameterCount()).isEqualTo(7);
        UpdateStatement update = (UpdateStatement) parsed.statement();
        assertThat(ExprPrinter.print(((UpdateStatement.SetAction) update.actions().get(0)).value()))
                .isEqualTo("?0");
        assertThat(ExprPrinter.print(((UpdateStatement.SetAction) update.actions().get(1)).value()))
                .isEqualTo("list_append(b, [?1])");
        assertThat(ExprPrinter.print(update.where()))
                .isEqualTo("(AND (AND (= pk ?2) (BETWEEN sk ?3 ?4)) (IN e [?5, ?6]))");
        assertThat(((UpdateStatement.SetAction) update.actions().get(0)).value())
                .isEqualTo(new ParameterExpr(0, new SourcePosition(1, 18)));
    }

    @Test
    void parametersInSelectListWhereAndLimitAreNumberedInOrder() {
        ParsedStatement parsed = StatementParser.parse(
                "SELECT a, ? FROM t WHERE pk = ? ORDER BY a LIMIT ? OFFSET ?");
        SelectStatement select = (SelectStatement) parsed.statement();
        assertThat(parsed.parameterCount()).isEqualTo(4);
        assertThat(ExprPrinter.print(select.items().get(1).expr())).isEqualTo("?0");
        assertThat(ExprPrinter.print(select.where().orElseThrow())).isEqualTo("(= pk ?1)");
        assertThat(ExprPrinter.print(select.limit().orElseThrow())).isEqualTo("?2");
        assertThat(ExprPrinter.print(select.offset().orElseThrow())).isEqualTo("?3");
    }

    @Test
    void aQuestionMarkInsideAStringIsText() {
        ParsedStatement parsed = StatementParser.parse("SELECT * FROM t WHERE a = '?' AND b = ?");
        assertThat(parsed.parameterCount()).isEqualTo(1);
        assertThat(ExprPrinter.print(((SelectStatement) parsed.statement()).where().orElseThrow()))
                .isEqualTo("(AND (= a '?') (= b ?0))");
    }

    @Test
    void statementWithoutParametersCountsZero() {
        assertThat(StatementParser.parse("SELECT * FROM t").parameterCount()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a = 1 OR b = 2 AND c = 3          | (OR (= a 1) (AND (= b 2) (= c 3)))",
        "a = 1 AND b = 2 OR c = 3          | (OR (AND (= a 1) (= b 2)) (= c 3))",
        "(a = 1 OR b = 2) AND c = 3        | (AND (OR (= a 1) (= b 2)) (= c 3))",
        "a = 1 OR b = 2 OR c = 3           | (OR (OR (= a 1) (= b 2)) (= c 3))",
        "NOT a = 1 AND b = 2               | (AND (NOT (= a 1)) (= b 2))",
        "NOT a = 1 OR NOT NOT b = 2        | (OR (NOT (= a 1)) (NOT (NOT (= b 2))))",
        "NOT (a = 1 AND b = 2)             | (NOT (AND (= a 1) (= b 2)))",
        "a BETWEEN 1 AND 5 AND b = 2       | (AND (BETWEEN a 1 5) (= b 2))",
        "a NOT BETWEEN x + 1 AND y - 1     | (NOT BETWEEN a (+ x 1) (- y 1))",
        "NOT a BETWEEN 1 AND 2             | (NOT (BETWEEN a 1 2))",
        "a IN [1, 2, 3] OR b IN ('x', 'y') | (OR (IN a [1, 2, 3]) (IN b ['x', 'y']))",
        "a NOT IN [1] AND b IN []          | (AND (NOT IN a [1]) (IN b []))",
        "a IS NULL AND b IS NOT NULL       | (AND (IS a NULL) (IS NOT b NULL))",
        "a IS MISSING OR b IS NOT missing  | (OR (IS a MISSING) (IS NOT b MISSING))",
        "a is string AND b IS Bool         | (AND (IS a STRING) (IS b BOOL))",
        "a IS NOT number OR b IS map       | (OR (IS NOT a NUMBER) (IS b MAP))",
        "a + 1 - b = c                     | (= (- (+ a 1) b) c)",
        "a = b + 1                         | (= a (+ b 1))",
        "a <> 1 AND b != 2                 | (AND (<> a 1) (<> b 2))",
        "a < 1 AND b <= 2 AND c > 3        | (AND (AND (< a 1) (<= b 2)) (> c 3))",
        "d >= 4                            | (>= d 4)",
        "a=1                               | (= a 1)",
        "a<>'x'                            | (<> a 'x')"})
    void operatorsBindByPrecedence(String condition, String expected) {
        assertThat(printed(condition)).isEqualTo(expected);
    }

    @Test
    void pathsMixFieldsIndexesAndQuotedComponents() {
        assertThat(printed("a.b[0].\"c\" = 1")).isEqualTo("(= a.b[0].\"c\" 1)");
        assertThat(printed("\"my map\".\"nested key\"[10][2].x = 1"))
                .isEqualTo("(= \"my map\".\"nested key\"[10][2].x 1)");
        assertThat(printed("a . b [ 1 ] = 1")).isEqualTo("(= a.b[1] 1)");
        PathExpr path = (PathExpr) ((ComparisonExpr) where("a.b[3] = 1")).left();
        assertThat(path.steps()).containsExactly(
                new PathExpr.FieldStep(new Name("b", false,
                        new SourcePosition(1, 25))),
                new PathExpr.IndexStep(3, new SourcePosition(1, 26)));
        assertThat(path.isTopLevel()).isFalse();
    }

    @Test
    void keywordsThatAreNotReservedWorkAsPathComponents() {
        assertThat(printed("value.key[0].limit = status AND count > 1"))
                .isEqualTo("(AND (= value.key[0].limit status) (> count 1))");
    }

    @Test
    void functionCallsKeepTheNameAsWritten() {
        assertThat(printed("begins_with(sk, 'a') AND Contains(tags, ?) AND size(l) > 3"
                + " AND attribute_type(a, 'S') AND attribute_exists(m.x)"
                + " AND attribute_not_exists(\"q\") AND EXISTS(x)"))
                .isEqualTo("(AND (AND (AND (AND (AND (AND begins_with(sk, 'a')"
                        + " Contains(tags, ?0)) (> size(l) 3)) attribute_type(a, 'S'))"
                        + " attribute_exists(m.x)) attribute_not_exists(\"q\")) EXISTS(x))");
    }

    @Test
    void functionCallsAcceptNoArgumentsAndNestedCalls() {
        assertThat(printed("f() = if_not_exists(a, set_add(b, <<1>>))"))
                .isEqualTo("(= f() if_not_exists(a, set_add(b, <<1>>)))");
    }

    @Test
    void nodesCarryThePositionOfTheirFirstToken() {
        Expr expr = where("a = 1 AND\n  NOT b IN [2]");
        AndExpr and = (AndExpr) expr;
        assertThat(and.position()).isEqualTo(new SourcePosition(1, 23));
        assertThat(and.right().position()).isEqualTo(new SourcePosition(2, 3));
        NotExpr not = (NotExpr) and.right();
        InExpr in = (InExpr) not.operand();
        assertThat(in.position()).isEqualTo(new SourcePosition(2, 7));
        assertThat(in.candidates()).containsExactly(
                new Literal.NumberLiteral("2", new SourcePosition(2, 13)));
        Expr negative = ((ComparisonExpr) where("x = -7")).right();
        assertThat(negative).isEqualTo(new Literal.NumberLiteral("-7", new SourcePosition(1, 27)));
    }

    @Test
    void listOfExpressionsInSetRightSide() {
        UpdateStatement update = (UpdateStatement) StatementParser
                .parse("UPDATE t SET n = n + 100, l = list_append(l, [1, 2]) WHERE pk = 1")
                .statement();
        assertThat(update.actions()).extracting(a -> ExprPrinter.print(
                ((UpdateStatement.SetAction) a).value()))
                .isEqualTo(List.of("(+ n 100)", "list_append(l, [1, 2])"));
    }
}
