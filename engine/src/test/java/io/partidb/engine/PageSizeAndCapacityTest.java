package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.Select;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 1 MB page (the item that reaches or crosses 1,048,576 bytes ends the page and is in it)
 * and the capacity of Query and Scan pages: the items read, summed and rounded up once per page
 * to 4 KB, at least one unit, halved when eventually consistent.
 */
class PageSizeAndCapacityTest {
    private static final AttributeValue P = AttributeValue.ofString("p");
    private static final int QUARTER = Page.MAX_BYTES / 4;

    private final Database db = Database.create("pages");

    /** An item of exactly {@code bytes} bytes with key (p, sk). */
    private static Item sized(long sk, int bytes) {
        Item bare = item("pk", P, "sk", sk, "pad", "");
        Item result = item("pk", P, "sk", sk, "pad", "x".repeat(bytes - bare.sizeInBytes()));
        assertThat(result.sizeInBytes()).isEqualTo(bytes);
        return result;
    }

    private Table tableOf(String name, int... sizes) {
        Table table = db.createTable(TestTables.compositeTable(name, ScalarType.S,
                ScalarType.N));
        for (int i = 0; i < sizes.length; i++) {
            table.putItem(sized(i + 1, sizes[i]));
        }
        return table;
    }

    private static long totalBytes(Page page) {
        long total = 0;
        for (Item item : page.items()) {
            total += item.sizeInBytes();
        }
        return total;
    }

    @Test
    void aPageThatReachesExactlyOneMegabyteStopsThere() {
        Table table = tableOf("exact", QUARTER, QUARTER, QUARTER, QUARTER, 100);
        Page first = table.query(QueryRequest.of(P).withConsistentRead(true));
        assertThat(first.scannedCount()).isEqualTo(4);
        assertThat(totalBytes(first)).isEqualTo(Page.MAX_BYTES);
        assertThat(first.lastEvaluatedKey()).isEqualTo(Key.of(P, AttributeValue.ofNumber(4)));
        assertThat(first.consumedCapacity().readUnits()).isEqualTo(256.0);
        Page second = table.query(QueryRequest.of(P).withConsistentRead(true)
                .withExclusiveStartKey(first.lastEvaluatedKey()));
        assertThat(second.scannedCount()).isEqualTo(1);
        assertThat(second.lastEvaluatedKey()).isNull();
    }

    @Test
    void theItemThatCrossesOneMegabyteIsTheLastOfThePage() {
        Table table = tableOf("crossing", QUARTER, QUARTER, QUARTER, QUARTER + 1, 100);
        Page first = table.query(QueryRequest.of(P));
        assertThat(first.scannedCount()).isEqualTo(4);
        assertThat(totalBytes(first)).isEqualTo(Page.MAX_BYTES + 1);
        assertThat(first.lastEvaluatedKey()).isEqualTo(Key.of(P, AttributeValue.ofNumber(4)));
        // 257 started 4 KB units, eventually consistent: DynamoDB's familiar 128.5.
        assertThat(first.consumedCapacity().readUnits()).isEqualTo(128.5);
    }

    @Test
    void aPageJustUnderOneMegabyteReadsOnIntoTheNextItem() {
        Table table = tableOf("under", QUARTER, QUARTER, QUARTER, QUARTER - 1, 100, 100);
        Page first = table.query(QueryRequest.of(P));
        assertThat(first.scannedCount()).isEqualTo(5);
        assertThat(totalBytes(first)).isEqualTo(Page.MAX_BYTES + 99);
        assertThat(first.lastEvaluatedKey()).isEqualTo(Key.of(P, AttributeValue.ofNumber(5)));
    }

    /** The cap counts items read, so a filter that drops everything still ends the page. */
    @Test
    void theCapCountsFilteredOutItemsAndCountSelects() {
        Table table = tableOf("capFiltered", QUARTER, QUARTER, QUARTER, QUARTER, 100);
        Page page = table.query(QueryRequest.of(P).withFilter(i -> false)
                .withSelect(Select.COUNT));
        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isZero();
        assertThat(page.scannedCount()).isEqualTo(4);
        assertThat(page.lastEvaluatedKey()).isNotNull();
    }

    @Test
    void limitAndTheCapWhicheverComesFirst() {
        Table table = tableOf("both", QUARTER, QUARTER, QUARTER, QUARTER, QUARTER);
        Page limited = table.query(QueryRequest.of(P).withLimit(2));
        assertThat(limited.scannedCount()).isEqualTo(2);
        assertThat(limited.lastEvaluatedKey()).isEqualTo(Key.of(P, AttributeValue.ofNumber(2)));
        Page capped = table.query(QueryRequest.of(P).withLimit(5));
        assertThat(capped.scannedCount()).isEqualTo(4);
    }

    @Test
    void scansStopAtOneMegabyteToo() {
        Table table = db.createTable(TestTables.hashTable("scanCap", ScalarType.N));
        int items = 9;
        for (int i = 0; i < items; i++) {
            Item bare = item("pk", (long) i, "pad", "");
            table.putItem(item("pk", (long) i, "pad", "x".repeat(QUARTER - bare.sizeInBytes())));
        }
        List<Integer> scanned = new ArrayList<>();
        Key start = null;
        do {
            Page page = table.scan(ScanRequest.all().withExclusiveStartKey(start));
            scanned.add(page.scannedCount());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(scanned).containsExactly(4, 4, 1);
    }

    /** The Developer Guide's example: 10 items of 4,080 bytes (40.8 KB) cost 44 KB of reads. */
    @Test
    void queryCapacityRoundsTheSumUpOnce() {
        int[] sizes = new int[10];
        Arrays.fill(sizes, 4_080);
        Table table = tableOf("sum", sizes);
        Page strong = table.query(QueryRequest.of(P).withConsistentRead(true));
        assertThat(strong.consumedCapacity()).isEqualTo(ConsumedCapacity.read("sum", 10.0));
        Page eventual = table.query(QueryRequest.of(P));
        assertThat(eventual.consumedCapacity()).isEqualTo(ConsumedCapacity.read("sum", 5.0));
        table.putItem(sized(11, 1_000));
        // 41,800 bytes: 11 started units, not the 20 that rounding each item would charge.
        assertThat(table.query(QueryRequest.of(P).withConsistentRead(true))
                .consumedCapacity().readUnits()).isEqualTo(11.0);
    }

    @Test
    void filtersAndCountDoNotChangeTheCharge() {
        int[] sizes = new int[6];
        Arrays.fill(sizes, 3_000);
        Table table = tableOf("filterCost", sizes);
        double plain = table.query(QueryRequest.of(P)).consumedCapacity().readUnits();
        assertThat(plain).isEqualTo(2.5);
        assertThat(table.query(QueryRequest.of(P).withFilter(i -> false))
                .consumedCapacity().readUnits()).isEqualTo(plain);
        assertThat(table.query(QueryRequest.of(P).withSelect(Select.COUNT))
                .consumedCapacity().readUnits()).isEqualTo(plain);
        assertThat(table.scan(ScanRequest.all().withFilter(i -> false))
                .consumedCapacity().readUnits()).isEqualTo(plain);
        // Limit does change it: only the items read are charged.
        assertThat(table.query(QueryRequest.of(P).withLimit(2))
                .consumedCapacity().readUnits()).isEqualTo(1.0);
    }

    @Test
    void anEmptyReadCostsTheMinimum() {
        Table table = tableOf("empty");
        assertThat(table.query(QueryRequest.of(P)).consumedCapacity())
                .isEqualTo(ConsumedCapacity.read("empty", 0.5));
        assertThat(table.query(QueryRequest.of(P).withConsistentRead(true)).consumedCapacity())
                .isEqualTo(ConsumedCapacity.read("empty", 1.0));
        assertThat(table.scan(ScanRequest.segment(3, 4)).consumedCapacity())
                .isEqualTo(ConsumedCapacity.read("empty", 0.5));
    }

    @Test
    void scanCapacityIsPerPage() {
        Table table = db.createTable(TestTables.hashTable("scanCost", ScalarType.N));
        for (int i = 0; i < 20; i++) {
            Item bare = item("pk", (long) i, "pad", "");
            table.putItem(item("pk", (long) i, "pad", "x".repeat(1_024 - bare.sizeInBytes())));
        }
        assertThat(table.scan(ScanRequest.all().withConsistentRead(true)).consumedCapacity())
                .isEqualTo(ConsumedCapacity.read("scanCost", 5.0));
        double total = 0;
        Key start = null;
        do {
            Page page = table.scan(ScanRequest.all().withConsistentRead(true).withLimit(3)
                    .withExclusiveStartKey(start));
            total += page.consumedCapacity().readUnits();
            start = page.lastEvaluatedKey();
        } while (start != null);
        // Seven pages of at most 3 KB: each rounds up to a whole unit of its own.
        assertThat(total).isEqualTo(7.0);
    }
}
