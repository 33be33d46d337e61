package io.partidb.engine;

import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query and parallel Scan of a global and a local index, paged with random Limits, against a
 * model computed from the table's items: the items that have the index keys, projected, ordered
 * by index sort key then table key, narrowed by the key condition.
 */
class IndexQueryPropertiesTest {
    private static final Comparator<AttributeValue> ORDER = AttributeValues.KEY_ORDER;

    /** One write: a put of an item with optional index keys, or a delete. */
    record Write(int pk, int sk, Integer gk, Integer gs, Integer lk, boolean delete) {
        Item item() {
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            attributes.put("pk", AttributeValue.ofString("p" + pk));
            attributes.put("sk", AttributeValue.ofString("s" + sk));
            if (gk != null) {
                attributes.put("gk", AttributeValue.ofString("g" + gk));
            }
            if (gs != null) {
                attributes.put("gs", AttributeValue.ofNumber(gs));
            }
            if (lk != null) {
                attributes.put("lk", AttributeValue.ofString("l" + lk));
            }
            attributes.put("v", AttributeValue.ofNumber(pk * 100 + sk));
            return Item.of(attributes);
        }
    }

    /** One try: the writes, then a Query of one index partition with paging. */
    record Try(List<Write> writes, boolean global, int partition, int conditionKind, int bound,
            int bound2, boolean forward, List<Integer> limits, int segments) {
    }

    @Provide
    Arbitrary<Try> tries() {
        Arbitrary<Integer> optional = Arbitraries.integers().between(-1, 3);
        Arbitrary<Write> write = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 9), optional, optional, optional,
                Arbitraries.integers().between(0, 9)).as((pk, sk, gk, gs, lk, d) ->
                        new Write(pk, sk, gk < 0 ? null : gk, gs < 0 ? null : gs,
                                lk < 0 ? null : lk, d == 0));
        return Combinators.combine(write.list().ofMaxSize(120), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(-1, 4), Arbitraries.integers().between(-1, 4),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(3))
                .flatAs((writes, global, partition, kind, b1, b2, forward, limits) ->
                        Arbitraries.integers().between(1, 9).map(segments -> new Try(writes,
                                global, partition, kind, b1, b2, forward, limits, segments)));
    }

    private static AttributeValue sortValue(boolean global, int bound) {
        return global ? AttributeValue.ofNumber(bound) : AttributeValue.ofString("l" + bound);
    }

    private static SortKeyCondition condition(Try t) {
        AttributeValue low = sortValue(t.global(), Math.min(t.bound(), t.bound2()));
        AttributeValue high = sortValue(t.global(), Math.max(t.bound(), t.bound2()));
        return switch (t.conditionKind()) {
            case 0 -> SortKeyCondition.eq(low);
            case 1 -> SortKeyCondition.lt(low);
            case 2 -> SortKeyCondition.le(low);
            case 3 -> SortKeyCondition.gt(low);
            case 4 -> SortKeyCondition.ge(low);
            case 5 -> SortKeyCondition.between(low, high);
            case 6 -> t.global() ? SortKeyCondition.ge(high)
                    : SortKeyCondition.beginsWith(AttributeValue.ofString("l"));
            default -> null;
        };
    }

    private static List<Item> model(Table table, Try t, AttributeValue partition,
            SortKeyCondition condition) {
        String partitionName = t.global() ? "gk" : "pk";
        String sortName = t.global() ? "gs" : "lk";
        List<Item> expected = new ArrayList<>();
        table.scan(item -> true).forEachRemaining(item -> {
            AttributeValue sort = item.get(sortName);
            boolean member = item.get(partitionName) != null && sort != null;
            if (member && item.get(partitionName).equals(partition)
                    && (condition == null || condition.matches(sort))) {
                expected.add(t.global() ? Item.of(Map.of("pk", item.get("pk"),
                        "sk", item.get("sk"), "gk", item.get("gk"), "gs", sort)) : item);
            }
        });
        Comparator<Item> order = Comparator.<Item, AttributeValue>comparing(
                i -> i.get(sortName), ORDER).thenComparing(i -> i.get("pk"), ORDER)
                .thenComparing(i -> i.get("sk"), ORDER);
        expected.sort(t.forward() ? order : order.reversed());
        return expected;
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void indexReadsMatchTheModel(@ForAll("tries") Try t) {
        Table table = Database.create("props").createTable(composite("props",
                gsi("gsi", "gk", ScalarType.S, "gs", ScalarType.N, Projection.keysOnly()),
                lsi("lsi", "lk", ScalarType.S, Projection.all())));
        for (Write write : t.writes()) {
            if (write.delete()) {
                table.deleteItem(Key.of(write.item().get("pk"), write.item().get("sk")));
            } else {
                table.putItem(write.item());
            }
        }
        await(table, "gsi");
        String index = t.global() ? "gsi" : "lsi";
        AttributeValue partition = AttributeValue.ofString((t.global() ? "g" : "p")
                + t.partition());
        SortKeyCondition condition = condition(t);
        QueryRequest request = QueryRequest.of(partition).withIndex(index)
                .withSortKeyCondition(condition).withScanIndexForward(t.forward());
        List<Item> actual = new ArrayList<>();
        for (int page = 0; ; page++) {
            var result = table.query(request.withLimit(t.limits().get(page % t.limits().size())));
            actual.addAll(result.items());
            if (!result.hasMore()) {
                break;
            }
            request = request.after(result);
        }
        assertThat(actual).containsExactlyElementsOf(model(table, t, partition, condition));

        List<Item> whole = scanAll(table, ScanRequest.all().withIndex(index));
        List<Item> segmented = new ArrayList<>();
        for (int segment = 0; segment < t.segments(); segment++) {
            segmented.addAll(scanAll(table, ScanRequest.segment(segment, t.segments())
                    .withIndex(index).withLimit(t.limits().get(0))));
        }
        assertThat(segmented).containsExactlyInAnyOrderElementsOf(whole);
        assertThat(whole).hasSize((int) table.describe().index(index).orElseThrow().itemCount());
    }
}
