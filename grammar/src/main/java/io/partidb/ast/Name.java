package io.partidb.ast;

/**
 * An identifier as written: {@code quoted} is true for {@code "Name"}. DynamoDB names are
 * case-sensitive whether quoted or not, so {@link #text()} is used as written.
 */
public record Name(String text, boolean quoted, SourcePosition position) implements Node {
    public static Name of(String text) {
        return new Name(text, false, SourcePosition.NONE);
    }
}
