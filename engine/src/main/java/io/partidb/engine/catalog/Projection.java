package io.partidb.engine.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The attributes a secondary index projects. Non-key attributes are listed for {@code INCLUDE}
 * only, as DynamoDB requires.
 */
public record Projection(ProjectionType type, List<String> nonKeyAttributes) {

    /** Checks that non-key attributes are given exactly for INCLUDE, without repeats. */
    public Projection {
        Objects.requireNonNull(type, "type");
        nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
        if (type == ProjectionType.INCLUDE && nonKeyAttributes.isEmpty()) {
            throw Constraints.invalid(
                    "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (type != ProjectionType.INCLUDE && !nonKeyAttributes.isEmpty()) {
            throw Constraints.invalid("ProjectionType is " + type
                    + ", but NonKeyAttributes is specified");
        }
        Set<String> seen = new HashSet<>();
        for (String name : nonKeyAttributes) {
            if (name.isEmpty()) {
                throw Constraints.invalid("A name in NonKeyAttributes cannot be empty");
            }
            if (!seen.add(name)) {
                throw Constraints.invalid("Duplicate attribute in NonKeyAttributes: " + name);
            }
        }
    }

    /** Project every attribute. */
    public static Projection all() {
        return new Projection(ProjectionType.ALL, List.of());
    }

    /** Project the key attributes only. */
    public static Projection keysOnly() {
        return new Projection(ProjectionType.KEYS_ONLY, List.of());
    }

    /** Project the keys and the named non-key attributes. */
    public static Projection include(List<String> nonKeyAttributes) {
        return new Projection(ProjectionType.INCLUDE, nonKeyAttributes);
    }
}
