package io.partidb.engine;

import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.scanAll;
import static io.partidb.engine.IndexTables.set;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes whose index key attribute has the wrong type, is empty or exceeds the index key size
 * limit are refused with DynamoDB's messages (nubo-db conformance, verified on AWS; the size
 * message as AWS returns it to PutItem) and change nothing: PutItem, UpdateItem,
 * BatchWriteItem and the simple writes.
 */
class IndexKeyValidationTest {
    private static final String MISMATCH_GK = "One or more parameter values were invalid: Type "
            + "mismatch for Index Key gk Expected: S Actual: N IndexName: gsi";
    private static final String PUT_EMPTY_GK = "One or more parameter values are not valid. A "
            + "value specified for a secondary index key is not supported. The AttributeValue "
            + "for a key attribute cannot contain an empty string value. IndexName: gsi, "
            + "IndexKey: gk";
    private static final String UPDATE_EMPTY = "One or more parameter values are not valid. The "
            + "update expression attempted to update a secondary index key to a value that is "
            + "not supported. The AttributeValue for a key attribute cannot contain an empty "
            + "string value.";

    private final Database db = Database.create("validation");
    private final Table table = db.createTable(composite("tbl",
            lsi("lsi", "lk", ScalarType.S, Projection.all()),
            gsi("gsi", "gk", ScalarType.S, "gs", ScalarType.N, Projection.all())));
    private final Item stored = item("pk", "p", "sk", "1", "gk", "g", "gs", 1L, "lk", "x");

    IndexKeyValidationTest() {
        table.putItem(stored);
    }

    private void assertUnchanged() {
        await(table, "gsi");
        assertThat(table.getItem(key("p", "1"))).contains(stored);
        assertThat(table.approximateItemCount()).isEqualTo(1);
        assertThat(scanAll(table, ScanRequest.all().withIndex("gsi"))).containsExactly(stored);
        assertThat(scanAll(table, ScanRequest.all().withIndex("lsi"))).containsExactly(stored);
    }

    @Test
    void putItemOfAWrongTypeIsRefused() {
        assertEngineError(() -> table.putItem(PutItemRequest.of(
                item("pk", "p", "sk", "1", "gk", 5L))), ErrorCode.KEY_MISMATCH, MISMATCH_GK);
        assertEngineError(() -> table.putItem(item("pk", "p", "sk", "1", "gs", "text")),
                ErrorCode.KEY_MISMATCH, "One or more parameter values were invalid: Type "
                        + "mismatch for Index Key gs Expected: N Actual: S IndexName: gsi");
        assertEngineError(() -> table.insertItem(item("pk", "p", "sk", "2", "lk",
                AttributeValue.ofList(List.of()))), ErrorCode.KEY_MISMATCH, "One or more "
                        + "parameter values were invalid: Type mismatch for Index Key lk "
                        + "Expected: S Actual: L IndexName: lsi");
        assertUnchanged();
    }

    @Test
    void aTransactionWithAWrongIndexKeyIsCancelledWhole() {
        TransactWriteItemsRequest request = TransactWriteItemsRequest.of(
                TransactWriteItem.put("tbl", item("pk", "q", "sk", "1", "gk", "fine")),
                TransactWriteItem.update("tbl", key("p", "1"), io.partidb.engine.expr
                        .UpdateExpression.of(io.partidb.engine.expr.UpdateAction.set(
                                io.partidb.engine.expr.DocumentPath.of("gk"),
                                AttributeValue.ofNumber(7)))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.transactWriteItems(request))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(
                        e.cancellationReasons()).extracting(r -> r.code().dynamoName())
                        .containsExactly("None", "ValidationError"));
        assertThat(table.getItem(key("q", "1"))).as("nothing written").isEmpty();
        assertUnchanged();
    }

    @Test
    void putItemOfAnEmptyKeyIsRefused() {
        assertEngineError(() -> table.putItem(PutItemRequest.of(
                item("pk", "p", "sk", "1", "gk", ""))), ErrorCode.KEY_MISMATCH, PUT_EMPTY_GK);
        assertUnchanged();
    }

    @Test
    void emptyBinaryKeysAreNamedAsBinary() {
        Table binary = db.createTable(composite("bin",
                gsi("gsib", "bidx", ScalarType.B, Projection.keysOnly())));
        assertEngineError(() -> binary.putItem(item("pk", "p", "sk", "1", "bidx",
                AttributeValue.ofBinary(new byte[0]))), ErrorCode.KEY_MISMATCH,
                "One or more parameter values are not valid. A value specified for a secondary "
                        + "index key is not supported. The AttributeValue for a key attribute "
                        + "cannot contain an empty binary value. IndexName: gsib, IndexKey: bidx");
        binary.putItem(item("pk", "p", "sk", "1"));
        assertEngineError(() -> set(binary, key("p", "1"), "bidx",
                AttributeValue.ofBinary(new byte[0])), ErrorCode.KEY_MISMATCH,
                UPDATE_EMPTY.replace("empty string value", "empty binary value"));
    }

    @Test
    void updateItemResultsAreChecked() {
        assertEngineError(() -> set(table, key("p", "1"), "gk", 5L), ErrorCode.KEY_MISMATCH,
                MISMATCH_GK);
        assertEngineError(() -> set(table, key("p", "1"), "gk", ""), ErrorCode.KEY_MISMATCH,
                UPDATE_EMPTY);
        // An update that creates the item gets the update message too.
        assertEngineError(() -> set(table, key("p", "new"), "lk", ""), ErrorCode.KEY_MISMATCH,
                UPDATE_EMPTY);
        assertUnchanged();
    }

    @Test
    void aBatchWithOneBadIndexKeyWritesNothing() {
        BatchWriteItemRequest batch = new BatchWriteItemRequest(Map.of("tbl", List.of(
                WriteRequest.put(item("pk", "q", "sk", "1", "gk", "fine")),
                WriteRequest.delete(key("p", "1")),
                WriteRequest.put(item("pk", "q", "sk", "2", "gk", 3L)))));
        assertEngineError(() -> db.batchWriteItem(batch), ErrorCode.KEY_MISMATCH,
                "One or more parameter values were invalid: Type mismatch for Index Key gk "
                        + "Expected: S Actual: N IndexName: gsi");
        assertUnchanged();
    }

    @Test
    void emptyValuesAreReportedBeforeMismatchesAndIndexesByName() {
        Table named = db.createTable(composite("named",
                lsi("b_lsi", "shared", ScalarType.S, Projection.keysOnly()),
                gsi("a_gsi", "shared", ScalarType.S, Projection.keysOnly()),
                gsi("c_gsi", "first", ScalarType.N, Projection.keysOnly())));
        assertEngineError(() -> named.putItem(item("pk", "p", "sk", "1", "shared", 1L)),
                ErrorCode.KEY_MISMATCH, "One or more parameter values were invalid: Type "
                        + "mismatch for Index Key shared Expected: S Actual: N IndexName: a_gsi");
        // c_gsi's mismatch comes first by index name order, but empty values come before any.
        assertEngineError(() -> named.putItem(item("pk", "p", "sk", "1", "first", "x",
                "shared", "")), ErrorCode.KEY_MISMATCH, "One or more parameter values are not "
                        + "valid. A value specified for a secondary index key is not supported. "
                        + "The AttributeValue for a key attribute cannot contain an empty string "
                        + "value. IndexName: a_gsi, IndexKey: shared");
        assertThat(named.approximateItemCount()).isZero();
    }

    @Test
    void tableKeysUsedByAnIndexGetTheTableKeyChecks() {
        Table byTableKey = db.createTable(composite("bysk",
                gsi("bysk", "sk", ScalarType.S, Projection.keysOnly())));
        assertEngineError(() -> byTableKey.putItem(item("pk", "p", "sk", 1L)),
                ErrorCode.KEY_MISMATCH, "One or more parameter values were invalid: Type "
                        + "mismatch for key sk expected: S actual: N");
    }

    private static String oversized(String attribute, int bytes, int max, String index) {
        return "One or more parameter values were invalid: Size limit exceeded for Index Key "
                + attribute + " Actual Size: " + bytes + " bytes Max Size: " + max
                + " bytes IndexName: " + index;
    }

    @Test
    void indexKeysBeyondTheirSizeLimitAreRefused() {
        String gk = "g".repeat(2049);
        assertEngineError(() -> table.putItem(item("pk", "p", "sk", "1", "gk", gk)),
                ErrorCode.KEY_MISMATCH, oversized("gk", 2049, 2048, "gsi"));
        // UTF-8 bytes count: 1,025 two-byte chars are 2,050 bytes
        assertEngineError(() -> table.putItem(item("pk", "p", "sk", "1",
                "gk", "\u00E9".repeat(1025))), ErrorCode.KEY_MISMATCH,
                oversized("gk", 2050, 2048, "gsi"));
        assertEngineError(() -> table.putItem(item("pk", "p", "sk", "1", "lk", "l".repeat(1025))),
                ErrorCode.KEY_MISMATCH, oversized("lk", 1025, 1024, "lsi"));
        assertEngineError(() -> set(table, key("p", "1"), "gk", gk), ErrorCode.KEY_MISMATCH,
                oversized("gk", 2049, 2048, "gsi"));
        assertEngineError(() -> db.batchWriteItem(new BatchWriteItemRequest(Map.of("tbl",
                List.of(WriteRequest.put(item("pk", "q", "sk", "1", "gk", "fine")),
                        WriteRequest.put(item("pk", "q", "sk", "2", "lk", "l".repeat(1025))))))),
                ErrorCode.KEY_MISMATCH, oversized("lk", 1025, 1024, "lsi"));
        assertUnchanged();

        Item atTheLimits = item("pk", "p", "sk", "2", "gk", "g".repeat(2048), "gs", 1L,
                "lk", "l".repeat(1024));
        table.putItem(atTheLimits);
        await(table, "gsi");
        assertThat(scanAll(table, ScanRequest.all().withIndex("gsi"))).contains(atTheLimits);
    }

    @Test
    void binaryIndexSortKeysOverTheirLimitAreRefused() {
        Table binary = db.createTable(composite("bsort",
                gsi("bgsi", "g", ScalarType.S, "b", ScalarType.B, Projection.keysOnly())));
        assertEngineError(() -> binary.putItem(item("pk", "p", "sk", "1", "g", "x", "b",
                AttributeValue.ofBinary(new byte[1025]))), ErrorCode.KEY_MISMATCH,
                oversized("b", 1025, 1024, "bgsi"));
        binary.putItem(item("pk", "p", "sk", "1", "g", "x", "b",
                AttributeValue.ofBinary(new byte[1024])));
        assertThat(binary.approximateItemCount()).isOne();
    }

    @Test
    void aTablePartitionKeyAsAnIndexSortKeyMeetsTheSortKeyLimitWhenIndexed() {
        Table swapped = db.createTable(composite("swapped",
                gsi("bypk", "other", ScalarType.S, "pk", ScalarType.S, Projection.keysOnly())));
        String longKey = "k".repeat(1025);
        assertEngineError(() -> swapped.putItem(item("pk", longKey, "sk", "1", "other", "o")),
                ErrorCode.KEY_MISMATCH, oversized("pk", 1025, 1024, "bypk"));
        // without the index partition key the item is not in the index: the table's 2048 count
        swapped.putItem(item("pk", longKey, "sk", "1"));
        assertEngineError(() -> set(swapped, key(longKey, "1"), "other", "o"),
                ErrorCode.KEY_MISMATCH, oversized("pk", 1025, 1024, "bypk"));
        assertThat(swapped.getItem(key(longKey, "1"))).contains(item("pk", longKey, "sk", "1"));
    }

    @Test
    void itemsStoredBeforeAnIndexWithOversizedKeysAreLeftOutOfIt() {
        Table later = db.createTable(composite("later"));
        Item fits = item("pk", "p", "sk", "1", "gk", "g");
        Item tooLong = item("pk", "p", "sk", "2", "gk", "g".repeat(2049));
        later.putItem(fits);
        later.putItem(tooLong);
        db.createGlobalIndex("later", gsi("late", "gk", ScalarType.S, Projection.all()));
        await(later, "late");
        assertThat(scanAll(later, ScanRequest.all().withIndex("late"))).containsExactly(fits);
        // an update that leaves the oversized key alone is not refused
        set(later, key("p", "2"), "other", 1L);
        assertThat(later.getItem(key("p", "2"))).isPresent();
    }
}
