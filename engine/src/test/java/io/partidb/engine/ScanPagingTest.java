package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.Select;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Scan pages: Limit, LastEvaluatedKey / ExclusiveStartKey, segments, filters and COUNT. */
class ScanPagingTest {
    private final Database db = Database.create("scanPaging");

    private Table compositeFilled(String name, int partitions, int perPartition) {
        Table table = db.createTable(TestTables.compositeTable(name, ScalarType.S,
                ScalarType.N));
        for (int p = 0; p < partitions; p++) {
            for (int s = 0; s < perPartition; s++) {
                table.putItem(item("pk", "p" + p, "sk", (long) s, "v", (long) (p * 31 + s)));
            }
        }
        return table;
    }

    private static List<Item> drain(Table table, ScanRequest request) {
        List<Item> items = new ArrayList<>();
        PageKey start = request.exclusiveStartKey();
        do {
            Page page = table.scan(request.withExclusiveStartKey(start));
            items.addAll(page.items());
            start = page.lastEvaluated();
        } while (start != null);
        return items;
    }

    private static List<Item> iterate(Iterator<Item> scan) {
        List<Item> items = new ArrayList<>();
        scan.forEachRemaining(items::add);
        return items;
    }

    @Test
    void pagesOfEverySegmentTogetherEqualOneUnlimitedRead() {
        Table table = compositeFilled("paged", 40, 5);
        List<Item> whole = table.scan(ScanRequest.all()).items();
        assertThat(whole).hasSize(200);
        // The page reader and the planner's scan iterator walk the same order.
        assertThat(whole).containsExactlyElementsOf(iterate(table.scan(0, 1, null)));
        for (int limit : new int[] {1, 3, 5, 7, 199, 200, 201}) {
            assertThat(drain(table, ScanRequest.all().withLimit(limit))).as("limit %d", limit)
                    .containsExactlyElementsOf(whole);
        }
        for (int total : new int[] {2, 3, 7, 64, 100}) {
            List<Item> all = new ArrayList<>();
            for (int segment = 0; segment < total; segment++) {
                List<Item> paged = drain(table, ScanRequest.segment(segment, total).withLimit(4));
                assertThat(paged).containsExactlyElementsOf(
                        iterate(table.scan(segment, total, null)));
                all.addAll(paged);
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(whole);
        }
    }

    /** A page may end inside an item collection; the next resumes inside it. */
    @Test
    void pagesResumeInsideAnItemCollection() {
        Table table = compositeFilled("inside", 3, 10);
        Page first = table.scan(ScanRequest.all().withLimit(4));
        Key last = first.lastEvaluatedKey();
        assertThat(last.sort()).isEqualTo(AttributeValue.ofNumber(3));
        Page second = table.scan(ScanRequest.all().withLimit(4).withExclusiveStartKey(last));
        assertThat(second.items().get(0).get("pk")).isEqualTo(last.partition());
        assertThat(second.items().get(0).get("sk")).isEqualTo(AttributeValue.ofNumber(4));
    }

    @Test
    void hashTablesPageByPartitionKey() {
        Table table = db.createTable(TestTables.hashTable("hashPaged", ScalarType.B));
        for (int i = 0; i < 100; i++) {
            table.putItem(item("pk", AttributeValue.ofBinary(new byte[] {(byte) i, 1})));
        }
        List<Item> whole = table.scan(ScanRequest.all()).items();
        Page first = table.scan(ScanRequest.all().withLimit(10));
        assertThat(first.lastEvaluatedKey()).isEqualTo(Key.of(whole.get(9).get("pk")));
        assertThat(drain(table, ScanRequest.all().withLimit(9)))
                .containsExactlyElementsOf(whole);
    }

    @Test
    void filteredPagesMayBeEmptyAndStillCarryLastEvaluatedKey() {
        Table table = compositeFilled("filtered", 10, 10);
        List<Item> whole = table.scan(ScanRequest.all()).items();
        Item wanted = whole.get(95);
        ScanRequest request = ScanRequest.all().withLimit(10).withFilter(wanted::equals);
        int emptyPagesWithKey = 0;
        List<Item> found = new ArrayList<>();
        Key start = null;
        int pages = 0;
        do {
            Page page = table.scan(request.withExclusiveStartKey(start));
            pages++;
            assertThat(page.scannedCount()).isEqualTo(pages <= 10 ? 10 : 0);
            if (page.items().isEmpty() && page.lastEvaluatedKey() != null) {
                emptyPagesWithKey++;
            }
            found.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(found).containsExactly(wanted);
        // Ten full pages that all end at their Limit, then one empty page without a key.
        assertThat(pages).isEqualTo(11);
        assertThat(emptyPagesWithKey).isEqualTo(9);
    }

    @Test
    void countScansCountWithoutItems() {
        Table table = compositeFilled("counted", 10, 10);
        ScanRequest count = ScanRequest.all().withSelect(Select.COUNT)
                .withFilter(i -> ((AttributeValue.N) i.get("sk")).value().intValue() < 3);
        Page page = table.scan(count);
        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isEqualTo(30);
        assertThat(page.scannedCount()).isEqualTo(100);
        assertThat(page.lastEvaluatedKey()).isNull();
        int counted = 0;
        int scanned = 0;
        Key start = null;
        do {
            Page limited = table.scan(count.withLimit(7).withExclusiveStartKey(start));
            assertThat(limited.items()).isEmpty();
            counted += limited.count();
            scanned += limited.scannedCount();
            start = limited.lastEvaluatedKey();
        } while (start != null);
        assertThat(counted).isEqualTo(30);
        assertThat(scanned).isEqualTo(100);
    }

    @Test
    void resumingAfterADeletedCollectionSkipsToTheNextKey() {
        Table table = compositeFilled("gone", 20, 3);
        Page first = table.scan(ScanRequest.all().withLimit(5));
        Key last = first.lastEvaluatedKey();
        for (long s = 0; s < 3; s++) {
            table.deleteItem(Key.of(last.partition(), AttributeValue.ofNumber(s)));
        }
        List<Item> rest = drain(table, ScanRequest.all().withExclusiveStartKey(last));
        Set<AttributeValue> partitions = new HashSet<>();
        for (Item item : first.items()) {
            partitions.add(item.get("pk"));
        }
        assertThat(rest).hasSize(60 - 3 * partitions.size());
        for (Item item : rest) {
            assertThat(partitions).doesNotContain(item.get("pk"));
        }
    }

    @Test
    void anEmptyTableOrSegmentReturnsOneEmptyPage() {
        Table table = db.createTable(TestTables.hashTable("nothing", ScalarType.S));
        Page page = table.scan(ScanRequest.segment(2, 3).withLimit(1));
        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isZero();
        assertThat(page.scannedCount()).isZero();
        assertThat(page.lastEvaluatedKey()).isNull();
    }
}
