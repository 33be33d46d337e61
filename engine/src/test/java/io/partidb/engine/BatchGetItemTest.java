package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** BatchGetItem: limits at the boundary and one past it, messages, 16 MB responses, capacity. */
class BatchGetItemTest {
    private final Database db = Database.create("batch-get");
    private final Table hash = db.createTable(TestTables.hashTable("ggg", ScalarType.S));
    private final Table other = db.createTable(TestTables.hashTable("gg2", ScalarType.S));
    private final Table binary = db.createTable(TestTables.hashTable("ggb", ScalarType.B));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static List<Key> keys(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> key(String.format("%s%02d", prefix, i)))
                .toList();
    }

    private static BatchGetItemRequest request(Object... tablesAndKeys) {
        Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
        for (int i = 0; i < tablesAndKeys.length; i += 2) {
            items.put((String) tablesAndKeys[i], (KeysAndAttributes) tablesAndKeys[i + 1]);
        }
        return new BatchGetItemRequest(items);
    }

    /** Items of exactly {@code size} bytes under keys prefix00, prefix01, ... */
    private static void fill(Table table, String prefix, int count, int size) {
        // Name "pk" (2) + 3-character key + name "pad" (3): the pad fills the rest, shared.
        String pad = "x".repeat(size - 8);
        for (int i = 0; i < count; i++) {
            Item item = item("pk", String.format("%s%02d", prefix, i), "pad", pad);
            assertThat(item.sizeInBytes()).isEqualTo(size);
            table.putItem(item);
        }
    }

    @Test
    void aHundredKeysAreReadAndMissingOnesLeftOut() {
        for (int i = 0; i < 100; i += 2) {
            hash.putItem(item("pk", String.format("k%02d", i)));
        }
        BatchGetItemResult result = db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.consistent(keys("k", 100))));
        assertThat(result.responses().get("ggg")).hasSize(50);
        assertThat(result.unprocessedKeys()).isEmpty();
        // One unit per strongly consistent read of up to 4 KB, found or not.
        assertThat(result.consumedCapacity()).containsExactly(ConsumedCapacity.read("ggg", 100));
    }

    @Test
    void aHundredAndOneKeysInOneTableFailTheLengthConstraint() {
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.of(keys("k", 101)))), ErrorCode.VALIDATION,
                "1 validation error detected: Value at 'RequestItems.ggg.member.Keys' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 100");
    }

    @Test
    void aHundredKeysOverTwoTablesAreReadAndAHundredAndOneAreTooMany() {
        BatchGetItemResult result = db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(keys("a", 50)),
                "gg2", KeysAndAttributes.of(keys("b", 50))));
        assertThat(result.responses()).containsOnlyKeys("ggg", "gg2");
        assertEngineError(() -> db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(keys("a", 50)),
                "gg2", KeysAndAttributes.of(keys("b", 51)))), ErrorCode.VALIDATION,
                "Too many items requested for the BatchGetItem call");
    }

    @Test
    void anEmptyRequestOrKeyListIsInvalid() {
        assertEngineError(() -> db.batchGetItem(new BatchGetItemRequest(Map.of())),
                ErrorCode.VALIDATION, "The requestItems parameter is required for BatchGetItem");
        assertEngineError(() -> db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(keys("a", 1)),
                "gg2", KeysAndAttributes.of(List.of()))), ErrorCode.VALIDATION,
                "1 validation error detected: Value at 'RequestItems.gg2.member.Keys' failed to "
                        + "satisfy constraint: Member must have length greater than or equal to 1");
    }

    @Test
    void repeatedKeysInOneTableAreDuplicates() {
        String duplicates = "Provided list of item keys contains duplicates";
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.of(List.of(key("a"), key("b"), key("a"))))),
                ErrorCode.VALIDATION, duplicates);
        Table numbers = db.createTable(TestTables.hashTable("nums", ScalarType.N));
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("nums",
                KeysAndAttributes.of(List.of(Key.of(AttributeValue.ofNumber("1")),
                        Key.of(AttributeValue.ofNumber("1.00")))))),
                ErrorCode.VALIDATION, duplicates);
        numbers.putItem(item("pk", 1L));
        BatchGetItemResult result = db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(List.of(key("a"))),
                "gg2", KeysAndAttributes.of(List.of(key("a")))));
        assertThat(result.responses()).containsOnlyKeys("ggg", "gg2");
    }

    @Test
    void validationComesBeforeTheTableLookup() {
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("nope",
                KeysAndAttributes.of(keys("a", 100)))), ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found");
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("nope",
                KeysAndAttributes.of(keys("a", 101)))), ErrorCode.VALIDATION,
                "1 validation error detected: Value at 'RequestItems.nope.member.Keys' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 100");
    }

    @Test
    void keysAreCheckedAgainstTheirTable() {
        assertEngineError(() -> db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(List.of(key("a"))),
                "gg2", KeysAndAttributes.of(List.of(Key.of(AttributeValue.ofNumber(1)))))),
                ErrorCode.KEY_MISMATCH, "The provided key element does not match the schema");
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.of(List.of(Key.of(AttributeValue.ofString("a"),
                        AttributeValue.ofString("extra")))))),
                ErrorCode.KEY_MISMATCH, "The provided key element does not match the schema");
        assertEngineError(() -> db.batchGetItem(BatchGetItemRequest.of("ggb",
                KeysAndAttributes.of(List.of(Key.of(AttributeValue.ofBinary(new byte[0])))))),
                ErrorCode.KEY_MISMATCH, "One or more parameter values are not valid. The "
                        + "AttributeValue for a key attribute cannot contain an empty binary "
                        + "value. Key: pk");
        assertThat(binary.describe().itemCount()).isZero();
    }

    @Test
    void responsesListEveryRequestedTableInRequestOrder() {
        hash.putItem(item("pk", "a", "v", 1L));
        other.putItem(item("pk", "b"));
        BatchGetItemResult result = db.batchGetItem(request(
                "gg2", KeysAndAttributes.of(List.of(key("zz"))),
                "ggg", KeysAndAttributes.consistent(List.of(key("a"), key("missing")))));
        assertThat(result.responses().keySet()).containsExactly("gg2", "ggg");
        assertThat(result.responses().get("gg2")).isEmpty();
        assertThat(result.responses().get("ggg")).containsExactly(item("pk", "a", "v", 1L));
        // Eventually consistent reads cost half; missing items cost as much as small ones.
        assertThat(result.consumedCapacity()).containsExactly(ConsumedCapacity.read("gg2", 0.5),
                ConsumedCapacity.read("ggg", 2));
    }

    /** ScyllaDB's test_multi_table_batch_get_items, run against DynamoDB: 5 and 1.5 units. */
    @Test
    void capacityIsRoundedUpPerItemAndReportedPerTable() {
        fill(hash, "s", 5, 100);
        fill(other, "e", 3, 100);
        fill(hash, "b", 1, 4097);
        BatchGetItemResult result = db.batchGetItem(request(
                "ggg", KeysAndAttributes.consistent(keys("s", 5)),
                "gg2", KeysAndAttributes.of(keys("e", 3))));
        assertThat(result.consumedCapacity()).containsExactly(ConsumedCapacity.read("ggg", 5),
                ConsumedCapacity.read("gg2", 1.5));
        // 4,097 bytes round up to 8 KB: 2 units; 1 when eventually consistent.
        assertThat(db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.consistent(keys("b", 1)))).consumedCapacity())
                .containsExactly(ConsumedCapacity.read("ggg", 2));
        assertThat(db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.of(keys("b", 1)))).consumedCapacity())
                .containsExactly(ConsumedCapacity.read("ggg", 1));
    }

    /**
     * The API reference's example: asking for 100 items of 300 KB returns 52 and leaves the rest
     * in UnprocessedKeys, with the request's consistency; asking again returns the rest.
     */
    @Test
    void aResponseStopsAt16MegabytesAndTheRestIsUnprocessed() {
        fill(hash, "k", 100, 300 * 1024);
        BatchGetItemResult first = db.batchGetItem(BatchGetItemRequest.of("ggg",
                KeysAndAttributes.consistent(keys("k", 100))));
        assertThat(first.responses().get("ggg")).hasSize(52);
        KeysAndAttributes left = first.unprocessedKeys().get("ggg");
        assertThat(left.keys()).isEqualTo(keys("k", 100).subList(52, 100));
        assertThat(left.consistentRead()).isTrue();
        // 307,200 bytes are 75 units of 4 KB; unprocessed keys are not charged.
        assertThat(first.consumedCapacity()).containsExactly(
                ConsumedCapacity.read("ggg", 52 * 75));

        BatchGetItemResult second = db.batchGetItem(
                new BatchGetItemRequest(first.unprocessedKeys()));
        assertThat(second.responses().get("ggg")).hasSize(48);
        assertThat(second.unprocessedKeys()).isEmpty();
    }

    @Test
    void exactly16MegabytesFitAndTheNextItemSpillsIntoTheNextTable() {
        // 40 items of 400,000 bytes are exactly 16,000,000 bytes.
        fill(hash, "a", 30, 400_000);
        fill(other, "b", 20, 400_000);
        BatchGetItemResult exact = db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(keys("a", 30)),
                "gg2", KeysAndAttributes.of(keys("b", 10))));
        assertThat(exact.unprocessedKeys()).isEmpty();
        assertThat(exact.responses().get("gg2")).hasSize(10);

        BatchGetItemResult over = db.batchGetItem(request(
                "ggg", KeysAndAttributes.of(keys("a", 30)),
                "gg2", KeysAndAttributes.consistent(keys("b", 20))));
        assertThat(over.responses().get("ggg")).hasSize(30);
        assertThat(over.responses().get("gg2")).hasSize(10);
        assertThat(over.unprocessedKeys()).containsOnlyKeys("gg2");
        assertThat(over.unprocessedKeys().get("gg2"))
                .isEqualTo(KeysAndAttributes.consistent(keys("b", 20).subList(10, 20)));
        // 400,000 bytes are 98 units of 4 KB: half each for ggg, whole for gg2.
        assertThat(over.consumedCapacity()).containsExactly(
                ConsumedCapacity.read("ggg", 30 * 49), ConsumedCapacity.read("gg2", 10 * 98));
    }
}
