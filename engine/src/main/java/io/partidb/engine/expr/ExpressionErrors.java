package io.partidb.engine.expr;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

import java.math.BigDecimal;

/**
 * DynamoDB's texts for expression errors. Errors found when a tree is built carry the prefix of
 * the classic-API parameter they belong to ({@code Invalid UpdateExpression: }) except for
 * conditions, which serve as write conditions, filters and PartiQL WHERE clauses alike and use
 * PartiQL's unprefixed text. Errors found against an item have no prefix in DynamoDB either.
 */
final class ExpressionErrors {
    static final String UPDATE = "Invalid UpdateExpression: ";
    static final String OVERFLOW = "Number overflow. Attempting to store a number with "
            + "magnitude larger than supported range";
    static final int MAX_DIGITS = 38;
    static final String PROJECTION = "Invalid ProjectionExpression: ";

    static final String INVALID_PATH =
            "The document path provided in the update expression is invalid for update";
    static final String WRONG_DATA_TYPE =
            "An operand in the update expression has an incorrect data type";
    static final String MISSING_ATTRIBUTE =
            "The provided expression refers to an attribute that does not exist in the item";

    private ExpressionErrors() {
    }

    /**
     * A number computed by {@code +}, {@code -} or ADD. DynamoDB reports a result that needs more
     * than 38 significant digits ({@code 1e50 + 1}) as an overflow, not as too precise (Scylla's
     * test_number.py test_update_expression_plus_imprecise, run against DynamoDB); a result out
     * of range is reported as for any number.
     */
    static AttributeValue.N computedNumber(BigDecimal value) {
        // stripping zeros never adds digits: only a long result needs it
        if (value.signum() != 0 && value.precision() > MAX_DIGITS
                && value.stripTrailingZeros().precision() > MAX_DIGITS) {
            throw new EngineException(ErrorCode.NUMBER_OUT_OF_RANGE, OVERFLOW);
        }
        return AttributeValue.ofNumber(value);
    }

    static EngineException validation(String message) {
        return new EngineException(ErrorCode.VALIDATION, message);
    }

    /** An operand whose type the operator or function never accepts, e.g. {@code true < 1}. */
    static EngineException incorrectOperandType(String prefix, String operator,
            AttributeType type) {
        return validation(prefix + "Incorrect operand type for operator or function; operator or "
                + "function: " + operator + ", operand type: " + type);
    }

    /** The same operand twice, e.g. {@code a = a} or {@code if_not_exists(a, a)}. */
    static EngineException notDistinct(String prefix, String operator, DocumentPath first) {
        return validation(prefix + "The first operand must be distinct from the remaining "
                + "operands for this operator or function; operator: " + operator
                + ", first operand: " + first.describe());
    }

    /** Paths of one expression that lie on one another, e.g. {@code a} and {@code a.b}. */
    static EngineException overlap(String prefix, DocumentPath one, DocumentPath two) {
        return validation(prefix + "Two document paths overlap with each other; must remove or "
                + "rewrite one of these paths; path one: " + one.describe() + ", path two: "
                + two.describe());
    }

    /** Paths that use one document as a map and as a list, e.g. {@code a.b} and {@code a[1]}. */
    static EngineException conflict(String prefix, DocumentPath one, DocumentPath two) {
        return validation(prefix + "Two document paths conflict with each other; must remove or "
                + "rewrite one of these paths; path one: " + one.describe() + ", path two: "
                + two.describe());
    }

    static EngineException invalidPath() {
        return validation(INVALID_PATH);
    }

    static EngineException wrongDataType() {
        return validation(WRONG_DATA_TYPE);
    }

    /** A constant as DynamoDB echoes it in BETWEEN errors: {@code AttributeValue: {N:10}}. */
    static String literal(AttributeValue value) {
        String text;
        if (value instanceof AttributeValue.S s) {
            text = s.value();
        } else if (value instanceof AttributeValue.B b) {
            text = b.value().toBase64();
        } else {
            text = value.toString();
        }
        return "AttributeValue: {" + value.type() + ":" + text + "}";
    }
}
