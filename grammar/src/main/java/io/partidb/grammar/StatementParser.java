package io.partidb.grammar;

import io.partidb.ast.Statement;
import io.partidb.grammar.antlr.PartiQLLexer;
import io.partidb.grammar.antlr.PartiQLParser;
import io.partidb.grammar.antlr.PartiQLParser.RootContext;
import java.util.Objects;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The grammar module's entry point: parses one PartiQL statement (DynamoDB's dialect, PartiDB's
 * DDL, EXPLAIN) into its immutable syntax tree, or throws a {@link SyntaxError} naming the line,
 * column and token where it stops making sense.
 *
 * <p>Parsing first runs ANTLR's fast SLL prediction and bails out at the first problem; only then
 * is the text parsed again with full LL prediction, which is what decides whether the statement is
 * really wrong and where. Each call uses its own lexer and parser, so concurrent calls are safe;
 * the only shared state is ANTLR's own thread-safe prediction cache.
 */
public final class StatementParser {
    /**
     * The deepest nesting of brackets and prefix operators accepted. DynamoDB documents nest at
     * most 32 levels; the limit keeps the recursive-descent parser far from a stack overflow.
     */
    static final int MAX_NESTING = 100;

    private StatementParser() {
    }

    /**
     * Parses {@code text}, which holds exactly one statement, optionally followed by {@code ;}.
     *
     * @throws SyntaxError if the text is empty or is not one well-formed statement
     */
    public static ParsedStatement parse(String text) {
        Objects.requireNonNull(text, "text");
        PartiQLLexer lexer = new PartiQLLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new FirstErrorListener());
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        Token first = tokens.get(0);
        if (first.getType() == Token.EOF) {
            throw new SyntaxError(first.getLine(), first.getCharPositionInLine() + 1, null,
                    "Empty statement");
        }
        checkNesting(tokens);
        int[] parameterTokenIndexes = tokens.getTokens().stream()
                .filter(token -> token.getType() == PartiQLLexer.QUESTION_MARK)
                .mapToInt(Token::getTokenIndex)
                .toArray();
        Statement statement;
        try {
            statement = new AstBuilder(parameterTokenIndexes).build(parse(tokens));
        } catch (StackOverflowError tooDeep) {
            // Only on threads with unusually small stacks; all parse state is local to this call.
            throw new SyntaxError(first.getLine(), first.getCharPositionInLine() + 1, null,
                    "Statement is nested too deeply");
        }
        return new ParsedStatement(statement, parameterTokenIndexes.length);
    }

    /**
     * Refuses, before parsing, text whose brackets ({@code ( [ { <<}) and runs of prefix
     * {@code NOT}/{@code -} nest deeper than {@link #MAX_NESTING}.
     */
    private static void checkNesting(CommonTokenStream tokens) {
        int brackets = 0;
        int prefixRun = 0;
        for (Token token : tokens.getTokens()) {
            switch (token.getType()) {
                case PartiQLLexer.LPAREN, PartiQLLexer.LBRACKET, PartiQLLexer.LBRACE,
                        PartiQLLexer.SET_OPEN -> brackets++;
                case PartiQLLexer.RPAREN, PartiQLLexer.RBRACKET, PartiQLLexer.RBRACE,
                        PartiQLLexer.SET_CLOSE -> brackets = Math.max(0, brackets - 1);
                default -> {
                    // Nothing to count.
                }
            }
            boolean prefix = token.getType() == PartiQLLexer.NOT
                    || token.getType() == PartiQLLexer.MINUS;
            prefixRun = prefix ? prefixRun + 1 : 0;
            if (brackets + prefixRun > MAX_NESTING) {
                throw Tokens.errorAt(token,
                        "Statement is nested more than " + MAX_NESTING + " levels deep");
            }
        }
    }

    private static RootContext parse(CommonTokenStream tokens) {
        PartiQLParser parser = new PartiQLParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.root();
        } catch (ParseCancellationException sllFailed) {
            // SLL can fail on input that full LL accepts; only LL's verdict and position count.
            parser.reset();
            parser.addErrorListener(new FirstErrorListener());
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            return parser.root();
        }
    }
}
