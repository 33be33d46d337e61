package io.partidb.engine.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The error catalogue: SQLState classes, DynamoDB names, message text. */
class ErrorCodeTest {

    @Test
    void everyCodeHasAFiveCharacterSqlStateAndADynamoName() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.sqlState()).as(code.name()).hasSize(5).matches("[0-9A-Z]{5}");
            assertThat(code.dynamoName()).as(code.name()).matches("[A-Z][A-Za-z]+");
        }
    }

    @Test
    void sqlStatesFollowTheClassesOfTheDesign() {
        assertThat(ErrorCode.VALIDATION.sqlState()).startsWith("22");
        assertThat(ErrorCode.KEY_MISMATCH.sqlState()).isEqualTo("22000");
        assertThat(ErrorCode.RESOURCE_NOT_FOUND.sqlState()).isEqualTo("42S02");
        assertThat(ErrorCode.CONDITIONAL_CHECK_FAILED.sqlState()).startsWith("23");
        assertThat(ErrorCode.DUPLICATE_ITEM.dynamoName()).isEqualTo("DuplicateItemException");
        assertThat(ErrorCode.TRANSACTION_CONFLICT.sqlState()).isEqualTo("40001");
        // A cancelled transaction is not transient: a failed condition fails again on retry.
        assertThat(ErrorCode.TRANSACTION_CANCELED.sqlState()).isEqualTo("23000");
        assertThat(ErrorCode.TRANSACTION_CANCELED_INVALID.sqlState()).startsWith("22");
        assertThat(ErrorCode.TRANSACTION_CANCELED.dynamoName())
                .isEqualTo("TransactionCanceledException");
        assertThat(ErrorCode.NOT_SUPPORTED.sqlState()).isEqualTo("0A000");
    }

    @Test
    void messageIsDynamosTextOnly() {
        EngineException e = new EngineException(ErrorCode.CONDITIONAL_CHECK_FAILED,
                "The conditional request failed");
        assertThat(e.getMessage()).isEqualTo("The conditional request failed");
        assertThat(e.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED);
        assertThat(e.code().dynamoName()).isEqualTo("ConditionalCheckFailedException");
    }
}
