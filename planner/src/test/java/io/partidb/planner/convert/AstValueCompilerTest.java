package io.partidb.planner.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.partidb.ast.Expr;
import io.partidb.ast.InsertStatement;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.value.AttributeValue;
import io.partidb.grammar.StatementParser;
import io.partidb.planner.physical.CompiledExpression;
import io.partidb.planner.physical.ExpressionCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The AST route for written values gives what the Calcite route (row expression, then
 * {@link ExpressionCompiler}) gives: the same value, the same EXPLAIN text, the same error.
 */
class AstValueCompilerTest {
    private static final AttributeValue[] PARAMS = {
        AttributeValue.ofString("p0"), AttributeValue.ofNumber("7"), null};

    @ParameterizedTest
    @ValueSource(strings = {
        "{'s': 'text', 'e': '', 'latin1': 'Grüße', 'q': 'it''s'}",
        "{'n': 1200, 'z': 0, 'neg': -5, 'f': -.73e1, 'big': 1E+2, 'tiny': 0.000100,"
                + " 'digits': 12345678901234567890123456789012345678}",
        "{'max': 9.99E+125, 'negmax': -9.99E+125}",
        "{'b': TRUE, 'f': FALSE, 'null': NULL, 'gone': MISSING}",
        "{'l': [1, 'a', [TRUE], {'k': NULL}], 'empty': [], 'm': {}, 'ss': <<'a', 'b'>>,"
                + " 'ns': <<1, 2.0, 3>>}",
        "{'p': ?, 'list': [?, 'x'], 'map': {'k': ?}}",
        "{'missingParam': ?, 'x': 1}",
        "?",
        "{'dup': 1, 'dup': 2}",
        "{'set': <<>>}",
        "{'mixed': <<'a', 1>>}",
        "{'dupSet': <<'a', 'a'>>}",
        "{'missingInList': [MISSING]}",
        "{'tooBig': 1E+126}",
        "{'tooPrecise': 123456789012345678901234567890123456789}",
        "{'emptySetAndBadNumber': <<>>, 'n': 1E+999}",
    })
    void givesWhatTheCalciteRouteGives(String value) {
        Expr expr = item("INSERT INTO t VALUE " + value);
        Outcome viaCalcite = Outcome.of(() -> new ExpressionCompiler().compile(
                new RelConverter().convert(expr)));
        Outcome direct = Outcome.of(() -> AstValueCompiler.compile(expr));
        assertThat(direct).isEqualTo(viaCalcite);
    }

    /**
     * Where the Calcite route failed the AST route succeeds: Calcite's character literals are
     * ISO-8859-1, so it rejected other text with an internal error, and with assertions on it
     * rejected numbers with more than 19 decimal places.
     */
    @Test
    void takesAnyTextAndEveryNumberDynamoDbAccepts() {
        Expr expr = item("INSERT INTO t VALUE {'u': '日本 \uD83D\uDE00', 'min': 1E-130,"
                + " 'negmin': -1E-130}");
        assertThat(AstValueCompiler.compile(expr).value(PARAMS)).isEqualTo(
                AttributeValue.ofMap(java.util.Map.of(
                        "u", AttributeValue.ofString("日本 \uD83D\uDE00"),
                        "min", AttributeValue.ofNumber("1E-130"),
                        "negmin", AttributeValue.ofNumber("-1E-130"))));
    }

    private static Expr item(String insert) {
        InsertStatement statement = (InsertStatement) StatementParser.parse(insert).statement();
        return ((InsertStatement.ValueForm) statement.form()).item();
    }

    /** What compiling and then evaluating gave: the text and value, or the error. */
    private record Outcome(String text, AttributeValue value, String error) {
        static Outcome of(java.util.function.Supplier<CompiledExpression> compile) {
            CompiledExpression compiled;
            try {
                compiled = compile.get();
            } catch (EngineException e) {
                return new Outcome(null, null, "compile: " + e.code() + " " + e.getMessage());
            }
            Throwable failure = catchThrowable(() -> compiled.value(PARAMS));
            if (failure != null) {
                return new Outcome(compiled.toString(), null,
                        "evaluate: " + ((EngineException) failure).code() + " "
                                + failure.getMessage());
            }
            return new Outcome(compiled.toString(), compiled.value(PARAMS), null);
        }
    }
}
