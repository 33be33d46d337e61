package io.partidb.planner.physical;

import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import java.util.function.Predicate;

/**
 * Stops one execution early: when its statement is cancelled, or when its time limit passes.
 * Long reads check it for every item they evaluate, so a scan that filters out everything still
 * stops promptly.
 *
 * <p>A token without a time limit can serve one execution after another of the same statement
 * ({@link #reusable}, {@link #rearm}), so that executing a statement allocates no token; a token
 * with a deadline is made for one execution.
 */
public final class Cancellation {
    /** An execution that is never stopped. */
    public static final Cancellation NONE = new Cancellation(0);

    private final long deadlineNanos;
    // Built once per token, so that an unfiltered read checking every item allocates no closure.
    private final Predicate<Item> checkEveryItem = item -> {
        check();
        return true;
    };
    private volatile boolean cancelled;

    private Cancellation(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A token for one execution; {@code timeoutSeconds} 0 means no time limit. */
    public static Cancellation withTimeout(int timeoutSeconds) {
        return new Cancellation(timeoutSeconds <= 0 ? 0
                : System.nanoTime() + timeoutSeconds * 1_000_000_000L);
    }

    /**
     * A token without a time limit for a statement's executions, one at a time: the statement
     * calls {@link #rearm} as each execution starts.
     */
    public static Cancellation reusable() {
        return new Cancellation(0);
    }

    /**
     * Forgets a {@link #cancel} aimed at an earlier execution, so that the token can serve the
     * next one. Only for a {@link #reusable} token whose earlier executions are over (their
     * results closed).
     */
    public void rearm() {
        if (deadlineNanos != 0) {
            throw new IllegalStateException("a token with a deadline serves one execution");
        }
        // Read first: a volatile write on every execution would cost more than this check.
        if (cancelled) {
            cancelled = false;
        }
    }

    /** Asks the execution to stop at its next check; does nothing to {@link #NONE}. */
    public void cancel() {
        if (this != NONE) {
            cancelled = true;
        }
    }

    /** Throws when the execution must stop. */
    public void check() {
        if (cancelled) {
            throw new EngineException(ErrorCode.CANCELLED, "The statement was cancelled");
        }
        if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new EngineException(ErrorCode.TIMEOUT,
                    "The statement ran longer than its query timeout");
        }
    }

    /** Whether checks can ever fail (so that readers need not call them otherwise). */
    public boolean active() {
        return this != NONE;
    }

    /** A filter that {@link #check}s and then accepts every item; the same object each time. */
    Predicate<Item> checkEveryItem() {
        return checkEveryItem;
    }
}
