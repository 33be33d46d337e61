package io.partidb.ast;

/** {@code RETURNING (ALL|MODIFIED) (OLD|NEW) *}. */
public record Returning(boolean all, boolean newImage, SourcePosition position) implements Node {
}
