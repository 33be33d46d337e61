package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** BatchWriteItem: limits at the boundary and one past it, messages, atomicity of validation. */
class BatchWriteItemTest {
    private static final String TOO_MANY_IN_TABLE = "' at 'requestItems' failed to satisfy "
            + "constraint: Map value must satisfy constraint: [Member must have length less than "
            + "or equal to 25, Member must have length greater than or equal to 1]";

    private final Database db = Database.create("batch-write");
    private final Table hash = db.createTable(TestTables.hashTable("www", ScalarType.S));
    private final Table other = db.createTable(TestTables.hashTable("ww2", ScalarType.S));
    private final Table composite = db.createTable(TestTables.compositeTable("wwc", ScalarType.S,
            ScalarType.N));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static List<WriteRequest> puts(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> (WriteRequest) WriteRequest.put(item("pk", prefix + i)))
                .toList();
    }

    private static BatchWriteItemRequest request(Object... tablesAndWrites) {
        Map<String, List<WriteRequest>> items = new LinkedHashMap<>();
        for (int i = 0; i < tablesAndWrites.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<WriteRequest> writes = (List<WriteRequest>) tablesAndWrites[i + 1];
            items.put((String) tablesAndWrites[i], writes);
        }
        return new BatchWriteItemRequest(items);
    }

    /** Asserts the batch fails as expected and that no table changed. */
    private void assertRejected(ThrowingCallable call, ErrorCode code, String message) {
        assertEngineError(call, code, message);
        assertThat(hash.describe().itemCount()).isZero();
        assertThat(other.describe().itemCount()).isZero();
        assertThat(composite.describe().itemCount()).isZero();
        assertThat(hash.changeLog().nextSequence()).isEqualTo(1);
    }

    @Test
    void twentyFiveWritesInOneTableAreApplied() {
        BatchWriteItemResult result = db.batchWriteItem(BatchWriteItemRequest.of("www",
                puts("k", 25)));
        assertThat(result.unprocessedItems()).isEmpty();
        assertThat(hash.describe().itemCount()).isEqualTo(25);
        assertThat(result.consumedCapacity()).containsExactly(ConsumedCapacity.write("www", 25));
    }

    @Test
    void twentySixWritesInOneTableFailWithTheMapConstraint() {
        String echoed = IntStream.range(0, 26).mapToObj(i -> "PutRequest(Item={'pk': 'k" + i
                + "'})").collect(Collectors.joining(", ", "{www=[", "]}"));
        assertRejected(() -> db.batchWriteItem(BatchWriteItemRequest.of("www", puts("k", 26))),
                ErrorCode.VALIDATION,
                "1 validation error detected: Value '" + echoed + TOO_MANY_IN_TABLE);
    }

    @Test
    void twentySixWritesOverTwoTablesAreTooManyAndTwentyFiveAreApplied() {
        assertRejected(() -> db.batchWriteItem(request("www", puts("a", 13), "ww2", puts("b", 13))),
                ErrorCode.VALIDATION, "Too many items requested for the BatchWriteItem call");

        BatchWriteItemResult result = db.batchWriteItem(request("www", puts("a", 12),
                "ww2", puts("b", 13)));
        assertThat(hash.describe().itemCount()).isEqualTo(12);
        assertThat(other.describe().itemCount()).isEqualTo(13);
        assertThat(result.consumedCapacity()).containsExactly(ConsumedCapacity.write("www", 12),
                ConsumedCapacity.write("ww2", 13));
    }

    @Test
    void anEmptyRequestOrAnEmptyTableListIsInvalid() {
        assertRejected(() -> db.batchWriteItem(new BatchWriteItemRequest(Map.of())),
                ErrorCode.VALIDATION, "The requestItems parameter is required for BatchWriteItem");
        assertRejected(() -> db.batchWriteItem(request("www", puts("a", 1), "ww2", List.of())),
                ErrorCode.VALIDATION, "1 validation error detected: Value "
                        + "'{www=[PutRequest(Item={'pk': 'a0'})], ww2=[]}" + TOO_MANY_IN_TABLE);
    }

    @Test
    void twoWritesOfOneKeyAreDuplicatesWhateverTheirKind() {
        String duplicates = "Provided list of item keys contains duplicates";
        assertRejected(() -> db.batchWriteItem(BatchWriteItemRequest.of("www", List.of(
                WriteRequest.put(item("pk", "a")), WriteRequest.put(item("pk", "a", "v", 1L))))),
                ErrorCode.VALIDATION, duplicates);
        assertRejected(() -> db.batchWriteItem(BatchWriteItemRequest.of("www", List.of(
                WriteRequest.put(item("pk", "a")), WriteRequest.delete(key("a"))))),
                ErrorCode.VALIDATION, duplicates);
        assertRejected(() -> db.batchWriteItem(BatchWriteItemRequest.of("www", List.of(
                WriteRequest.delete(key("a")), WriteRequest.delete(key("a"))))),
                ErrorCode.VALIDATION, duplicates);
        assertRejected(() -> db.batchWriteItem(BatchWriteItemRequest.of("wwc", List.of(
                WriteRequest.put(item("pk", "p", "sk", 1L)),
                WriteRequest.delete(Key.of(AttributeValue.ofString("p"),
                        AttributeValue.ofNumber("1.0")))))),
                ErrorCode.VALIDATION, duplicates);

        // The same key in two tables, or one key component shared, is not a duplicate.
        db.batchWriteItem(request("www", List.of(WriteRequest.put(item("pk", "a"))),
                "ww2", List.of(WriteRequest.put(item("pk", "a"))),
                "wwc", List.of(WriteRequest.put(item("pk", "p", "sk", 1L)),
                        WriteRequest.put(item("pk", "p", "sk", 2L)),
                        WriteRequest.put(item("pk", "q", "sk", 1L)))));
        assertThat(composite.describe().itemCount()).isEqualTo(3);
    }

    @Test
    void anUnknownTableFailsTheWholeBatch() {
        assertRejected(() -> db.batchWriteItem(request("www", puts("a", 3),
                "nope", puts("b", 1))),
                ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found");
    }

    @Test
    void anInvalidPutAnywhereWritesNothing() {
        String schema = "The provided key element does not match the schema";
        List<Item> invalid = List.of(
                item("pk", 5L),
                item("other", "x"),
                item("pk", AttributeValue.ofList(List.of(AttributeValue.ofString("x")))));
        for (Item bad : invalid) {
            assertRejected(() -> db.batchWriteItem(request("ww2", puts("ok", 2),
                    "www", List.of(WriteRequest.put(item("pk", "fine")), WriteRequest.put(bad)))),
                    ErrorCode.KEY_MISMATCH, schema);
        }
        assertRejected(() -> db.batchWriteItem(request("www", List.of(
                WriteRequest.put(item("pk", "fine")), WriteRequest.put(item("pk", ""))))),
                ErrorCode.KEY_MISMATCH, "One or more parameter values are not valid. The "
                        + "AttributeValue for a key attribute cannot contain an empty string "
                        + "value. Key: pk");
        assertRejected(() -> db.batchWriteItem(request("wwc", List.of(
                WriteRequest.put(item("pk", "p", "sk", "text"))))),
                ErrorCode.KEY_MISMATCH, schema);
        assertRejected(() -> db.batchWriteItem(request("wwc", List.of(
                WriteRequest.put(item("pk", "p"))))),
                ErrorCode.KEY_MISMATCH, schema);
        assertRejected(() -> db.batchWriteItem(request("www", List.of(
                WriteRequest.put(item("pk", "fine")), WriteRequest.delete(
                        Key.of(AttributeValue.ofNumber(1)))))),
                ErrorCode.KEY_MISMATCH, schema);
    }

    @Test
    void itemsUpTo400KbAreWrittenAndOneByteMoreRejectsTheBatch() {
        // pk='max' is 5 bytes, the name "pad" 3: the pad value fills the item to the limit.
        Item largest = item("pk", "max", "pad", "x".repeat(Table.MAX_ITEM_BYTES - 8));
        Item tooLarge = item("pk", "big", "pad", "x".repeat(Table.MAX_ITEM_BYTES - 7));
        assertThat(largest.sizeInBytes()).isEqualTo(409_600);
        assertThat(tooLarge.sizeInBytes()).isEqualTo(409_601);

        assertRejected(() -> db.batchWriteItem(request("www", List.of(
                WriteRequest.put(largest), WriteRequest.put(tooLarge)))),
                ErrorCode.ITEM_TOO_LARGE, "Item size has exceeded the maximum allowed size");
        BatchWriteItemResult result = db.batchWriteItem(BatchWriteItemRequest.of("www",
                List.of(WriteRequest.put(largest))));
        assertThat(hash.getItem(key("max"))).contains(largest);
        assertThat(result.consumedCapacity()).containsExactly(ConsumedCapacity.write("www", 400));
    }

    @Test
    void putsReplaceWholeItemsAndDeletesRemoveThem() {
        hash.putItem(item("pk", "a", "old", "x"));
        hash.putItem(item("pk", "b"));
        db.batchWriteItem(BatchWriteItemRequest.of("www", List.of(
                WriteRequest.put(item("pk", "a", "new", "y")),
                WriteRequest.delete(key("b")),
                WriteRequest.delete(key("never")))));
        assertThat(hash.getItem(key("a"))).contains(item("pk", "a", "new", "y"));
        assertThat(hash.getItem(key("b"))).isEmpty();
        assertThat(hash.describe().itemCount()).isEqualTo(1);
    }

    /**
     * Capacity per table, per item as PutItem and DeleteItem charge it: the larger of the item
     * before and after, rounded up to 1 KB; a delete of a missing item costs 1 (the same cases as
     * ScyllaDB's test_multi_table_batch_write_item, run against DynamoDB).
     */
    @Test
    void capacityIsChargedPerItemAndReportedPerTable() {
        String kb = "a".repeat(1024);
        hash.putItem(item("pk", "large", "a", kb));
        composite.putItem(item("pk", "p", "sk", 1L, "a", kb));
        List<WriteRequest> hashWrites = new ArrayList<>(puts("small", 3));
        hashWrites.add(WriteRequest.put(item("pk", "kb", "a", kb)));
        // Overwriting a large item with a small one costs what the large one costs.
        hashWrites.add(WriteRequest.put(item("pk", "large")));
        BatchWriteItemResult result = db.batchWriteItem(request(
                "wwc", List.of(WriteRequest.put(item("pk", "q", "sk", 1L)),
                        WriteRequest.delete(Key.of(AttributeValue.ofString("p"),
                                AttributeValue.ofNumber(1))),
                        WriteRequest.delete(Key.of(AttributeValue.ofString("none"),
                                AttributeValue.ofNumber(1)))),
                "www", hashWrites));
        assertThat(result.consumedCapacity()).containsExactly(
                ConsumedCapacity.write("wwc", 1 + 2 + 1),
                ConsumedCapacity.write("www", 3 + 2 + 2));
    }
}
