package io.partidb.planner.physical;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

/**
 * Stops one execution early: when its statement is cancelled, or when its time limit passes.
 * Long reads check it for every item they evaluate, so a scan that filters out everything still
 * stops promptly.
 */
public final class Cancellation {
    /** An execution that is never stopped. */
    public static final Cancellation NONE = new Cancellation(0);

    private final long deadlineNanos;
    private volatile boolean cancelled;

    private Cancellation(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A token for one execution; {@code timeoutSeconds} 0 means no time limit. */
    public static Cancellation withTimeout(int timeoutSeconds) {
        return new Cancellation(timeoutSeconds <= 0 ? 0
                : System.nanoTime() + timeoutSeconds * 1_000_000_000L);
    }

    /** Asks the execution to stop at its next check. */
    public void cancel() {
        cancelled = true;
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
}
