package io.partidb.engine.catalog;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValues;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * DynamoDB's request-constraint checks for definitions, producing its message format:
 * {@code 1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:
 * Member must have length greater than or equal to 3}, with several violations joined by
 * {@code ; } after {@code N validation errors detected: }.
 */
final class Constraints {
    static final String INVALID = "One or more parameter values were invalid: ";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private Constraints() {
    }

    /** Checks a table or index name: 3 to 255 characters of {@code [a-zA-Z0-9_.-]}. */
    static void checkResourceName(String value, String member) {
        List<String> violations = new ArrayList<>(2);
        if (!NAME.matcher(value).matches()) {
            violations.add(violation(value, member,
                    "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"));
        }
        if (value.length() < 3) {
            violations.add(violation(value, member,
                    "Member must have length greater than or equal to 3"));
        } else if (value.length() > 255) {
            violations.add(violation(value, member,
                    "Member must have length less than or equal to 255"));
        }
        fail(violations);
    }

    /** Checks a name measured in UTF-8 bytes, such as a key attribute name (1 to 255 bytes). */
    static void checkByteLength(String value, String member, int max) {
        if (value.isEmpty()) {
            fail(List.of(violation(value, member,
                    "Member must have length greater than or equal to 1")));
        } else if (AttributeValues.utf8Length(value) > max) {
            fail(List.of(violation(value, member,
                    "Member must have length less than or equal to " + max)));
        }
    }

    /** Checks that a whole number is at least {@code min}. */
    static void checkAtLeast(long value, String member, long min) {
        if (value < min) {
            fail(List.of(violation(Long.toString(value), member,
                    "Member must have value greater than or equal to " + min)));
        }
    }

    static EngineException invalid(String problem) {
        return new EngineException(ErrorCode.INVALID_DEFINITION, INVALID + problem);
    }

    private static String violation(String value, String member, String constraint) {
        return "Value '" + value + "' at '" + member + "' failed to satisfy constraint: "
                + constraint;
    }

    private static void fail(List<String> violations) {
        if (violations.isEmpty()) {
            return;
        }
        String count = violations.size() == 1
                ? "1 validation error detected: "
                : violations.size() + " validation errors detected: ";
        throw new EngineException(ErrorCode.INVALID_DEFINITION,
                count + String.join("; ", violations));
    }
}
