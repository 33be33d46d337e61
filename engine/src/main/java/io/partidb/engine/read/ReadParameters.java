package io.partidb.engine.read;

import io.partidb.engine.Table;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

/**
 * The checks DynamoDB applies to Query and Scan parameters before it looks at the table: Limit
 * at least 1, and Segment / TotalSegments of a parallel scan in range. The messages are those of
 * the request validation layer, which most regions still answer with (reference §5; the newer
 * wording some regions moved to in 2026 drops the echoed values).
 */
public final class ReadParameters {
    private ReadParameters() {
    }

    /** Fails unless {@code limit} is null (no limit) or at least 1. */
    public static void checkLimit(Integer limit) {
        if (limit != null && limit < 1) {
            throw new EngineException(ErrorCode.VALIDATION, "1 validation error detected: Value '"
                    + limit + "' at 'limit' failed to satisfy constraint: Member must have value "
                    + "greater than or equal to 1");
        }
    }

    /** Fails unless {@code 1 <= totalSegments <= 1,000,000} and {@code 0 <= segment < total}. */
    public static void checkSegments(int segment, int totalSegments) {
        if (totalSegments < 1 || totalSegments > Table.MAX_SCAN_SEGMENTS) {
            throw new EngineException(ErrorCode.VALIDATION, "1 validation error detected: Value '"
                    + totalSegments + "' at 'totalSegments' failed to satisfy constraint: Member "
                    + (totalSegments < 1
                            ? "must have value greater than or equal to 1"
                            : "must have value less than or equal to " + Table.MAX_SCAN_SEGMENTS));
        }
        if (segment < 0) {
            throw new EngineException(ErrorCode.VALIDATION, "1 validation error detected: Value '"
                    + segment + "' at 'segment' failed to satisfy constraint: Member must have "
                    + "value greater than or equal to 0");
        }
        if (segment >= totalSegments) {
            throw new EngineException(ErrorCode.VALIDATION, "The Segment parameter is zero-based "
                    + "and must be less than parameter TotalSegments: Segment: " + segment
                    + " is not less than TotalSegments: " + totalSegments);
        }
    }
}
