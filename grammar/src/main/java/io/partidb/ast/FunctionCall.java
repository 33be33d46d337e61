package io.partidb.ast;

import java.util.List;

/**
 * {@code name(arg, ...)}: {@code begins_with}, {@code contains}, {@code size},
 * {@code attribute_type}, {@code attribute_exists}, {@code set_add}, ... The name is kept as
 * written; the planner resolves it case-insensitively and reports unknown functions.
 */
public record FunctionCall(Name name, List<Expr> arguments, SourcePosition position)
        implements Expr {
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }
}
