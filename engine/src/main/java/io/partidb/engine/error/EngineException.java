package io.partidb.engine.error;

import java.util.Objects;

/**
 * The only exception the engine throws for bad input or a failed operation. It carries an
 * {@link ErrorCode} and DynamoDB's message text, without the exception name: the driver prefixes
 * {@link ErrorCode#dynamoName()} itself.
 */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /** An error with DynamoDB's message, e.g. {@code The conditional request failed}. */
    public EngineException(ErrorCode code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The same, keeping the lower-level failure that caused it for diagnosis. */
    public EngineException(ErrorCode code, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The kind of error. */
    public ErrorCode code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + code + " (" + code.dynamoName() + ", "
                + code.sqlState() + "): " + getMessage();
    }
}
