package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.DynamoJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single-item operations, item collection order, the size limit and dropped tables. */
class TableTest {
    private static final Predicate<Item> ALL = null;

    private final Database db = Database.create("test");

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    @Test
    void putGetDelete() {
        Table table = db.createTable(TestTables.hashTable("items", ScalarType.S));
        Item first = item("pk", "a", "v", 1L);
        table.putItem(first);
        assertThat(table.getItem(key("a"))).contains(first);
        assertThat(table.getItem(key("b"))).isEmpty();

        Item second = item("pk", "a", "v", 2L, "w", "x");
        table.putItem(second);
        assertThat(table.getItem(key("a"))).contains(second);
        assertThat(table.approximateItemCount()).isEqualTo(1);

        assertThat(table.deleteItem(key("a"))).contains(second);
        assertThat(table.deleteItem(key("a"))).isEmpty();
        assertThat(table.getItem(key("a"))).isEmpty();
        assertThat(table.approximateItemCount()).isZero();
    }

    @Test
    void insertItemFailsOnAnExistingKeyAndKeepsTheOldItem() {
        Table table = db.createTable(TestTables.hashTable("inserts", ScalarType.S));
        Item original = item("pk", "a", "v", "original");
        table.insertItem(original);
        assertEngineError(() -> table.insertItem(item("pk", "a", "v", "second")),
                ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
        assertThat(table.getItem(key("a"))).contains(original);
        assertThat(table.approximateItemCount()).isEqualTo(1);
        table.deleteItem(key("a"));
        table.insertItem(item("pk", "a", "v", "third"));
        assertThat(table.getItem(key("a")).orElseThrow().get("v"))
                .isEqualTo(AttributeValue.ofString("third"));
    }

    @Test
    void itemsOfOneCollectionShareTheirPartitionKeyValue() {
        Table table = db.createTable(
                TestTables.compositeTable("shared", ScalarType.S, ScalarType.N));
        table.insertItem(item("pk", "c1", "sk", 1L, "v", "x"));
        table.putItem(item("pk", "c1", "sk", 2L, "v", "y"));
        table.insertItem(item("pk", "c2", "sk", 1L));
        AttributeValue c1 = AttributeValue.ofString("c1");
        AttributeValue first = table.getItem(Key.of(c1, AttributeValue.ofNumber(1)))
                .orElseThrow().get("pk");
        Item second = table.getItem(Key.of(c1, AttributeValue.ofNumber(2))).orElseThrow();
        assertThat(second.get("pk")).isSameAs(first).isEqualTo(c1);
        assertThat(second).isEqualTo(item("pk", "c1", "sk", 2L, "v", "y"));
        assertThat(table.getItem(Key.of(AttributeValue.ofString("c2"), AttributeValue.ofNumber(1)))
                .orElseThrow().get("pk")).isNotSameAs(first);
    }

    @Test
    void compositeTableKeepsItemsPerSortKey() {
        Table table = db.createTable(
                TestTables.compositeTable("orders", ScalarType.S, ScalarType.N));
        table.putItem(item("pk", "c1", "sk", 1L, "v", "x"));
        table.putItem(item("pk", "c1", "sk", 2L, "v", "y"));
        table.insertItem(item("pk", "c2", "sk", 1L));
        assertEngineError(() -> table.insertItem(item("pk", "c1", "sk", 2L)),
                ErrorCode.CONDITIONAL_CHECK_FAILED, "The conditional request failed");
        assertThat(table.approximateItemCount()).isEqualTo(3);
        Key c1two = Key.of(AttributeValue.ofString("c1"), AttributeValue.ofNumber("2.0"));
        assertThat(table.getItem(c1two).orElseThrow().get("v"))
                .isEqualTo(AttributeValue.ofString("y"));
        assertThat(table.deleteItem(c1two)).isPresent();
        assertThat(table.deleteItem(Key.of(AttributeValue.ofString("c1"),
                AttributeValue.ofNumber(1)))).isPresent();
        assertThat(table.getItem(Key.of(AttributeValue.ofString("c1"),
                AttributeValue.ofNumber(1)))).isEmpty();
        assertThat(table.approximateItemCount()).isEqualTo(1);
        table.putItem(item("pk", "c1", "sk", 3L));
        assertThat(table.getItem(Key.of(AttributeValue.ofString("c1"),
                AttributeValue.ofNumber(3)))).isPresent();
    }

    @Test
    void itemCollectionsAreSortedByNumericSortKey() {
        Table table = db.createTable(
                TestTables.compositeTable("nsort", ScalarType.S, ScalarType.N));
        for (String sk : List.of("10", "-1", "2.5", "100", "-20.5", "0")) {
            table.putItem(item("pk", "p", "sk", AttributeValue.ofNumber(sk)));
        }
        assertThat(sortKeys(table)).containsExactly("-20.5", "-1", "0", "2.5", "10", "100");
    }

    @Test
    void itemCollectionsAreSortedByUtf8SortKey() {
        Table table = db.createTable(
                TestTables.compositeTable("ssort", ScalarType.S, ScalarType.S));
        for (String sk : List.of("\uD800\uDC00", "\uFFFF", "a", "A", "\u00BF", "ab")) {
            table.putItem(item("pk", "p", "sk", sk));
        }
        assertThat(sortKeys(table))
                .containsExactly("'A'", "'a'", "'ab'", "'\u00BF'", "'\uFFFF'", "'\uD800\uDC00'");
    }

    @Test
    void itemCollectionsAreSortedByUnsignedBinarySortKey() {
        Table table = db.createTable(
                TestTables.compositeTable("bsort", ScalarType.N, ScalarType.B));
        for (int b : new int[] {0xFF, 0x00, 0x80, 0x7F}) {
            table.putItem(item("pk", 1L, "sk", AttributeValue.ofBinary(new byte[] {(byte) b})));
        }
        assertThat(sortKeys(table)).containsExactly("X'00'", "X'7F'", "X'80'", "X'FF'");
    }

    private static List<String> sortKeys(Table table) {
        List<String> keys = new ArrayList<>();
        table.scan(ALL).forEachRemaining(i -> keys.add(i.get("sk").toString()));
        return keys;
    }

    @Test
    void itemSizeLimitIsExactAndAFailedPutChangesNothing() {
        Table table = db.createTable(TestTables.hashTable("sizes", ScalarType.S));
        // "pk" + "k" = 3 bytes, "p" = 1 byte, so the padding brings the item to 409,600 bytes.
        Item atLimit = item("pk", "k", "p", "x".repeat(409_600 - 4));
        assertThat(atLimit.sizeInBytes()).isEqualTo(409_600);
        table.putItem(atLimit);
        assertThat(table.getItem(key("k"))).contains(atLimit);

        Item overLimit = item("pk", "k", "p", "y".repeat(409_600 - 3));
        assertThat(overLimit.sizeInBytes()).isEqualTo(409_601);
        assertEngineError(() -> table.putItem(overLimit), ErrorCode.ITEM_TOO_LARGE,
                "Item size has exceeded the maximum allowed size");
        assertEngineError(() -> table.insertItem(item("pk", "new", "p", "y".repeat(409_600))),
                ErrorCode.ITEM_TOO_LARGE, "Item size has exceeded the maximum allowed size");
        assertThat(table.getItem(key("k"))).contains(atLimit);
        assertThat(table.getItem(key("new"))).isEmpty();
        assertThat(table.approximateItemCount()).isEqualTo(1);
    }

    @Test
    void invalidItemsChangeNothing() {
        Table table = db.createTable(TestTables.hashTable("invalid", ScalarType.S));
        table.putItem(item("pk", "a", "v", 1L));
        assertEngineError(() -> table.putItem(item("pk", 1L)), ErrorCode.KEY_MISMATCH);
        assertEngineError(() -> table.putItem(item("v", 1L)), ErrorCode.KEY_MISMATCH);
        assertThat(table.approximateItemCount()).isEqualTo(1);
        assertThat(table.getItem(key("a"))).contains(item("pk", "a", "v", 1L));
    }

    @Test
    void storesItemsReadFromDynamoJson() {
        Table table = db.createTable(TestTables.hashTable("json", ScalarType.S));
        Item item = DynamoJson.readItem("{\"pk\":{\"S\":\"j\"},\"tags\":{\"SS\":[\"a\",\"b\"]}}");
        table.putItem(item);
        assertThat(DynamoJson.writeItem(table.getItem(key("j")).orElseThrow()))
                .isEqualTo("{\"pk\":{\"S\":\"j\"},\"tags\":{\"SS\":[\"a\",\"b\"]}}");
    }

    @Test
    void droppedTableHandlesFailAndARecreatedTableIsEmpty() {
        Table old = db.createTable(TestTables.hashTable("dropme", ScalarType.S));
        old.putItem(item("pk", "a"));
        db.dropTable("dropme");
        String notFound = "Requested resource not found: Table: dropme not found";
        assertEngineError(() -> old.getItem(key("a")), ErrorCode.RESOURCE_NOT_FOUND, notFound);
        assertEngineError(() -> old.putItem(item("pk", "b")), ErrorCode.RESOURCE_NOT_FOUND,
                notFound);
        assertEngineError(() -> old.scan(ALL), ErrorCode.RESOURCE_NOT_FOUND, notFound);
        assertEngineError(() -> db.table("dropme"), ErrorCode.RESOURCE_NOT_FOUND, notFound);

        Table again = db.createTable(TestTables.hashTable("dropme", ScalarType.S));
        assertThat(again.getItem(key("a"))).isEmpty();
        assertThat(db.table("dropme")).isSameAs(again);
        assertEngineError(() -> old.approximateItemCount(), ErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void scanIteratorFollowsTheIteratorContract() {
        Table table = db.createTable(TestTables.hashTable("iter", ScalarType.S));
        table.putItem(item("pk", "only"));
        Iterator<Item> scan = table.scan(ALL);
        assertThat(scan.hasNext()).isTrue();
        assertThat(scan.hasNext()).isTrue();
        assertThat(scan.next().get("pk")).isEqualTo(AttributeValue.ofString("only"));
        assertThat(scan.hasNext()).isFalse();
        assertThatThrownBy(scan::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void scanAppliesTheFilter() {
        Table table = db.createTable(TestTables.hashTable("filtered", ScalarType.S));
        for (int i = 0; i < 100; i++) {
            table.putItem(item("pk", "k" + i, "n", (long) i));
        }
        List<Item> even = new ArrayList<>();
        table.scan(i -> ((AttributeValue.N) i.get("n")).value().intValue() % 2 == 0)
                .forEachRemaining(even::add);
        assertThat(even).hasSize(50)
                .allSatisfy(i -> assertThat(((AttributeValue.N) i.get("n")).value().intValue() % 2)
                        .isZero());
    }
}
