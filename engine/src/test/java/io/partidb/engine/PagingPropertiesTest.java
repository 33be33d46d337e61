package io.partidb.engine;

import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.read.Select;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.KeyHash;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query and Scan, paged with random Limits through to the end, against a reference model: the
 * table as a plain list, sorted and filtered in memory, paged by the rules written out again
 * here (items read count towards Limit and 1 MB; the item that reaches either ends the page and
 * is its LastEvaluatedKey; capacity is the page's bytes rounded up once to 4 KB). Items are
 * occasionally hundreds of kilobytes, so the 1 MB rule takes part too. A Query read without
 * pages ({@link Table#queryItems}) must return what its pages do together.
 */
class PagingPropertiesTest {
    private static final String[] LETTERS = {"a", "b", "\u00bf", "\ue000", "\uffff",
        "\ud83d\ude00"};
    private static final Byte[] BYTES = {0x00, 0x01, 0x7f, (byte) 0x80, (byte) 0xff};
    private static final Comparator<AttributeValue> ORDER = AttributeValues.KEY_ORDER;

    /** The sort key type of a generated table; NONE for a table without a sort key. */
    enum SortType { S, N, B, NONE }

    /** One generated item: its partition number, sort key, filter value and padding. */
    record Row(int partition, AttributeValue sort, int v, int pad) {
        Item toItem() {
            Item base = sort == null
                    ? item("pk", "p" + partition, "v", (long) v)
                    : item("pk", "p" + partition, "sk", sort, "v", (long) v);
            if (pad == 0) {
                return base;
            }
            Map<String, AttributeValue> attributes = new LinkedHashMap<>(base.attributes());
            attributes.put("pad", AttributeValue.ofString("x".repeat(pad)));
            return Item.of(attributes);
        }
    }

    /** A generated table: its sort key type and its rows, written in order. */
    record Scenario(SortType type, List<Row> rows) {
        /** Writes the rows into a new table and returns the items the model expects. */
        List<Item> load(Table table) {
            Map<List<AttributeValue>, Item> byKey = new LinkedHashMap<>();
            for (Row row : rows) {
                Item item = row.toItem();
                table.putItem(item);
                byKey.put(keyOf(item), item);
            }
            return new ArrayList<>(byKey.values());
        }

        TableDefinition definition() {
            KeyElement pk = KeyElement.of("pk", ScalarType.S);
            return type == SortType.NONE
                    ? TableDefinition.of("props", KeySchema.of(pk))
                    : TableDefinition.of("props", KeySchema.of(pk,
                            KeyElement.of("sk", ScalarType.valueOf(type.name()))));
        }
    }

    /** How the reads of one try page and filter. */
    record Reading(Integer modulus, int remainder, List<Integer> limits, boolean consistent,
            Select select) {
        Predicate<Item> filter() {
            if (modulus == null) {
                return null;
            }
            return item -> ((AttributeValue.N) item.get("v")).value().intValue() % modulus
                    == remainder;
        }

        Integer limit(int page) {
            return limits.get(page % limits.size());
        }
    }

    /** One Query try. */
    record QueryTry(Scenario scenario, int partition, SortKeyCondition condition,
            boolean forward, Reading reading) {
    }

    /** One parallel Scan try. */
    record ScanTry(Scenario scenario, int totalSegments, Reading reading) {
    }

    // Edge cases would spend most tries on empty and one-row tables; sizes are uniform instead.
    @Property(tries = 250, edgeCases = EdgeCasesMode.NONE)
    void queryPagesMatchTheModel(@ForAll("queries") QueryTry t) {
        Table table = Database.create("q").createTable(t.scenario().definition());
        List<Item> items = t.scenario().load(table);
        AttributeValue pk = AttributeValue.ofString("p" + t.partition());
        List<Item> expected = new ArrayList<>();
        for (Item item : items) {
            if (item.get("pk").equals(pk)
                    && (t.condition() == null || satisfies(t.condition(), item.get("sk")))) {
                expected.add(item);
            }
        }
        expected.sort(Comparator.comparing(i -> i.get("sk"), ORDER));
        if (!t.forward()) {
            Collections.reverse(expected);
        }
        QueryRequest request = QueryRequest.of(pk).withSortKeyCondition(t.condition())
                .withScanIndexForward(t.forward()).withFilter(t.reading().filter())
                .withConsistentRead(t.reading().consistent()).withSelect(t.reading().select());
        checkPages(expected, t.reading(), (limit, start) -> table.query(
                request.withLimit(limit).withExclusiveStartKey(start)));
        // Read without pages, the Query returns every item that passes the filter, whatever
        // its Limit and Select.
        Predicate<Item> filter = t.reading().filter();
        List<Item> unpaged = new ArrayList<>();
        table.queryItems(request.withLimit(t.reading().limit(0))).forEachRemaining(unpaged::add);
        assertThat(unpaged).containsExactlyElementsOf(filter == null ? expected
                : expected.stream().filter(filter).toList());
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void parallelScanPagesMatchTheModel(@ForAll("scans") ScanTry t) {
        Table table = Database.create("s").createTable(t.scenario().definition());
        List<Item> items = t.scenario().load(table);
        items.sort(Comparator.<Item>comparingLong(
                        i -> Integer.toUnsignedLong(KeyHash.of(i.get("pk"))))
                .thenComparing(i -> i.get("pk"), ORDER)
                .thenComparing(i -> i.get("sk") == null ? i.get("pk") : i.get("sk"), ORDER));
        int total = t.totalSegments();
        int seen = 0;
        for (int segment = 0; segment < total; segment++) {
            HashRange range = HashRange.segment(segment, total);
            List<Item> expected = new ArrayList<>();
            for (Item item : items) {
                if (range.contains(KeyHash.of(item.get("pk")))) {
                    expected.add(item);
                }
            }
            seen += expected.size();
            ScanRequest request = ScanRequest.segment(segment, total)
                    .withFilter(t.reading().filter())
                    .withConsistentRead(t.reading().consistent())
                    .withSelect(t.reading().select());
            checkPages(expected, t.reading(), (limit, start) -> table.scan(
                    request.withLimit(limit).withExclusiveStartKey(start)));
        }
        assertThat(seen).isEqualTo(items.size());
    }

    /** Reads one page of the system under test. */
    @FunctionalInterface
    interface PageReader {
        Page read(Integer limit, Key exclusiveStart);
    }

    /** Pages through the read and compares every page with the model's page. */
    private static void checkPages(List<Item> ordered, Reading reading, PageReader reader) {
        Predicate<Item> filter = reading.filter();
        int next = 0;
        Key start = null;
        for (int pageNumber = 0; ; pageNumber++) {
            Integer limit = reading.limit(pageNumber);
            Page page = reader.read(limit, start);

            List<Item> matched = new ArrayList<>();
            int scanned = 0;
            long bytes = 0;
            Key last = null;
            while (next < ordered.size()) {
                Item item = ordered.get(next++);
                scanned++;
                bytes += item.sizeInBytes();
                if (filter == null || filter.test(item)) {
                    matched.add(item);
                }
                if (limit != null && scanned == limit || bytes >= Page.MAX_BYTES) {
                    last = new Key(item.get("pk"), item.get("sk"));
                    break;
                }
            }
            assertThat(page.count()).as("count of page %d", pageNumber)
                    .isEqualTo(matched.size());
            assertThat(page.items()).as("items of page %d", pageNumber).containsExactlyElementsOf(
                    reading.select() == Select.COUNT ? List.of() : matched);
            assertThat(page.scannedCount()).isEqualTo(scanned);
            assertThat(page.lastEvaluatedKey()).as("key of page %d", pageNumber).isEqualTo(last);
            double units = Math.max(1, (bytes + 4095) / 4096) * (reading.consistent() ? 1 : 0.5);
            assertThat(page.consumedCapacity().readUnits()).isEqualTo(units);
            if (last == null) {
                assertThat(next).isEqualTo(ordered.size());
                return;
            }
            start = last;
        }
    }

    // The model's own reading of each condition, independent of SortKeyCondition.matches.
    private static boolean satisfies(SortKeyCondition condition, AttributeValue sk) {
        if (condition instanceof SortKeyCondition.Comparison c) {
            int order = ORDER.compare(sk, c.value());
            return switch (c.operator()) {
                case EQ -> order == 0;
                case LT -> order < 0;
                case LE -> order <= 0;
                case GT -> order > 0;
                case GE -> order >= 0;
            };
        }
        if (condition instanceof SortKeyCondition.Between b) {
            return ORDER.compare(sk, b.low()) >= 0 && ORDER.compare(sk, b.high()) <= 0;
        }
        AttributeValue prefix = ((SortKeyCondition.BeginsWith) condition).prefix();
        if (prefix instanceof AttributeValue.S p) {
            return ((AttributeValue.S) sk).value().startsWith(p.value());
        }
        byte[] head = ((AttributeValue.B) prefix).value().toArray();
        byte[] value = ((AttributeValue.B) sk).value().toArray();
        return value.length >= head.length
                && Arrays.equals(value, 0, head.length, head, 0, head.length);
    }

    private static List<AttributeValue> keyOf(Item item) {
        List<AttributeValue> key = new ArrayList<>();
        key.add(item.get("pk"));
        key.add(item.get("sk"));
        return key;
    }

    @Provide
    Arbitrary<QueryTry> queries() {
        return scenarios().flatMap(scenario -> Combinators.combine(
                Arbitraries.integers().between(0, partitions(scenario.type()) - 1),
                conditions(scenario.type()),
                Arbitraries.of(true, false),
                readings())
                .as((partition, condition, forward, reading) ->
                        new QueryTry(scenario, partition, condition, forward, reading)));
    }

    @Provide
    Arbitrary<ScanTry> scans() {
        return Combinators.combine(scenarios(),
                Arbitraries.of(1, 1, 2, 3, 5, 8, 64, 100),
                readings())
                .as(ScanTry::new);
    }

    private static int partitions(SortType type) {
        return type == SortType.NONE ? 40 : 4;
    }

    private static Arbitrary<Scenario> scenarios() {
        // One table in three is bulky: half its items weigh 250 to 400 KB, so that pages end at
        // 1 MB as well as at their Limit.
        return Combinators.combine(Arbitraries.of(SortType.values()),
                Arbitraries.of(false, false, true)).flatAs((type, bulky) -> {
            Arbitrary<AttributeValue> sorts = type == SortType.NONE
                    ? Arbitraries.just(null) : sortValues(type);
            Arbitrary<Integer> pads = Arbitraries.frequencyOf(
                    Tuple.of(bulky ? 1 : 40, Arbitraries.integers().between(0, 60)),
                    Tuple.of(1, Arbitraries.integers().between(250_000, 400_000)));
            Arbitrary<Row> rows = Combinators.combine(
                    Arbitraries.integers().between(0, partitions(type) - 1), sorts,
                    Arbitraries.integers().between(0, 9), pads).as(Row::new);
            return rows.list().ofMaxSize(45).withSizeDistribution(RandomDistribution.uniform())
                    .map(list -> new Scenario(type, list));
        });
    }

    private static Arbitrary<AttributeValue> sortValues(SortType type) {
        if (type == SortType.S) {
            return Arbitraries.of(LETTERS).list().ofMinSize(1).ofMaxSize(3)
                    .map(parts -> AttributeValue.ofString(String.join("", parts)));
        }
        if (type == SortType.N) {
            return Arbitraries.integers().between(-40, 40)
                    .map(i -> AttributeValue.ofNumber(BigDecimal.valueOf(i, 1)));
        }
        return Arbitraries.of(BYTES).list().ofMinSize(1).ofMaxSize(3).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return AttributeValue.ofBinary(bytes);
        });
    }

    private static Arbitrary<SortKeyCondition> conditions(SortType type) {
        if (type == SortType.NONE) {
            return Arbitraries.just(null);
        }
        Arbitrary<AttributeValue> values = sortValues(type);
        List<Arbitrary<SortKeyCondition>> options = new ArrayList<>();
        options.add(values.map(SortKeyCondition::eq));
        options.add(values.map(SortKeyCondition::lt));
        options.add(values.map(SortKeyCondition::le));
        options.add(values.map(SortKeyCondition::gt));
        options.add(values.map(SortKeyCondition::ge));
        options.add(Combinators.combine(values, values).as((a, b) -> ORDER.compare(a, b) <= 0
                ? SortKeyCondition.between(a, b) : SortKeyCondition.between(b, a)));
        if (type != SortType.N) {
            options.add(values.map(SortKeyCondition::beginsWith));
        }
        return Arbitraries.oneOf(options).injectNull(0.2);
    }

    private static Arbitrary<Reading> readings() {
        return Combinators.combine(
                Arbitraries.integers().between(2, 4).injectNull(0.4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 12).injectNull(0.35).list().ofMinSize(1)
                        .ofMaxSize(6),
                Arbitraries.of(true, false),
                Arbitraries.of(Select.values()))
                .as((modulus, remainder, limits, consistent, select) -> new Reading(modulus,
                        modulus == null ? 0 : remainder % modulus, limits, consistent, select));
    }
}
