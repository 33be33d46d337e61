package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An item collection, as a sorted array and after it moves to a skip list, against a TreeMap:
 * point reads, sizes and every kind of sort key range in both directions.
 */
class ItemCollectionTest {
    private static final AttributeValue PK = AttributeValue.ofString("p");

    private static AttributeValue sk(int n) {
        return AttributeValue.ofNumber(n);
    }

    private static Item item(int n, int version) {
        return Item.ofArrays(new String[] {"pk", "sk", "v"},
                new AttributeValue[] {PK, sk(n), AttributeValue.ofNumber(version)});
    }

    @Provide
    Arbitrary<List<Integer>> operations() {
        // sort keys 0..79, a negative number meaning "remove": enough to cross the array limit
        return Arbitraries.integers().between(-80, 79).list().ofMaxSize(200);
    }

    @Property(tries = 300)
    void behavesLikeASortedMapAcrossTheArrayLimit(@ForAll("operations") List<Integer> operations,
            @ForAll @IntRange(min = -1, max = 81) int low, @ForAll @IntRange(min = -1, max = 81)
            int high, @ForAll boolean lowInclusive, @ForAll boolean highInclusive) {
        ItemCollection collection = new ItemCollection(PK);
        NavigableMap<AttributeValue, Item> model = new TreeMap<>(AttributeValues.KEY_ORDER);
        int version = 0;
        for (int op : operations) {
            if (op < 0) {
                collection.remove(sk(-op - 1));
                model.remove(sk(-op - 1));
            } else {
                Item item = item(op, version++);
                collection.put(sk(op), item);
                model.put(sk(op), item);
            }
            assertThat(collection.size()).isEqualTo(model.size());
        }
        for (int n = 0; n < 80; n++) {
            assertThat(collection.get(sk(n))).isEqualTo(model.get(sk(n)));
        }
        assertThat(list(collection.items())).containsExactlyElementsOf(model.values());

        SortKeyRange range = new SortKeyRange(low < 0 ? null : sk(low), lowInclusive,
                high < 0 ? null : sk(high), highInclusive);
        NavigableMap<AttributeValue, Item> expected = range.isEmpty() ? new TreeMap<>()
                : slice(model, range);
        assertThat(list(collection.items(range, true)))
                .containsExactlyElementsOf(expected.values());
        assertThat(list(collection.items(range, false)))
                .containsExactlyElementsOf(expected.descendingMap().values());
    }

    @Test
    void movesToASkipListPastTheLimitAndKeepsOrder() {
        ItemCollection collection = new ItemCollection(PK);
        for (int n = ItemCollection.ARRAY_LIMIT; n >= 0; n--) {
            collection.put(sk(n), item(n, 0));
        }
        assertThat(collection.size()).isEqualTo(ItemCollection.ARRAY_LIMIT + 1);
        List<Item> items = list(collection.items());
        assertThat(items).hasSize(ItemCollection.ARRAY_LIMIT + 1);
        for (int n = 0; n < items.size(); n++) {
            assertThat(items.get(n).get("sk")).isEqualTo(sk(n));
        }
        collection.put(sk(3), item(3, 7));
        assertThat(collection.get(sk(3)).get("v")).isEqualTo(AttributeValue.ofNumber(7));
        for (int n = 0; n <= ItemCollection.ARRAY_LIMIT; n++) {
            collection.remove(sk(n));
        }
        assertThat(collection.isEmpty()).isTrue();
    }

    @Test
    void anIteratorKeepsTheSnapshotItStartedOn() {
        ItemCollection collection = new ItemCollection(PK);
        collection.put(sk(1), item(1, 0));
        collection.put(sk(2), item(2, 0));
        Iterator<Item> items = collection.items();
        collection.remove(sk(1));
        collection.put(sk(3), item(3, 0));
        assertThat(list(items)).containsExactly(item(1, 0), item(2, 0));
        assertThat(list(collection.items())).containsExactly(item(2, 0), item(3, 0));
        Iterator<Item> done = collection.items(SortKeyRange.from(sk(3), false), true);
        assertThat(done.hasNext()).isFalse();
        assertThatThrownBy(done::next).isInstanceOf(java.util.NoSuchElementException.class);
    }

    private static NavigableMap<AttributeValue, Item> slice(
            NavigableMap<AttributeValue, Item> model, SortKeyRange range) {
        NavigableMap<AttributeValue, Item> view = model;
        if (range.low() != null) {
            view = view.tailMap(range.low(), range.lowInclusive());
        }
        if (range.high() != null) {
            view = view.headMap(range.high(), range.highInclusive());
        }
        return view;
    }

    private static List<Item> list(Iterator<Item> iterator) {
        List<Item> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
