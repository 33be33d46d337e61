package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Primary key validation with DynamoDB's messages. */
class KeyValidationTest {
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final String HASH_TOO_LONG = INVALID
            + "Size of hashkey has exceeded the maximum size limit of2048 bytes";
    private static final String RANGE_TOO_LONG = INVALID
            + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes";
    private static final String NOT_IN_SCHEMA =
            "The provided key element does not match the schema";

    private final Database db = Database.create("keys");
    private final Table hash = db.createTable(TestTables.hashTable("hash", ScalarType.S));
    private final Table composite = db.createTable(
            TestTables.compositeTable("composite", ScalarType.S, ScalarType.N));
    private final Table binary = db.createTable(TestTables.hashTable("binary", ScalarType.B));

    @Test
    void extractsTheKey() {
        assertThat(hash.keyOf(item("pk", "a", "x", 1L)))
                .isEqualTo(Key.of(AttributeValue.ofString("a")));
        assertThat(composite.keyOf(item("x", 1L, "sk", 5L, "pk", "a"))).isEqualTo(
                Key.of(AttributeValue.ofString("a"), AttributeValue.ofNumber(5)));
    }

    @Test
    void missingKeys() {
        assertEngineError(() -> hash.keyOf(item("x", "a")), ErrorCode.KEY_MISMATCH,
                INVALID + "Missing the key pk in the item");
        assertEngineError(() -> composite.putItem(item("pk", "a")), ErrorCode.KEY_MISMATCH,
                INVALID + "Missing the key sk in the item");
    }

    @Test
    void typeMismatch() {
        assertEngineError(() -> hash.putItem(item("pk", 1L)), ErrorCode.KEY_MISMATCH,
                INVALID + "Type mismatch for key pk expected: S actual: N");
        assertEngineError(() -> composite.keyOf(item("pk", "a", "sk", "b")),
                ErrorCode.KEY_MISMATCH, INVALID + "Type mismatch for key sk expected: N actual: S");
        assertEngineError(() -> hash.keyOf(item("pk", AttributeValue.nul())),
                ErrorCode.KEY_MISMATCH,
                INVALID + "Type mismatch for key pk expected: S actual: NULL");
    }

    @Test
    void emptyKeyValues() {
        assertEngineError(() -> hash.putItem(item("pk", "")), ErrorCode.KEY_MISMATCH,
                "One or more parameter values are not valid. The AttributeValue for a key "
                        + "attribute cannot contain an empty string value. Key: pk");
        assertEngineError(() -> binary.putItem(item("pk", AttributeValue.ofBinary(new byte[0]))),
                ErrorCode.KEY_MISMATCH, "One or more parameter values are not valid. The "
                        + "AttributeValue for a key attribute cannot contain an empty binary "
                        + "value. Key: pk");
        assertEngineError(() -> hash.getItem(Key.of(AttributeValue.ofString(""))),
                ErrorCode.KEY_MISMATCH, "One or more parameter values are not valid. The "
                        + "AttributeValue for a key attribute cannot contain an empty string "
                        + "value. Key: pk");
    }

    @Test
    void partitionKeyLimitIs2048Bytes() {
        hash.putItem(item("pk", "a".repeat(2048)));
        assertEngineError(() -> hash.putItem(item("pk", "a".repeat(2049))),
                ErrorCode.KEY_MISMATCH, HASH_TOO_LONG);
        // 683 euro signs are 2049 bytes in only 683 chars.
        assertEngineError(() -> hash.putItem(item("pk", "\u20AC".repeat(683))),
                ErrorCode.KEY_MISMATCH, HASH_TOO_LONG);
        binary.putItem(item("pk", AttributeValue.ofBinary(new byte[2048])));
        assertEngineError(() -> binary.putItem(item("pk", AttributeValue.ofBinary(new byte[2049]))),
                ErrorCode.KEY_MISMATCH, HASH_TOO_LONG);
        assertEngineError(() -> hash.getItem(Key.of(AttributeValue.ofString("a".repeat(2049)))),
                ErrorCode.KEY_MISMATCH, HASH_TOO_LONG);
        assertThat(hash.approximateItemCount()).isEqualTo(1);
    }

    @Test
    void sortKeyLimitIs1024Bytes() {
        Table stringSort = db.createTable(
                TestTables.compositeTable("ssort", ScalarType.S, ScalarType.S));
        stringSort.putItem(item("pk", "a", "sk", "b".repeat(1024)));
        assertEngineError(() -> stringSort.putItem(item("pk", "a", "sk", "b".repeat(1025))),
                ErrorCode.KEY_MISMATCH, RANGE_TOO_LONG);
        assertEngineError(() -> stringSort.deleteItem(Key.of(AttributeValue.ofString("a"),
                AttributeValue.ofString("\u00E9".repeat(513)))), ErrorCode.KEY_MISMATCH,
                RANGE_TOO_LONG);
    }

    @Test
    void lookupKeysMustMatchTheSchema() {
        assertEngineError(() -> hash.getItem(Key.of(AttributeValue.ofNumber(1))),
                ErrorCode.KEY_MISMATCH, NOT_IN_SCHEMA);
        assertEngineError(() -> hash.validateKey(Key.of(AttributeValue.ofString("a"),
                AttributeValue.ofNumber(1))), ErrorCode.KEY_MISMATCH, NOT_IN_SCHEMA);
        assertEngineError(() -> composite.getItem(Key.of(AttributeValue.ofString("a"))),
                ErrorCode.KEY_MISMATCH, NOT_IN_SCHEMA);
        assertEngineError(() -> composite.deleteItem(Key.of(AttributeValue.ofString("a"),
                AttributeValue.ofString("1"))), ErrorCode.KEY_MISMATCH, NOT_IN_SCHEMA);
        Key valid = Key.of(AttributeValue.ofString("a"), AttributeValue.ofNumber(1));
        assertThat(composite.validateKey(valid)).isSameAs(valid);
    }
}
