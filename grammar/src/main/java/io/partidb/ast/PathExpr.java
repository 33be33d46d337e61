package io.partidb.ast;

import java.util.List;

/**
 * A document path: a top-level attribute name followed by {@code .field} and {@code [n]} steps,
 * e.g. {@code a.b[0]."c"}.
 */
public record PathExpr(Name root, List<PathStep> steps, SourcePosition position) implements Expr {
    public PathExpr {
        steps = List.copyOf(steps);
    }

    /** One step after the root. */
    public sealed interface PathStep permits FieldStep, IndexStep {
    }

    /** {@code .name} */
    public record FieldStep(Name name) implements PathStep {
    }

    /** {@code [n]} with a literal, non-negative index. */
    public record IndexStep(int index, SourcePosition position) implements PathStep {
    }

    /** A path made of its root attribute only. */
    public boolean isTopLevel() {
        return steps.isEmpty();
    }
}
