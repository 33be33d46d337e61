package io.partidb.engine;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The client request tokens of a database's recent TransactWriteItems. A token is claimed by the
 * request that runs under it; once that request commits, the token answers every request with the
 * same token and the same actions with the committed request's replay result, until 10 minutes
 * after the commit. The same token with other actions fails with
 * IdempotentParameterMismatchException; the same token while its request still runs fails with
 * TransactionInProgressException. A request that fails releases its token, so a retry runs
 * again.
 *
 * <p>Memory stays bounded by the requests of the last 10 minutes: tokens are dropped in commit
 * order, by whichever request next presents a token.
 */
final class IdempotencyTokens {
    /** How long a token is remembered after its request committed. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    static final String MISMATCH = "DynamoDB rejected the request because you retried a "
            + "request with a different payload but with an idempotent token that was already "
            + "used.";
    static final String IN_PROGRESS =
            "The transaction with the given request token is already in progress.";

    private final Clock clock;
    private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Claim> committed = new ConcurrentLinkedQueue<>();

    IdempotencyTokens(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Presents a request's token. Returns a claim that is either new (the caller runs the
     * transaction, then calls {@link #commit} or {@link #release}) or committed (the caller
     * answers with its {@link Claim#replay()}). Throws when the token belongs to another request
     * or to one still running.
     */
    Claim claim(String token, TransactWriteItemsRequest request) {
        long now = clock.millis();
        dropExpired(now);
        Claim fresh = new Claim(token, request.transactItems());
        Claim found = claims.compute(token,
                (t, existing) -> existing == null || existing.expired(now) ? fresh : existing);
        if (found == fresh) {
            return fresh;
        }
        if (!found.transactItems.equals(request.transactItems())) {
            throw new EngineException(ErrorCode.IDEMPOTENT_PARAMETER_MISMATCH, MISMATCH);
        }
        if (found.replay() == null) {
            throw new EngineException(ErrorCode.TRANSACTION_IN_PROGRESS, IN_PROGRESS);
        }
        return found;
    }

    /** Records that the claim's request committed; repeats now get {@code replay}. */
    void commit(Claim claim, TransactWriteItemsResult replay) {
        claim.committed(replay, clock.millis());
        committed.add(claim);
    }

    /** Gives the token up after its request failed, so that a retry runs again. */
    void release(Claim claim) {
        claims.remove(claim.token, claim);
    }

    /** The number of tokens remembered. */
    int size() {
        return claims.size();
    }

    private void dropExpired(long now) {
        for (Claim oldest = committed.peek(); oldest != null && oldest.expired(now);
                oldest = committed.peek()) {
            if (committed.remove(oldest)) {
                claims.remove(oldest.token, oldest);
            }
        }
    }

    /** One token's request: running until {@link #replay()} is set, then committed. */
    static final class Claim {
        private final String token;
        private final List<TransactWriteItem> transactItems;
        private volatile TransactWriteItemsResult replay;
        private volatile long committedAt;

        private Claim(String token, List<TransactWriteItem> transactItems) {
            this.token = token;
            this.transactItems = transactItems;
        }

        /** What a repeat of the committed request returns; null while the request runs. */
        TransactWriteItemsResult replay() {
            return replay;
        }

        private void committed(TransactWriteItemsResult replay, long at) {
            // The time first: a reader that sees the replay sees when it was committed.
            this.committedAt = at;
            this.replay = replay;
        }

        private boolean expired(long now) {
            return replay != null && now - committedAt >= WINDOW.toMillis();
        }
    }
}
