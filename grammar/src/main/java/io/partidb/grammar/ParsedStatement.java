package io.partidb.grammar;

import io.partidb.ast.Statement;
import java.util.Objects;

/**
 * The result of parsing one statement text: its syntax tree and the number of {@code ?}
 * placeholders it contains, which is the number of parameters an execution must bind.
 */
public record ParsedStatement(Statement statement, int parameterCount) {
    public ParsedStatement {
        Objects.requireNonNull(statement, "statement");
        if (parameterCount < 0) {
            throw new IllegalArgumentException("parameterCount < 0: " + parameterCount);
        }
    }
}
