package io.partidb.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statements that do not parse: where, on which token, and with which detail. */
class SyntaxErrorTest {

    private static SyntaxError error(String text) {
        try {
            StatementParser.parse(text);
        } catch (SyntaxError e) {
            return e;
        }
        throw new AssertionError("parsed without error: " + text);
    }

    private static void assertError(String text, int line, int column, String token,
            String detail) {
        SyntaxError e = error(text);
        assertThat(e.detail()).as("detail").isEqualTo(detail);
        assertThat(e.offendingToken()).as("token").isEqualTo(token);
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
    }

    @Test
    void misspelledKeyword() {
        assertError("SELECT * FORM t", 1, 10, "FORM", "Unexpected token");
        assertThat(error("SELECT * FORM t").getMessage()).isEqualTo(
                "Statement wasn't well formed, can't be processed: Unexpected token at 1:10"
                        + " near 'FORM'");
    }

    @Test
    void errorOnALaterLine() {
        assertError("SELECT *\nFORM t", 2, 1, "FORM", "Unexpected token");
        assertError("SELECT a,\n  b FROM t WHERE a = 'x' AND b IN [1, 2,]", 2, 41, "]",
                "Unexpected token");
        assertError("SELECT *\nFROM t\nWHERE a = 1 AND AND b = 2", 3, 17, "AND",
                "Unexpected token");
    }

    @Test
    void endOfStatementHasNoToken() {
        assertError("SELECT * FROM", 1, 14, null, "Unexpected end of statement");
        assertError("SELECT * FROM t WHERE a =", 1, 26, null, "Unexpected end of statement");
        assertError("UPDATE t SET a = 1", 1, 19, null, "Unexpected end of statement");
        assertError("SELECT * FROM t LIMIT", 1, 22, null, "Unexpected end of statement");
        assertError("EXPLAIN", 1, 8, null, "Unexpected end of statement");
        assertThat(error("SELECT * FROM").getMessage()).isEqualTo(
                "Statement wasn't well formed, can't be processed: Unexpected end of statement"
                        + " at 1:14");
    }

    @Test
    void emptyAndBlankInput() {
        assertError("", 1, 1, null, "Empty statement");
        assertError("   \n  ", 2, 3, null, "Empty statement");
        assertError("-- just a comment", 1, 18, null, "Empty statement");
        assertError("/* nothing */", 1, 14, null, "Empty statement");
        assertError(";", 1, 1, ";", "Unexpected token");
    }

    @Test
    void unterminatedString() {
        assertError("SELECT * FROM t WHERE a = 'abc", 1, 27, "'abc",
                "Unterminated string literal");
        assertError("SELECT * FROM t WHERE a = 'it''s", 1, 27, "'it''s",
                "Unterminated string literal");
    }

    @Test
    void unterminatedQuotedIdentifier() {
        assertError("SELECT \"abc FROM t", 1, 8, "\"abc FROM t",
                "Unterminated quoted identifier");
    }

    @Test
    void emptyQuotedNames() {
        assertError("SELECT * FROM t WHERE \"\" = 1", 1, 23, "\"\"",
                "Path component cannot be an empty string");
        assertError("SELECT * FROM t WHERE a.\"\" = 1", 1, 25, "\"\"",
                "Path component cannot be an empty string");
        assertError("SELECT * FROM \"\"", 1, 15, "\"\"", "A quoted name cannot be an empty string");
    }

    @Test
    void twoStatements() {
        assertError("SELECT * FROM t; SELECT * FROM u", 1, 18, "SELECT",
                "Unexpected token after expression");
        assertError("SELECT * FROM t SELECT * FROM u", 1, 17, "SELECT",
                "Unexpected token after expression");
        assertError("DELETE FROM t WHERE pk = 1;;", 1, 28, ";",
                "Unexpected token after expression");
    }

    @Test
    void leftoverTokensAfterAnExpression() {
        assertError("SELECT * FROM t WHERE a = 1 b", 1, 29, "b",
                "Unexpected token after expression");
        assertError("SELECT * FROM t WHERE a = 1 = 2", 1, 29, "=",
                "Unexpected token after expression");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * FROM \"T\" t                        | 19 | t",
        "SELECT * FROM \"T\" AS t WHERE pk = 1         | 19 | AS",
        "SELECT * FROM \"T\".\"i\" \"x\"                  | 23 | \"x\"",
        "UPDATE \"T\" t SET a = 1 WHERE pk = 1        | 12 | t",
        "DELETE FROM \"T\" t WHERE pk = 1             | 17 | t",
        "DELETE FROM \"T\" AS t WHERE pk = 1          | 17 | AS",
        "FROM \"T\" t WHERE pk = 1 SET a = 1          | 10 | t"})
    void tableAliasesAreRefused(String text, int column, String token) {
        assertError(text, 1, column, token, "Aliasing is not supported");
    }

    @Test
    void insertAliasIsAnUnexpectedToken() {
        assertError("INSERT INTO \"T\" t VALUE {'a': 1}", 1, 17, "t", "Unexpected token");
    }

    @Test
    void fromPathWithThreeComponents() {
        assertError("SELECT * FROM a.b.c", 1, 19, "c",
                "A path may contain at most 2 components in the FROM clause");
        assertError("SELECT * FROM \"a\".\"b\".\"c\".\"d\" WHERE x = 1", 1, 23, "\"c\"",
                "A path may contain at most 2 components in the FROM clause");
    }

    @Test
    void hashCommentIsRefused() {
        assertError("SELECT * FROM t # comment", 1, 17, "#", "Unexpected character");
    }

    @Test
    void unterminatedBlockComment() {
        assertError("SELECT * FROM t /* open", 1, 17, "/* open", "Unterminated comment");
        assertError("SELECT * FROM t /* open **", 1, 17, "/* open **", "Unterminated comment");
    }

    @Test
    void ionLiteralsAreRefused() {
        assertError("SELECT * FROM t WHERE a = `1`", 1, 27, "`1`",
                "Ion literals are not supported");
        assertError("INSERT INTO t VALUE `{a: 1}`", 1, 21, "`{a: 1}`",
                "Ion literals are not supported");
        assertError("INSERT INTO t VALUE {'a': `1", 1, 27, "`1", "Ion literals are not supported");
    }

    @Test
    void unsupportedSqlIsRefused() {
        assertError("SELECT SUM(*) FROM t", 1, 8, "SUM",
                "Only COUNT takes * as its argument, not SUM");
        assertError("SELECT * FROM t JOIN u", 1, 22, "u", "Unexpected token after expression");
        assertError("SELECT * FROM t WHERE a = 1 GROUP BY a", 1, 29, "GROUP",
                "Unexpected token after expression");
        assertError("SELECT * FROM t WHERE a / 2 = 1", 1, 25, "/", "Unexpected character");
    }

    @Test
    void reservedWordsMustBeQuotedAsNames() {
        assertError("SELECT * FROM t WHERE select = 1", 1, 23, "select", "Unexpected token");
        assertError("SELECT from FROM t", 1, 8, "from", "Unexpected token");
        assertError("UPDATE t SET set = 1 WHERE pk = 1", 1, 14, "set", "Unexpected token");
    }

    @Test
    void badPathIndexes() {
        assertError("SELECT * FROM t WHERE a[1.5] = 1", 1, 25, "1.5",
                "A path index must be a non-negative integer");
        assertError("SELECT * FROM t WHERE a[1e2] = 1", 1, 25, "1e2",
                "A path index must be a non-negative integer");
        assertError("SELECT * FROM t WHERE a[99999999999] = 1", 1, 25, "99999999999",
                "A path index must be a non-negative integer");
        assertError("SELECT * FROM t WHERE a[-1] = 1", 1, 25, "-", "Unexpected token");
        assertError("UPDATE t SET [0] = 1 WHERE pk = 1", 1, 14, "[", "Unexpected token");
        assertError("UPDATE t SET a[?] = 1 WHERE pk = 1", 1, 16, "?", "Unexpected token");
    }

    @Test
    void mapKeysMustBeStrings() {
        assertError("INSERT INTO t VALUE {a: 1}", 1, 22, "a", "Unexpected token");
    }

    @Test
    void updateNeedsWhereAndAnAction() {
        assertError("UPDATE t WHERE pk = 1", 1, 10, "WHERE", "Unexpected token");
        assertError("FROM t WHERE pk = 1", 1, 20, null, "Unexpected end of statement");
        assertError("DELETE FROM t", 1, 14, null, "Unexpected end of statement");
    }

    @Test
    void explainTakesOneStatement() {
        assertError("EXPLAIN EXPLAIN SELECT * FROM t", 1, 9, "EXPLAIN", "Unexpected token");
    }

    @Test
    void nestingUpToTheLimitParses() {
        int depth = StatementParser.MAX_NESTING;
        assertThat(StatementParser.parse("SELECT * FROM t WHERE " + "(".repeat(depth) + "a = 1"
                + ")".repeat(depth)).statement()).isNotNull();
        assertThat(StatementParser.parse("SELECT * FROM t WHERE " + "NOT ".repeat(depth)
                + "a = 1").statement()).isNotNull();
    }

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutOverflowingTheStack() {
        String detail = "Statement is nested more than 100 levels deep";
        assertError("SELECT * FROM t WHERE " + "(".repeat(5000) + "a = 1" + ")".repeat(5000),
                1, 123, "(", detail);
        assertError("INSERT INTO t VALUE " + "{'a': [".repeat(3000) + "]}".repeat(3000),
                1, 371, "{", detail);
        assertError("SELECT * FROM t WHERE " + "NOT ".repeat(3000) + "a = 1", 1, 423, "NOT",
                detail);
        assertError("SELECT * FROM t WHERE a = " + "- ".repeat(3000) + "1", 1, 227, "-",
                detail);
    }

    @Test
    void nothingIsPrintedWhileParsing() {
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<String> failing = List.of("SELECT * FORM t", "SELECT * FROM t # x", "SELECT 'abc",
                "SELECT * FROM t /* x", "SELECT `ion`", "", "SELECT * FROM t; SELECT 1",
                "SELECT * FROM a.b.c", "SELECT * FROM t t", "SELECT AVG(*) FROM t",
                "UPDATE t SET a = 1", "CREATE TABLE t (a DATE)", "SELECT \u0000 FROM t",
                "SELECT * FROM t WHERE ((((a = 1", "INSERT INTO t VALUE {'a': [1, <<2>>, }");
        try {
            System.setErr(capture);
            System.setOut(capture);
            for (String text : failing) {
                assertThatThrownBy(() -> StatementParser.parse(text))
                        .isInstanceOf(SyntaxError.class);
            }
            StatementParser.parse("SELECT a, b FROM t WHERE a = 1 AND b IN [1, 2]");
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
