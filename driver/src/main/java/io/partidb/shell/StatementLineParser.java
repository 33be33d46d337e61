package io.partidb.shell;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine to keep reading continuation lines until the buffer ends with a complete statement
 * or a command, so that a multi-line statement is edited and kept in history as one entry.
 */
final class StatementLineParser implements Parser {

    private final DefaultParser words = new DefaultParser();

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
        if (context == ParseContext.ACCEPT_LINE && !ShellInput.isComplete(line)) {
            throw new EOFError(-1, cursor, "statement not terminated by ';'", ";");
        }
        return words.parse(line, cursor, context);
    }

    @Override
    public boolean isEscapeChar(char ch) {
        // SQL has no backslash escapes, and \q must reach the shell as typed.
        return false;
    }
}
