package io.partidb.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one action of a cancelled transaction failed, or {@link Code#NONE} when it did not: the
 * code, DynamoDB's message (none for NONE) and, for a failed condition whose action asked for
 * ALL_OLD, the item the condition was evaluated against.
 */
public record CancellationReason(Code code, Optional<String> message, Optional<Item> item) {
    /** DynamoDB's text for a false condition. */
    static final String CONDITION_FAILED = "The conditional request failed";

    /** The reason codes the engine reports, with DynamoDB's spelling. */
    public enum Code {
        /** The action would have succeeded. */
        NONE("None"),
        /** The action's condition was false. */
        CONDITIONAL_CHECK_FAILED("ConditionalCheckFailed"),
        /** The action was invalid for its table or for the item it met. */
        VALIDATION_ERROR("ValidationError");

        private final String dynamoName;

        Code(String dynamoName) {
            this.dynamoName = dynamoName;
        }

        /** The code as DynamoDB writes it, e.g. {@code ConditionalCheckFailed}. */
        public String dynamoName() {
            return dynamoName;
        }
    }

    /** Requires every part. */
    public CancellationReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(item, "item");
    }

    /** An action that did not fail. */
    public static CancellationReason none() {
        return new CancellationReason(Code.NONE, Optional.empty(), Optional.empty());
    }

    /** A false condition, reporting {@code item} (null: nothing) as the item it saw. */
    public static CancellationReason conditionalCheckFailed(Item item) {
        return new CancellationReason(Code.CONDITIONAL_CHECK_FAILED,
                Optional.of(CONDITION_FAILED), Optional.ofNullable(item));
    }

    /** An invalid action, with DynamoDB's message. */
    public static CancellationReason validationError(String message) {
        return new CancellationReason(Code.VALIDATION_ERROR, Optional.of(message),
                Optional.empty());
    }
}
