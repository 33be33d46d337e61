package io.partidb.engine;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.util.List;
import java.util.StringJoiner;

/**
 * A transaction was cancelled and wrote nothing. It carries one {@link CancellationReason} per
 * action, in request order, and DynamoDB's message naming them: {@code Transaction cancelled,
 * please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]}. The
 * code is {@link ErrorCode#TRANSACTION_CANCELED} when a condition failed, otherwise
 * {@link ErrorCode#TRANSACTION_CANCELED_INVALID}.
 */
public final class TransactionCanceledException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final transient List<CancellationReason> reasons;

    /** A cancellation for these reasons, at least one of which is not NONE. */
    public TransactionCanceledException(List<CancellationReason> reasons) {
        super(codeOf(reasons), messageOf(reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** One reason per action of the transaction, in request order. */
    public List<CancellationReason> cancellationReasons() {
        return reasons;
    }

    private static ErrorCode codeOf(List<CancellationReason> reasons) {
        boolean failed = false;
        for (CancellationReason reason : reasons) {
            if (reason.code() == CancellationReason.Code.CONDITIONAL_CHECK_FAILED) {
                return ErrorCode.TRANSACTION_CANCELED;
            }
            failed |= reason.code() != CancellationReason.Code.NONE;
        }
        if (!failed) {
            throw new IllegalArgumentException("A cancellation needs a reason: " + reasons);
        }
        return ErrorCode.TRANSACTION_CANCELED_INVALID;
    }

    private static String messageOf(List<CancellationReason> reasons) {
        StringJoiner codes = new StringJoiner(", ", "[", "]");
        for (CancellationReason reason : reasons) {
            codes.add(reason.code().dynamoName());
        }
        return "Transaction cancelled, please refer cancellation reasons for specific reasons "
                + codes;
    }
}
