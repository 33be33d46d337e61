package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** DescribeTable's numbers, kept by every write, and DeleteTable's answer. */
class TableDescriptionTest {
    private static final Instant START = Instant.parse("2026-02-02T10:00:00Z");

    private final TestClock clock = TestClock.at(START);
    private final Database db = Database.create("describe", ChangeLogPolicy.defaults(), clock);

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static long scannedBytes(Table table) {
        long bytes = 0;
        for (Iterator<Item> it = table.scan(0, 1, item -> true); it.hasNext(); ) {
            bytes += it.next().sizeInBytes();
        }
        return bytes;
    }

    @Test
    void aNewTableIsActiveAndEmpty() {
        Table table = db.createTable(TestTables.hashTable("fresh", ScalarType.S));
        clock.advance(Duration.ofMinutes(3));
        TableDescription description = table.describe();
        assertThat(description.definition()).isEqualTo(table.definition());
        assertThat(description.tableName()).isEqualTo("fresh");
        assertThat(description.status()).isEqualTo(TableStatus.ACTIVE);
        assertThat(description.itemCount()).isZero();
        assertThat(description.sizeInBytes()).isZero();
        assertThat(description.creationTime()).isEqualTo(START);
        assertThat(db.describeTable("fresh")).isEqualTo(description);
    }

    @Test
    void countAndSizeFollowPutsOverwritesAndDeletes() {
        Table table = db.createTable(TestTables.hashTable("numbers", ScalarType.S));
        Item a = item("pk", "a", "v", "x");
        Item b = item("pk", "b", "n", 12345L);
        table.putItem(a);
        table.putItem(b);
        // pk='a' (3) + v='x' (2) = 5; pk='b' (3) + n=12345 (1 + 4 = 5) = 8.
        assertThat(a.sizeInBytes()).isEqualTo(5);
        assertThat(b.sizeInBytes()).isEqualTo(8);
        assertThat(table.describe().itemCount()).isEqualTo(2);
        assertThat(table.describe().sizeInBytes()).isEqualTo(13);

        Item bigger = item("pk", "a", "v", "x".repeat(100));
        table.putItem(bigger);
        assertThat(table.describe().itemCount()).isEqualTo(2);
        assertThat(table.describe().sizeInBytes()).isEqualTo(bigger.sizeInBytes() + 8);

        table.putItem(item("pk", "b", "n", 12345L));
        assertThat(table.describe().sizeInBytes()).isEqualTo(bigger.sizeInBytes() + 8);

        table.deleteItem(key("b"));
        table.deleteItem(key("missing"));
        assertThat(table.describe().itemCount()).isEqualTo(1);
        assertThat(table.describe().sizeInBytes()).isEqualTo(bigger.sizeInBytes());

        table.deleteItem(key("a"));
        assertThat(table.describe().itemCount()).isZero();
        assertThat(table.describe().sizeInBytes()).isZero();
    }

    @Test
    void countAndSizeMatchTheItemsInItemCollections() {
        Table table = db.createTable(TestTables.compositeTable("collections", ScalarType.S,
                ScalarType.N));
        for (int p = 0; p < 5; p++) {
            for (int s = 0; s < 7; s++) {
                table.putItem(item("pk", "p" + p, "sk", (long) s, "pad", "y".repeat(p * s)));
            }
        }
        for (int s = 0; s < 7; s++) {
            table.deleteItem(Key.of(AttributeValue.ofString("p2"), AttributeValue.ofNumber(s)));
        }
        table.insertItem(item("pk", "p9", "sk", 1L));
        TableDescription description = table.describe();
        assertThat(description.itemCount()).isEqualTo(29);
        assertThat(description.sizeInBytes()).isEqualTo(scannedBytes(table));
    }

    @Test
    void batchWritesKeepTheNumbersToo() {
        Table table = db.createTable(TestTables.hashTable("batched", ScalarType.S));
        table.putItem(item("pk", "old", "v", "x".repeat(50)));
        db.batchWriteItem(BatchWriteItemRequest.of("batched", List.of(
                WriteRequest.put(item("pk", "new")),
                WriteRequest.put(item("pk", "old")),
                WriteRequest.delete(key("none")))));
        assertThat(table.describe().itemCount()).isEqualTo(2);
        assertThat(table.describe().sizeInBytes())
                .isEqualTo(scannedBytes(table))
                .isEqualTo(item("pk", "new").sizeInBytes() + item("pk", "old").sizeInBytes());
    }

    @Test
    void dropReturnsTheDescriptionAsDeletingAndDiscardsTheTableWhole() {
        Table table = db.createTable(TestTables.hashTable("doomed", ScalarType.S));
        for (int i = 0; i < 100; i++) {
            table.putItem(item("pk", "k" + i));
        }
        long bytes = table.describe().sizeInBytes();
        long logEnd = table.changeLog().nextSequence();

        TableDescription dropped = db.dropTable("doomed");
        assertThat(dropped.status()).isEqualTo(TableStatus.DELETING);
        assertThat(dropped.itemCount()).isEqualTo(100);
        assertThat(dropped.sizeInBytes()).isEqualTo(bytes);
        assertThat(dropped.creationTime()).isEqualTo(START);
        // Not item by item: no REMOVE record was appended for the discarded items.
        assertThat(table.changeLog().nextSequence()).isEqualTo(logEnd);

        assertEngineError(table::describe, ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: doomed not found");
        assertEngineError(() -> db.describeTable("doomed"), ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: doomed not found");
        assertEngineError(() -> db.dropTable("doomed"), ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: doomed not found");
    }

    @Test
    void describeReflectsCatalogChanges() {
        db.createTable(TestTables.hashTable("options", ScalarType.S));
        db.updateOptions("options",
                db.table("options").definition().options().withProvisioned(5, 7));
        assertThat(db.describeTable("options").definition().options().readCapacity())
                .isEqualTo(5L);
    }
}
