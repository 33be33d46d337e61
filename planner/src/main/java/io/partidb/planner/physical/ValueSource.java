package io.partidb.planner.physical;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;

/**
 * Where a key value or a limit comes from: a constant of the statement or a parameter bound at
 * execution. Plans never depend on bound values, so parameters stay parameters here.
 */
public sealed interface ValueSource permits ValueSource.Constant, ValueSource.Parameter {

    AttributeValue resolve(AttributeValue[] params);

    static ValueSource constant(AttributeValue value) {
        return new Constant(value);
    }

    static ValueSource parameter(int index) {
        return new Parameter(index);
    }

    /** Reads the source as a non-negative int (LIMIT, OFFSET). */
    default int resolveCount(AttributeValue[] params, String what) {
        AttributeValue value = resolve(params);
        if (value instanceof AttributeValue.N n) {
            try {
                int count = n.value().intValueExact();
                if (count >= 0) {
                    return count;
                }
            } catch (ArithmeticException e) {
                // falls through to the error below
            }
        }
        throw new EngineException(ErrorCode.VALIDATION,
                what + " must be an integer from 0 to " + Integer.MAX_VALUE + ", not " + value);
    }

    /** A value written in the statement. */
    record Constant(AttributeValue value) implements ValueSource {
        @Override
        public AttributeValue resolve(AttributeValue[] params) {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** The value bound to the {@code index}-th {@code ?} (0-based). */
    record Parameter(int index) implements ValueSource {
        @Override
        public AttributeValue resolve(AttributeValue[] params) {
            return params[index];
        }

        @Override
        public String toString() {
            return "?" + index;
        }
    }
}
