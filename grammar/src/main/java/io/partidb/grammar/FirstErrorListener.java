package io.partidb.grammar;

import io.partidb.grammar.antlr.PartiQLLexer;
import io.partidb.grammar.antlr.PartiQLParser.RootContext;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Turns the first error ANTLR reports, from the lexer or the parser, into a {@link SyntaxError}
 * and throws it, which also stops ANTLR's error recovery: a statement is either parsed whole or
 * refused at the first problem, with DynamoDB-style wording instead of ANTLR's.
 */
final class FirstErrorListener extends BaseErrorListener {

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
            int charPositionInLine, String antlrMessage, RecognitionException cause) {
        if (offendingSymbol instanceof Token token) {
            String text = token.getType() == Token.EOF ? null : token.getText();
            throw new SyntaxError(line, charPositionInLine + 1, text, detail(recognizer, token));
        }
        throw new SyntaxError(line, charPositionInLine + 1, lexerText(recognizer),
                "Unexpected character");
    }

    private static String detail(Recognizer<?, ?> recognizer, Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "Unexpected end of statement";
            case PartiQLLexer.ION_LITERAL -> "Ion literals are not supported";
            case PartiQLLexer.UNTERMINATED_STRING -> "Unterminated string literal";
            case PartiQLLexer.UNTERMINATED_QUOTED_IDENTIFIER -> "Unterminated quoted identifier";
            case PartiQLLexer.UNTERMINATED_BLOCK_COMMENT -> "Unterminated comment";
            case PartiQLLexer.UNRECOGNIZED -> "Unexpected character";
            default -> isAfterStatement(recognizer)
                    ? "Unexpected token after expression"
                    : "Unexpected token";
        };
    }

    /** The root rule only fails after a whole statement has been parsed: the token is extra. */
    private static boolean isAfterStatement(Recognizer<?, ?> recognizer) {
        return recognizer instanceof Parser parser && parser.getContext() instanceof RootContext;
    }

    private static String lexerText(Recognizer<?, ?> recognizer) {
        if (!(recognizer instanceof Lexer lexer)) {
            return null;
        }
        CharStream input = lexer.getInputStream();
        int start = lexer._tokenStartCharIndex;
        int stop = Math.max(start, Math.min(input.index(), input.size() - 1));
        return start >= input.size() ? null : input.getText(Interval.of(start, stop));
    }
}
