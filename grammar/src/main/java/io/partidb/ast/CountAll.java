package io.partidb.ast;

/**
 * {@code COUNT(*)} in a SELECT list: the number of items the statement reads (after its WHERE
 * clause). Only a select item can be one; the grammar allows it nowhere else.
 */
public record CountAll(SourcePosition position) implements Expr {
}
