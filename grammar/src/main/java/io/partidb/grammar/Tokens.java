package io.partidb.grammar;

import io.partidb.ast.Name;
import io.partidb.ast.SourcePosition;
import io.partidb.grammar.antlr.PartiQLLexer;
import io.partidb.grammar.antlr.PartiQLParser.NameContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns tokens into the small pieces every AST node needs: source positions, names with their
 * quotes removed, unescaped string text, integers, and syntax errors pointing at a token.
 */
final class Tokens {
    private static final String EMPTY_NAME = "A quoted name cannot be an empty string";
    private static final String EMPTY_PATH_COMPONENT = "Path component cannot be an empty string";

    private Tokens() {
    }

    static SourcePosition position(Token token) {
        return new SourcePosition(token.getLine(), token.getCharPositionInLine() + 1);
    }

    static SourcePosition position(ParserRuleContext context) {
        return position(context.getStart());
    }

    static SyntaxError errorAt(Token token, String detail) {
        String text = token.getType() == Token.EOF ? null : token.getText();
        return new SyntaxError(token.getLine(), token.getCharPositionInLine() + 1, text, detail);
    }

    /** A table, index, attribute, option, alias or function name. */
    static Name name(NameContext context) {
        return name(context, EMPTY_NAME);
    }

    /** A component of a document path; DynamoDB words the empty-name error for paths. */
    static Name pathComponent(NameContext context) {
        return name(context, EMPTY_PATH_COMPONENT);
    }

    private static Name name(NameContext context, String emptyDetail) {
        Token token = context.getStart();
        if (token.getType() != PartiQLLexer.QUOTED_IDENTIFIER) {
            return new Name(token.getText(), false, position(token));
        }
        String text = unquote(token.getText(), '"');
        if (text.isEmpty()) {
            throw errorAt(token, emptyDetail);
        }
        return new Name(text, true, position(token));
    }

    /** The text of a single-quoted string literal, {@code ''} turned back into {@code '}. */
    static String stringValue(Token token) {
        return unquote(token.getText(), '\'');
    }

    /** A number literal that must be a plain non-negative integer fitting an {@code int}. */
    static int nonNegativeInt(Token token, String detail) {
        String text = token.getText();
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw errorAt(token, detail);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException tooLarge) {
            throw errorAt(token, detail);
        }
    }

    private static String unquote(String quoted, char quote) {
        String body = quoted.substring(1, quoted.length() - 1);
        String single = String.valueOf(quote);
        return body.replace(single + single, single);
    }
}
