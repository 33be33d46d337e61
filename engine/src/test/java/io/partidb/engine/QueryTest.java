package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.Select;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Query: sort key conditions on S, N and B keys, direction, Limit, filters and COUNT. */
class QueryTest {
    private static final AttributeValue P = AttributeValue.ofString("p");

    private final Database db = Database.create("query");

    private static AttributeValue s(String text) {
        return AttributeValue.ofString(text);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    private static AttributeValue b(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return AttributeValue.ofBinary(out);
    }

    private static List<AttributeValue> sortKeys(Page page) {
        List<AttributeValue> keys = new ArrayList<>();
        for (Item item : page.items()) {
            keys.add(item.get("sk"));
        }
        return keys;
    }

    private Table tableWith(String name, ScalarType sortType, AttributeValue... sortKeys) {
        Table table = db.createTable(TestTables.compositeTable(name, ScalarType.S, sortType));
        for (AttributeValue sortKey : sortKeys) {
            table.putItem(item("pk", P, "sk", sortKey));
            // Neighbouring partitions must never leak into the query.
            table.putItem(item("pk", "o", "sk", sortKey));
        }
        return table;
    }

    private static List<AttributeValue> query(Table table, SortKeyCondition condition) {
        Page page = table.query(QueryRequest.of(P).withSortKeyCondition(condition));
        assertThat(page.lastEvaluatedKey()).isNull();
        assertThat(page.count()).isEqualTo(page.items().size());
        assertThat(page.scannedCount()).isEqualTo(page.count());
        return sortKeys(page);
    }

    @Test
    void everyOperatorOnStringSortKeys() {
        Table table = tableWith("strings", ScalarType.S, s("a"), s("ab"), s("abc"), s("b"),
                s("ba"), s("c"));
        assertThat(query(table, null)).containsExactly(s("a"), s("ab"), s("abc"), s("b"),
                s("ba"), s("c"));
        assertThat(query(table, SortKeyCondition.eq(s("ab")))).containsExactly(s("ab"));
        assertThat(query(table, SortKeyCondition.eq(s("zz")))).isEmpty();
        assertThat(query(table, SortKeyCondition.lt(s("b")))).containsExactly(s("a"), s("ab"),
                s("abc"));
        assertThat(query(table, SortKeyCondition.le(s("b")))).containsExactly(s("a"), s("ab"),
                s("abc"), s("b"));
        assertThat(query(table, SortKeyCondition.gt(s("b")))).containsExactly(s("ba"), s("c"));
        assertThat(query(table, SortKeyCondition.ge(s("b")))).containsExactly(s("b"), s("ba"),
                s("c"));
        assertThat(query(table, SortKeyCondition.between(s("ab"), s("b"))))
                .containsExactly(s("ab"), s("abc"), s("b"));
        assertThat(query(table, SortKeyCondition.between(s("b"), s("b"))))
                .containsExactly(s("b"));
        assertThat(query(table, SortKeyCondition.beginsWith(s("ab")))).containsExactly(s("ab"),
                s("abc"));
        assertThat(query(table, SortKeyCondition.beginsWith(s("b")))).containsExactly(s("b"),
                s("ba"));
        assertThat(query(table, SortKeyCondition.beginsWith(s("d")))).isEmpty();
    }

    @Test
    void everyOperatorOnNumberSortKeys() {
        Table table = tableWith("numbers", ScalarType.N, n(-10), AttributeValue.ofNumber("-1.5"),
                n(0), AttributeValue.ofNumber("0.25"), n(2), n(10), n(100));
        assertThat(query(table, null)).containsExactly(n(-10), AttributeValue.ofNumber("-1.5"),
                n(0), AttributeValue.ofNumber("0.25"), n(2), n(10), n(100));
        assertThat(query(table, SortKeyCondition.eq(AttributeValue.ofNumber("1E1"))))
                .containsExactly(n(10));
        assertThat(query(table, SortKeyCondition.lt(n(0)))).containsExactly(n(-10),
                AttributeValue.ofNumber("-1.5"));
        assertThat(query(table, SortKeyCondition.le(n(0)))).containsExactly(n(-10),
                AttributeValue.ofNumber("-1.5"), n(0));
        assertThat(query(table, SortKeyCondition.gt(n(2)))).containsExactly(n(10), n(100));
        assertThat(query(table, SortKeyCondition.ge(n(2)))).containsExactly(n(2), n(10),
                n(100));
        assertThat(query(table, SortKeyCondition.between(AttributeValue.ofNumber("-1.5"), n(2))))
                .containsExactly(AttributeValue.ofNumber("-1.5"), n(0),
                        AttributeValue.ofNumber("0.25"), n(2));
    }

    @Test
    void everyOperatorOnBinarySortKeysComparesUnsignedBytes() {
        Table table = tableWith("binaries", ScalarType.B, b(0x01), b(0x01, 0x00), b(0x01, 0xff),
                b(0x02), b(0x7f), b(0x80), b(0xff), b(0xff, 0xff));
        assertThat(query(table, null)).containsExactly(b(0x01), b(0x01, 0x00), b(0x01, 0xff),
                b(0x02), b(0x7f), b(0x80), b(0xff), b(0xff, 0xff));
        assertThat(query(table, SortKeyCondition.eq(b(0x80)))).containsExactly(b(0x80));
        assertThat(query(table, SortKeyCondition.lt(b(0x80)))).containsExactly(b(0x01),
                b(0x01, 0x00), b(0x01, 0xff), b(0x02), b(0x7f));
        assertThat(query(table, SortKeyCondition.le(b(0x02)))).containsExactly(b(0x01),
                b(0x01, 0x00), b(0x01, 0xff), b(0x02));
        assertThat(query(table, SortKeyCondition.gt(b(0x7f)))).containsExactly(b(0x80), b(0xff),
                b(0xff, 0xff));
        assertThat(query(table, SortKeyCondition.ge(b(0xff)))).containsExactly(b(0xff),
                b(0xff, 0xff));
        assertThat(query(table, SortKeyCondition.between(b(0x01, 0x00), b(0x02))))
                .containsExactly(b(0x01, 0x00), b(0x01, 0xff), b(0x02));
        assertThat(query(table, SortKeyCondition.beginsWith(b(0x01)))).containsExactly(b(0x01),
                b(0x01, 0x00), b(0x01, 0xff));
        assertThat(query(table, SortKeyCondition.beginsWith(b(0xff)))).containsExactly(b(0xff),
                b(0xff, 0xff));
    }

    /** Strings sort by UTF-8 bytes: supplementary characters after U+E000..U+FFFF. */
    @Test
    void stringSortKeysFollowUtf8ByteOrder() {
        String[] texts = {"a", "A", "z", "\u00bf", "\ue000", "\uffff", "\ud83d\ude00", "\u00e9",
            "\ud7ff", "\ufb01x"};
        AttributeValue[] keys = new AttributeValue[texts.length];
        for (int i = 0; i < texts.length; i++) {
            keys[i] = s(texts[i]);
        }
        Table table = tableWith("utf8", ScalarType.S, keys);
        String[] expected = texts.clone();
        Arrays.sort(expected, (x, y) -> Arrays.compareUnsigned(
                x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));
        List<AttributeValue> forward = new ArrayList<>();
        for (String text : expected) {
            forward.add(s(text));
        }
        assertThat(query(table, null)).containsExactlyElementsOf(forward);
        // The emoji (F0 9F 98 80) sorts after U+FFFF (EF BF BF), unlike Java's String order.
        assertThat(forward.indexOf(s("\ud83d\ude00"))).isEqualTo(forward.size() - 1);
        assertThat(query(table, SortKeyCondition.gt(s("\uffff"))))
                .containsExactly(s("\ud83d\ude00"));
        assertThat(query(table, SortKeyCondition.beginsWith(s("\ufb01"))))
                .containsExactly(s("\ufb01x"));
        List<AttributeValue> reverse = new ArrayList<>(forward);
        Collections.reverse(reverse);
        assertThat(sortKeys(table.query(QueryRequest.of(P).withScanIndexForward(false))))
                .containsExactlyElementsOf(reverse);
    }

    @Test
    void reverseQueriesReadDescendingWithEveryCondition() {
        Table table = tableWith("reverse", ScalarType.N, n(1), n(2), n(3), n(4), n(5));
        QueryRequest reverse = QueryRequest.of(P).withScanIndexForward(false);
        assertThat(sortKeys(table.query(reverse))).containsExactly(n(5), n(4), n(3), n(2), n(1));
        assertThat(sortKeys(table.query(reverse.withSortKeyCondition(SortKeyCondition.lt(n(3))))))
                .containsExactly(n(2), n(1));
        assertThat(sortKeys(table.query(
                reverse.withSortKeyCondition(SortKeyCondition.between(n(2), n(4))))))
                .containsExactly(n(4), n(3), n(2));
        Page limited = table.query(reverse.withLimit(2));
        assertThat(sortKeys(limited)).containsExactly(n(5), n(4));
        assertThat(limited.lastEvaluatedKey()).isEqualTo(Key.of(P, n(4)));
        Page next = table.query(reverse.withLimit(2).withExclusiveStartKey(
                limited.lastEvaluatedKey()));
        assertThat(sortKeys(next)).containsExactly(n(3), n(2));
    }

    @Test
    void reverseBeginsWithOnStringsAndBinaries() {
        Table strings = tableWith("revS", ScalarType.S, s("a\uffff"), s("a\uffffb"), s("ab"),
                s("b"), s("a\ud83d\ude00"), s("a"));
        assertThat(sortKeys(strings.query(QueryRequest.of(P).withScanIndexForward(false)
                .withSortKeyCondition(SortKeyCondition.beginsWith(s("a\uffff"))))))
                .containsExactly(s("a\uffffb"), s("a\uffff"));
        Table binaries = tableWith("revB", ScalarType.B, b(0x01, 0xff), b(0x01, 0xff, 0xff),
                b(0x02), b(0x01));
        assertThat(sortKeys(binaries.query(QueryRequest.of(P).withScanIndexForward(false)
                .withSortKeyCondition(SortKeyCondition.beginsWith(b(0x01, 0xff))))))
                .containsExactly(b(0x01, 0xff, 0xff), b(0x01, 0xff));
    }

    /** Limit n-1, n and n+1 for n matching items; LastEvaluatedKey even when nothing is left. */
    @Test
    void limitAtItsBoundaries() {
        Table table = tableWith("limits", ScalarType.N, n(1), n(2), n(3), n(4));
        QueryRequest all = QueryRequest.of(P);

        Page three = table.query(all.withLimit(3));
        assertThat(sortKeys(three)).containsExactly(n(1), n(2), n(3));
        assertThat(three.lastEvaluatedKey()).isEqualTo(Key.of(P, n(3)));

        Page four = table.query(all.withLimit(4));
        assertThat(sortKeys(four)).containsExactly(n(1), n(2), n(3), n(4));
        assertThat(four.lastEvaluatedKey()).isEqualTo(Key.of(P, n(4)));
        Page after = table.query(all.withLimit(4).withExclusiveStartKey(four.lastEvaluatedKey()));
        assertThat(after.items()).isEmpty();
        assertThat(after.scannedCount()).isZero();
        assertThat(after.lastEvaluatedKey()).isNull();

        Page five = table.query(all.withLimit(5));
        assertThat(five.count()).isEqualTo(4);
        assertThat(five.lastEvaluatedKey()).isNull();

        Page one = table.query(all.withLimit(1).withSortKeyCondition(SortKeyCondition.ge(n(4))));
        assertThat(sortKeys(one)).containsExactly(n(4));
        assertThat(one.lastEvaluatedKey()).isEqualTo(Key.of(P, n(4)));
    }

    @Test
    void pagesTogetherEqualOneUnlimitedRead() {
        AttributeValue[] keys = new AttributeValue[50];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = n(i * 7 % 50);
        }
        Table table = tableWith("pages", ScalarType.N, keys);
        for (boolean forward : new boolean[] {true, false}) {
            QueryRequest request = QueryRequest.of(P).withScanIndexForward(forward)
                    .withSortKeyCondition(SortKeyCondition.between(n(5), n(44)));
            List<AttributeValue> whole = sortKeys(table.query(request));
            assertThat(whole).hasSize(40);
            for (int limit = 1; limit <= 41; limit += 4) {
                List<AttributeValue> paged = new ArrayList<>();
                Key start = null;
                int pages = 0;
                do {
                    Page page = table.query(request.withLimit(limit).withExclusiveStartKey(start));
                    paged.addAll(sortKeys(page));
                    start = page.lastEvaluatedKey();
                    pages++;
                } while (start != null);
                assertThat(paged).as("limit %d", limit).containsExactlyElementsOf(whole);
                assertThat(pages).isEqualTo(40 / limit + 1);
            }
        }
    }

    /** The filter runs after the read: Limit counts items read, so pages may come back empty. */
    @Test
    void filteredPagesMayBeEmptyAndStillCarryLastEvaluatedKey() {
        Table table = db.createTable(TestTables.compositeTable("filtered", ScalarType.S,
                ScalarType.N));
        for (int i = 1; i <= 9; i++) {
            table.putItem(item("pk", P, "sk", (long) i, "keep", i == 9 ? "yes" : "no"));
        }
        Predicate<Item> keep = i -> i.get("keep").equals(s("yes"));
        QueryRequest request = QueryRequest.of(P).withFilter(keep).withLimit(4);
        Page first = table.query(request);
        assertThat(first.items()).isEmpty();
        assertThat(first.count()).isZero();
        assertThat(first.scannedCount()).isEqualTo(4);
        assertThat(first.lastEvaluatedKey()).isEqualTo(Key.of(P, n(4)));
        Page second = table.query(request.withExclusiveStartKey(first.lastEvaluatedKey()));
        assertThat(second.items()).isEmpty();
        assertThat(second.lastEvaluatedKey()).isEqualTo(Key.of(P, n(8)));
        Page third = table.query(request.withExclusiveStartKey(second.lastEvaluatedKey()));
        assertThat(sortKeys(third)).containsExactly(n(9));
        assertThat(third.count()).isEqualTo(1);
        assertThat(third.scannedCount()).isEqualTo(1);
        assertThat(third.lastEvaluatedKey()).isNull();
    }

    @Test
    void countReturnsCountsAndNoItems() {
        Table table = db.createTable(TestTables.compositeTable("counted", ScalarType.S,
                ScalarType.N));
        for (int i = 1; i <= 10; i++) {
            table.putItem(item("pk", P, "sk", (long) i, "even", i % 2 == 0 ? "yes" : "no"));
        }
        QueryRequest count = QueryRequest.of(P).withSelect(Select.COUNT)
                .withFilter(i -> i.get("even").equals(s("yes")));
        Page all = table.query(count);
        assertThat(all.items()).isEmpty();
        assertThat(all.count()).isEqualTo(5);
        assertThat(all.scannedCount()).isEqualTo(10);
        Page limited = table.query(count.withLimit(3));
        assertThat(limited.items()).isEmpty();
        assertThat(limited.count()).isEqualTo(1);
        assertThat(limited.scannedCount()).isEqualTo(3);
        assertThat(limited.lastEvaluatedKey()).isEqualTo(Key.of(P, n(3)));
    }

    @Test
    void queryOnATableWithoutSortKey() {
        Table table = db.createTable(TestTables.hashTable("single", ScalarType.N));
        table.putItem(item("pk", 1L, "v", "one"));
        table.putItem(item("pk", 2L, "v", "two"));
        Page page = table.query(QueryRequest.of(n(1)));
        assertThat(page.items()).containsExactly(item("pk", 1L, "v", "one"));
        assertThat(page.lastEvaluatedKey()).isNull();
        assertThat(table.query(QueryRequest.of(n(3))).items()).isEmpty();

        Page limited = table.query(QueryRequest.of(n(1)).withLimit(1));
        assertThat(limited.lastEvaluatedKey()).isEqualTo(Key.of(n(1)));
        Page after = table.query(QueryRequest.of(n(1)).withLimit(1)
                .withExclusiveStartKey(limited.lastEvaluatedKey()));
        assertThat(after.items()).isEmpty();
        assertThat(after.lastEvaluatedKey()).isNull();
    }

    @Test
    void aMissingPartitionReadsNothing() {
        Table table = tableWith("missing", ScalarType.S, s("a"));
        Page page = table.query(QueryRequest.of(s("nobody")).withLimit(1));
        assertThat(page.items()).isEmpty();
        assertThat(page.scannedCount()).isZero();
        assertThat(page.lastEvaluatedKey()).isNull();
    }

    @Test
    void resumingAfterADeletedItemContinuesFromItsPosition() {
        Table table = tableWith("deleted", ScalarType.N, n(1), n(2), n(3), n(4));
        Page first = table.query(QueryRequest.of(P).withLimit(2));
        table.deleteItem(first.lastEvaluatedKey());
        Page rest = table.query(QueryRequest.of(P).withExclusiveStartKey(
                first.lastEvaluatedKey()));
        assertThat(sortKeys(rest)).containsExactly(n(3), n(4));
    }
}
