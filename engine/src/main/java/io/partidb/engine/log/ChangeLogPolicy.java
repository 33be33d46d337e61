package io.partidb.engine.log;

import io.partidb.engine.Table;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.time.Duration;
import java.util.Objects;

/**
 * How much history a table's change log keeps: at most {@code maxRecords} records, at most
 * {@code maxBytes} bytes of images (DynamoDB item sizes of old plus new image, per record), and
 * nothing older than {@code retention}. The oldest records go first when any bound is passed.
 *
 * <p>Defaults: 24 hours (DynamoDB Streams' retention), 100,000 records and 64 MiB of images,
 * which bounds the log's own overhead to roughly 12 MB on top of the images.
 */
public record ChangeLogPolicy(long maxRecords, long maxBytes, Duration retention) {
    /** The default record bound. */
    public static final long DEFAULT_MAX_RECORDS = 100_000;
    /** The default image byte bound: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;
    /** The default retention: DynamoDB Streams keep records for 24 hours. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    /** The smallest byte bound: one record holding two images of the largest item size. */
    public static final long MIN_MAX_BYTES = 2L * Table.MAX_ITEM_BYTES;

    private static final ChangeLogPolicy DEFAULTS =
            new ChangeLogPolicy(DEFAULT_MAX_RECORDS, DEFAULT_MAX_BYTES, DEFAULT_RETENTION);

    /**
     * Validates the bounds: at least one record, at least {@link #MIN_MAX_BYTES} (so the newest
     * record always fits), a positive retention of at most 10 years.
     */
    public ChangeLogPolicy {
        Objects.requireNonNull(retention, "retention");
        if (maxRecords < 1) {
            throw invalid("maxRecords must be at least 1: " + maxRecords);
        }
        if (maxBytes < MIN_MAX_BYTES) {
            throw invalid("maxBytes must be at least " + MIN_MAX_BYTES + ": " + maxBytes);
        }
        if (retention.isNegative() || retention.isZero()
                || retention.compareTo(Duration.ofDays(3653)) > 0) {
            throw invalid("retention must be positive and at most 10 years: " + retention);
        }
    }

    /** 24 hours, 100,000 records, 64 MiB. */
    public static ChangeLogPolicy defaults() {
        return DEFAULTS;
    }

    /** The same policy with another record bound. */
    public ChangeLogPolicy withMaxRecords(long maxRecords) {
        return new ChangeLogPolicy(maxRecords, maxBytes, retention);
    }

    /** The same policy with another byte bound. */
    public ChangeLogPolicy withMaxBytes(long maxBytes) {
        return new ChangeLogPolicy(maxRecords, maxBytes, retention);
    }

    /** The same policy with another retention. */
    public ChangeLogPolicy withRetention(Duration retention) {
        return new ChangeLogPolicy(maxRecords, maxBytes, retention);
    }

    private static EngineException invalid(String message) {
        return new EngineException(ErrorCode.VALIDATION, "Invalid change log policy: " + message);
    }
}
