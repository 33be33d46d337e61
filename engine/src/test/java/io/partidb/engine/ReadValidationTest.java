package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.KeyHash;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Every Query and Scan validation error, with DynamoDB's message, raised before reading. */
class ReadValidationTest {
    private static final String TYPE_MISMATCH = "One or more parameter values were invalid: "
            + "Condition parameter type does not match schema type";
    private static final String INVALID = "The provided starting key is invalid";
    private static final String SCHEMA = "The provided key element does not match the schema";

    private final Database db = Database.create("validation");
    private final Table composite = db.createTable(
            TestTables.compositeTable("composite", ScalarType.S, ScalarType.N));
    private final Table hash = db.createTable(TestTables.hashTable("hash", ScalarType.S));

    private static AttributeValue s(String text) {
        return AttributeValue.ofString(text);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    private static QueryRequest query(String pk) {
        return QueryRequest.of(s(pk));
    }

    @Test
    void limitMustBeAtLeastOne() {
        assertEngineError(() -> composite.query(query("p").withLimit(0)), ErrorCode.VALIDATION,
                "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
        assertEngineError(() -> hash.scan(ScanRequest.all().withLimit(-5)), ErrorCode.VALIDATION,
                "1 validation error detected: Value '-5' at 'limit' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1");
        assertThat(composite.query(query("p").withLimit(1)).items()).isEmpty();
    }

    @Test
    void segmentsAreCheckedAsForTheScanIterator() {
        assertEngineError(() -> hash.scan(ScanRequest.segment(0, 0)), ErrorCode.VALIDATION,
                "1 validation error detected: Value '0' at 'totalSegments' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1");
        assertEngineError(() -> hash.scan(ScanRequest.segment(0, 1_000_001)),
                ErrorCode.VALIDATION, "1 validation error detected: Value '1000001' at "
                        + "'totalSegments' failed to satisfy constraint: Member must have value "
                        + "less than or equal to 1000000");
        assertEngineError(() -> hash.scan(ScanRequest.segment(-1, 4)), ErrorCode.VALIDATION,
                "1 validation error detected: Value '-1' at 'segment' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 0");
        assertEngineError(() -> hash.scan(ScanRequest.segment(5, 5)), ErrorCode.VALIDATION,
                "The Segment parameter is zero-based and must be less than parameter "
                        + "TotalSegments: Segment: 5 is not less than TotalSegments: 5");
    }

    @Test
    void queryNeedsThePartitionKeyValue() {
        assertEngineError(() -> composite.query(QueryRequest.of(null)), ErrorCode.VALIDATION,
                "Query condition missed key schema element: pk");
    }

    @Test
    void aSortKeyConditionNeedsASortKey() {
        assertEngineError(() -> hash.query(query("p")
                        .withSortKeyCondition(SortKeyCondition.eq(s("x")))),
                ErrorCode.VALIDATION, "Query key condition not supported");
    }

    @Test
    void keyValuesMustHaveTheSchemaTypes() {
        assertEngineError(() -> composite.query(QueryRequest.of(n(1))), ErrorCode.KEY_MISMATCH,
                TYPE_MISMATCH);
        assertEngineError(() -> composite.query(query("p")
                .withSortKeyCondition(SortKeyCondition.lt(s("1")))), ErrorCode.KEY_MISMATCH,
                TYPE_MISMATCH);
        assertEngineError(() -> composite.query(query("p")
                .withSortKeyCondition(SortKeyCondition.between(n(1), s("2")))),
                ErrorCode.KEY_MISMATCH, TYPE_MISMATCH);
        // begins_with with an S operand is well formed, but this sort key is a number.
        assertEngineError(() -> composite.query(query("p")
                .withSortKeyCondition(SortKeyCondition.beginsWith(s("1")))),
                ErrorCode.KEY_MISMATCH, TYPE_MISMATCH);
    }

    @Test
    void beginsWithTakesOnlyStringsAndBinaries() {
        assertEngineError(() -> composite.query(query("p")
                .withSortKeyCondition(SortKeyCondition.beginsWith(n(1)))), ErrorCode.VALIDATION,
                "Invalid KeyConditionExpression: Incorrect operand type for operator or "
                        + "function; operator or function: begins_with, operand type: N");
        assertEngineError(() -> composite.query(query("p").withSortKeyCondition(
                        SortKeyCondition.beginsWith(AttributeValue.ofBoolean(true)))),
                ErrorCode.VALIDATION, "Invalid KeyConditionExpression: Incorrect operand type "
                        + "for operator or function; operator or function: begins_with, operand "
                        + "type: BOOL");
    }

    @Test
    void betweenBoundsMustBeInOrder() {
        assertEngineError(() -> composite.query(query("p")
                        .withSortKeyCondition(SortKeyCondition.between(n(200), n(100)))),
                ErrorCode.VALIDATION, "Invalid KeyConditionExpression: The BETWEEN operator "
                        + "requires upper bound to be greater than or equal to lower bound; lower "
                        + "bound operand: AttributeValue: {N:200}, upper bound operand: "
                        + "AttributeValue: {N:100}");
        Table strings = db.createTable(TestTables.compositeTable("strings", ScalarType.S,
                ScalarType.S));
        assertEngineError(() -> strings.query(query("p")
                        .withSortKeyCondition(SortKeyCondition.between(s("b"), s("a")))),
                ErrorCode.VALIDATION, "Invalid KeyConditionExpression: The BETWEEN operator "
                        + "requires upper bound to be greater than or equal to lower bound; lower "
                        + "bound operand: AttributeValue: {S:b}, upper bound operand: "
                        + "AttributeValue: {S:a}");
        Table binaries = db.createTable(TestTables.compositeTable("binaries", ScalarType.S,
                ScalarType.B));
        assertEngineError(() -> binaries.query(query("p").withSortKeyCondition(
                        SortKeyCondition.between(AttributeValue.ofBinary(new byte[] {0x7a}),
                                AttributeValue.ofBinary(new byte[] {0x61})))),
                ErrorCode.VALIDATION, "Invalid KeyConditionExpression: The BETWEEN operator "
                        + "requires upper bound to be greater than or equal to lower bound; lower "
                        + "bound operand: AttributeValue: {B:eg==}, upper bound operand: "
                        + "AttributeValue: {B:YQ==}");
        assertThat(strings.query(query("p")
                .withSortKeyCondition(SortKeyCondition.between(s("a"), s("a")))).items())
                .isEmpty();
    }

    @Test
    void thePartitionKeyValueMustNotBeEmpty() {
        assertEngineError(() -> composite.query(query("")), ErrorCode.KEY_MISMATCH,
                "One or more parameter values are not valid. The AttributeValue for a key "
                        + "attribute cannot contain an empty string value. Key: pk");
    }

    @Test
    void queryStartKeysMustHaveTheTableKeyShape() {
        assertEngineError(() -> composite.query(query("p")
                .withExclusiveStartKey(Key.of(s("p")))), ErrorCode.VALIDATION, INVALID);
        assertEngineError(() -> hash.query(query("p")
                .withExclusiveStartKey(Key.of(s("p"), n(1)))), ErrorCode.VALIDATION, INVALID);
        assertEngineError(() -> composite.query(query("p")
                        .withExclusiveStartKey(Key.of(s("p"), s("1")))), ErrorCode.VALIDATION,
                INVALID + ": " + SCHEMA);
        assertEngineError(() -> hash.query(query("p")
                        .withExclusiveStartKey(Key.of(n(1)))), ErrorCode.VALIDATION,
                INVALID + ": " + SCHEMA);
        Table strings = db.createTable(TestTables.compositeTable("emptySort", ScalarType.S,
                ScalarType.S));
        assertEngineError(() -> strings.query(query("p")
                        .withExclusiveStartKey(Key.of(s("p"), s("")))), ErrorCode.VALIDATION,
                INVALID + ": One or more parameter values are not valid. The AttributeValue for "
                        + "a key attribute cannot contain an empty string value. Key: sk");
    }

    @Test
    void queryStartKeysMustLieInsideTheQuery() {
        assertEngineError(() -> composite.query(query("p")
                        .withExclusiveStartKey(Key.of(s("q"), n(1)))), ErrorCode.VALIDATION,
                "The provided starting key is outside query boundaries based on provided "
                        + "conditions");
        assertEngineError(() -> composite.query(query("p")
                        .withSortKeyCondition(SortKeyCondition.gt(n(5)))
                        .withExclusiveStartKey(Key.of(s("p"), n(5)))), ErrorCode.VALIDATION,
                "The provided starting key does not match the range key predicate");
        assertEngineError(() -> composite.query(query("p")
                        .withSortKeyCondition(SortKeyCondition.gt(n(5)))
                        .withExclusiveStartKey(Key.of(s("q"), n(6)))), ErrorCode.VALIDATION,
                "The query can return at most one row and cannot be restarted");
        assertEngineError(() -> hash.query(query("p")
                        .withExclusiveStartKey(Key.of(s("q")))), ErrorCode.VALIDATION,
                "The provided starting key is outside query boundaries based on provided "
                        + "conditions");
        assertThat(composite.query(query("p").withSortKeyCondition(SortKeyCondition.gt(n(5)))
                .withExclusiveStartKey(Key.of(s("p"), n(6)))).items()).isEmpty();
    }

    @Test
    void scanStartKeysMustHaveTheTableKeyShape() {
        assertEngineError(() -> composite.scan(ScanRequest.all()
                        .withExclusiveStartKey(Key.of(s("p")))), ErrorCode.VALIDATION,
                INVALID + ": " + SCHEMA);
        assertEngineError(() -> hash.scan(ScanRequest.all()
                        .withExclusiveStartKey(Key.of(s("p"), n(1)))), ErrorCode.VALIDATION,
                INVALID + ": " + SCHEMA);
        assertEngineError(() -> hash.scan(ScanRequest.all()
                        .withExclusiveStartKey(Key.of(n(1)))), ErrorCode.VALIDATION,
                INVALID + ": " + SCHEMA);
        assertEngineError(() -> hash.scan(ScanRequest.all()
                        .withExclusiveStartKey(Key.of(s("x".repeat(2049))))),
                ErrorCode.VALIDATION, INVALID + ": One or more parameter values were invalid: "
                        + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
    }

    @Test
    void aParallelScanStartKeyMustLieInItsSegment() {
        AttributeValue pk = s("somewhere");
        int total = 8;
        int home = -1;
        for (int segment = 0; segment < total; segment++) {
            if (HashRange.segment(segment, total).contains(KeyHash.of(pk))) {
                home = segment;
            }
        }
        int other = (home + 1) % total;
        assertEngineError(() -> hash.scan(ScanRequest.segment(other, total)
                        .withExclusiveStartKey(Key.of(pk))), ErrorCode.VALIDATION,
                INVALID + ": Invalid ExclusiveStartKey. Please use ExclusiveStartKey with "
                        + "correct Segment. TotalSegments: 8 Segment: " + other);
        assertThat(hash.scan(ScanRequest.segment(home, total).withExclusiveStartKey(Key.of(pk)))
                .items()).isEmpty();
    }

    @Test
    void droppedTablesAndTheOrderOfChecks() {
        Table doomed = db.createTable(TestTables.hashTable("doomed", ScalarType.S));
        doomed.putItem(item("pk", "a"));
        db.dropTable("doomed");
        String notFound = "Requested resource not found: Table: doomed not found";
        assertEngineError(() -> doomed.query(query("a")), ErrorCode.RESOURCE_NOT_FOUND,
                notFound);
        assertEngineError(() -> doomed.scan(ScanRequest.all()), ErrorCode.RESOURCE_NOT_FOUND,
                notFound);
        // Request parameters are checked before the table is looked at, as DynamoDB does.
        assertEngineError(() -> doomed.query(query("a").withLimit(0)), ErrorCode.VALIDATION);
        // Expression problems come before key schema problems.
        assertEngineError(() -> composite.query(QueryRequest.of(n(1))
                        .withSortKeyCondition(SortKeyCondition.beginsWith(n(1)))),
                ErrorCode.VALIDATION, "Invalid KeyConditionExpression: Incorrect operand type "
                        + "for operator or function; operator or function: begins_with, operand "
                        + "type: N");
    }
}
