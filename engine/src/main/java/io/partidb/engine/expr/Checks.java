package io.partidb.engine.expr;

import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

/**
 * The checks DynamoDB applies to a condition before it reads the item, run when a
 * {@link Condition} is built. Texts as DynamoDB's PartiQL reports them (no prefix).
 */
final class Checks {
    private Checks() {
    }

    /** The first operand, when a path, must not appear again among the others. */
    static void distinct(String operator, Operand first, Operand... others) {
        if (!(first instanceof Operand.Path path)) {
            return;
        }
        for (Operand other : others) {
            if (first.equals(other)) {
                throw ExpressionErrors.notDistinct("", operator, path.path());
            }
        }
    }

    /** A constant operand of an ordering operator must be S, N or B. */
    static void orderable(String operator, Operand operand) {
        if (operand instanceof Operand.Constant constant
                && !Values.isOrderable(constant.value().type())) {
            throw ExpressionErrors.incorrectOperandType("", operator, constant.value().type());
        }
    }

    /** A constant operand of {@code begins_with} must be S or B. */
    static void stringOrBinary(String function, Operand operand) {
        if (operand instanceof Operand.Constant constant) {
            AttributeType type = constant.value().type();
            if (type != AttributeType.S && type != AttributeType.B) {
                throw ExpressionErrors.incorrectOperandType("", function, type);
            }
        }
    }

    /** Constant BETWEEN bounds must have one type and be in order. */
    static void bounds(Operand lower, Operand upper) {
        if (!(lower instanceof Operand.Constant low) || !(upper instanceof Operand.Constant high)) {
            return;
        }
        AttributeValue a = low.value();
        AttributeValue b = high.value();
        if (a.type() != b.type()) {
            throw ExpressionErrors.validation("The BETWEEN operator requires same data type for "
                    + "lower and upper bounds; lower bound operand: " + ExpressionErrors.literal(a)
                    + ", upper bound operand: " + ExpressionErrors.literal(b));
        }
        if (Values.order(a, b) > 0) {
            throw ExpressionErrors.validation("The BETWEEN operator requires upper bound to be "
                    + "greater than or equal to lower bound; lower bound operand: "
                    + ExpressionErrors.literal(a) + ", upper bound operand: "
                    + ExpressionErrors.literal(b));
        }
    }

    /** The condition's text, in parentheses when it is of the looser-binding kind given. */
    static String grouped(Condition condition, Class<? extends Condition> looser) {
        return looser.isInstance(condition) ? "(" + condition + ")" : condition.toString();
    }
}
