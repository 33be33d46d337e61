package io.partidb.ast;

import java.util.List;

/**
 * A declared attribute type as written, upper-cased, with multi-word types joined by one space
 * ({@code STRING SET}) and its numeric parameters ({@code VARCHAR(20)}, {@code DECIMAL(10,2)}).
 * The planner maps it to a DynamoDB type.
 */
public record TypeSpec(String name, List<Integer> parameters, SourcePosition position)
        implements Node {
    public TypeSpec {
        parameters = List.copyOf(parameters);
    }
}
