package io.partidb.engine.error;

/**
 * The one catalogue of engine errors, modelled on H2's {@code ErrorCode}: each constant carries the
 * DynamoDB exception name a client of DynamoDB would see and the SQLState the JDBC driver reports.
 * The message itself travels in {@link EngineException}; the driver formats
 * {@code <dynamoName>: <message>}.
 *
 * <p>SQLState classes: {@code 22xxx} bad data or value, {@code 23xxx} condition failed or
 * duplicate, {@code 40001} conflict, {@code 42xxx} unknown names or bad definitions,
 * {@code 54000} limits, {@code 0A000} unsupported, {@code XX000} internal.
 */
public enum ErrorCode {
    /** A statement does not parse; the message names line:column and the token. */
    SYNTAX_ERROR("ValidationException", "42601"),
    /** A statement parses but is not one DynamoDB's PartiQL accepts (a misplaced construct). */
    INVALID_STATEMENT("ValidationException", "42000"),
    /** A statement calls a function PartiQL does not have. */
    UNKNOWN_FUNCTION("ValidationException", "42883"),
    /** A value or request parameter is invalid (the generic DynamoDB validation failure). */
    VALIDATION("ValidationException", "22023"),
    /** A key attribute is missing, has the wrong type, is empty or is too long. */
    KEY_MISMATCH("ValidationException", "22000"),
    /** An item exceeds DynamoDB's 400 KB item size. */
    ITEM_TOO_LARGE("ValidationException", "22001"),
    /** A number is outside DynamoDB's range or has more than 38 significant digits. */
    NUMBER_OUT_OF_RANGE("ValidationException", "22003"),
    /** A table or index definition, or a table option, breaks DynamoDB's CreateTable rules. */
    INVALID_DEFINITION("ValidationException", "42000"),
    /** The named table does not exist. */
    RESOURCE_NOT_FOUND("ResourceNotFoundException", "42S02"),
    /** The named table already exists. */
    RESOURCE_IN_USE("ResourceInUseException", "42S01"),
    /** An index of that name already exists on the table. */
    INDEX_ALREADY_EXISTS("ValidationException", "42S11"),
    /** The table has no index of that name (a Query or Scan of it). */
    INDEX_NOT_FOUND("ValidationException", "42S12"),
    /**
     * The table has no index of that name to drop: DynamoDB's UpdateTable answers a GSI delete
     * so, unlike a read of an unknown index.
     */
    INDEX_RESOURCE_NOT_FOUND("ResourceNotFoundException", "42S12"),
    /** A per-table or per-account quota would be exceeded. */
    LIMIT_EXCEEDED("LimitExceededException", "54000"),
    /**
     * A write would make an item collection (the items of one partition key value and their
     * local secondary index entries) larger than the limit (10 GB in DynamoDB).
     */
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED("ItemCollectionSizeLimitExceededException", "54000"),
    /** A write's condition evaluated to false; nothing was changed. */
    CONDITIONAL_CHECK_FAILED("ConditionalCheckFailedException", "23000"),
    /** A PartiQL INSERT found an item with the same primary key. */
    DUPLICATE_ITEM("DuplicateItemException", "23505"),
    /** A single-item write conflicted with a transaction in progress on the same item. */
    TRANSACTION_CONFLICT("TransactionConflictException", "40001"),
    /**
     * A transaction was cancelled because a condition of one of its actions was false; nothing
     * was written. Class 23 as for a single write's failed condition: the failure is
     * deterministic, and JDBC maps class 40 to a transient (retry-me) exception.
     */
    TRANSACTION_CANCELED("TransactionCanceledException", "23000"),
    /**
     * A transaction was cancelled, none of its conditions having failed, because an action was
     * invalid for the item it met (a mistyped key, an update the stored item does not allow, an
     * item grown past 400 KB); nothing was written.
     */
    TRANSACTION_CANCELED_INVALID("TransactionCanceledException", "22000"),
    /**
     * A TransactWriteItems reused the client request token of a different request within the
     * token's 10 minutes.
     */
    IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatchException", "22023"),
    /**
     * A TransactWriteItems came while the request with the same client request token was still
     * running: a conflict that a retry resolves (it then returns the first request's outcome).
     */
    TRANSACTION_IN_PROGRESS("TransactionInProgressException", "40001"),
    /** The request is well formed but asks for something the engine does not support. */
    NOT_SUPPORTED("ValidationException", "0A000"),
    /** A statement ran past its time limit and was stopped; nothing it read is returned. */
    TIMEOUT("RequestTimeout", "HYT00"),
    /** A statement was cancelled by its caller. */
    CANCELLED("RequestCanceled", "57014"),
    /** An unexpected failure inside the engine. */
    INTERNAL("InternalServerError", "XX000");

    private final String dynamoName;
    private final String sqlState;

    ErrorCode(String dynamoName, String sqlState) {
        this.dynamoName = dynamoName;
        this.sqlState = sqlState;
    }

    /** The exception DynamoDB throws for this error, e.g. {@code ValidationException}. */
    public String dynamoName() {
        return dynamoName;
    }

    /** The five-character SQLState the JDBC driver reports for this error. */
    public String sqlState() {
        return sqlState;
    }
}
