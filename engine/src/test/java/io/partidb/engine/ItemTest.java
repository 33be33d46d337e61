package io.partidb.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The item's array representation: order, lookups, equality, the shared names and updates. */
class ItemTest {
    private static final AttributeValue A = AttributeValue.ofString("a");
    private static final AttributeValue ONE = AttributeValue.ofNumber(1);
    private static final AttributeValue TWO = AttributeValue.ofNumber(2);

    @Test
    void keepsInsertionOrderAndFindsAttributesByName() {
        Item item = Item.of(ordered("pk", A, "n", ONE, "m", TWO));
        assertThat(item.attributes().keySet()).containsExactly("pk", "n", "m");
        assertThat(item.get("n")).isEqualTo(ONE);
        assertThat(item.get(new String("m"))).isEqualTo(TWO);
        assertThat(item.get("missing")).isNull();
        assertThat(item.has("pk")).isTrue();
        assertThat(item.attributeCount()).isEqualTo(3);
        assertThat(item.name(2)).isEqualTo("m");
        assertThat(item.value(0)).isEqualTo(A);
        assertThat(item).hasToString("{'pk': 'a', 'n': 1, 'm': 2}");
    }

    @Test
    void equalityAndHashIgnoreTheOrderLikeAMap() {
        Item one = Item.of(ordered("pk", A, "n", ONE));
        Item other = Item.of(ordered("n", ONE, "pk", A));
        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one.hashCode()).isEqualTo(Map.of("pk", A, "n", ONE).hashCode());
        assertThat(one.attributes()).isEqualTo(Map.of("pk", A, "n", ONE));
        assertThat(one).isNotEqualTo(Item.of(ordered("pk", A, "n", TWO)));
        assertThat(one).isNotEqualTo(Item.of(ordered("pk", A)));
        assertThat(one).isNotEqualTo(Item.of(ordered("pk", A, "x", ONE)));
    }

    @Test
    void shareValueSwapsInAnEqualInstanceAndRejectsADifferentValue() {
        AttributeValue own = AttributeValue.ofString("same");
        AttributeValue stored = AttributeValue.ofString("same");
        Item item = Item.ofArrays(new String[] {"pk", "n"}, new AttributeValue[] {own, ONE});
        int hash = item.hashCode();
        item.shareValue(own, stored);
        assertThat(item.get("pk")).isSameAs(stored);
        assertThat(item.hashCode()).isEqualTo(hash);
        // not held (any more): nothing changes
        item.shareValue(own, AttributeValue.ofString("same"));
        assertThat(item.get("pk")).isSameAs(stored);
        assertThatThrownBy(() -> item.shareValue(stored, AttributeValue.ofString("other")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(item.get("pk")).isSameAs(stored);
    }

    @Test
    void itemsBuiltFromOneNamesArrayShareIt() {
        String[] names = {"pk", "n"};
        Item first = Item.ofArrays(names, new AttributeValue[] {A, ONE});
        Item second = Item.ofArrays(names, new AttributeValue[] {A, ONE});
        assertThat(first).isEqualTo(second);
        assertThat(first).isNotEqualTo(Item.ofArrays(names, new AttributeValue[] {A, TWO}));
        assertThatThrownBy(() -> Item.ofArrays(new String[] {"pk", "pk"},
                new AttributeValue[] {A, ONE})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Item.ofArrays(new String[] {""}, new AttributeValue[] {A}))
                .isInstanceOf(EngineException.class);
        assertThatThrownBy(() -> Item.ofArrays(new String[] {"pk"}, new AttributeValue[] {null}))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void withReplacesInPlaceAndAppendsNewNamesInOrder() {
        Item item = Item.of(ordered("pk", A, "n", ONE, "s", AttributeValue.ofString("x")));
        // measured first, so that the updated items adjust the size instead of measuring again
        assertThat(item.sizeInBytes()).isEqualTo(2 + 1 + 1 + 2 + 1 + 1);
        Item longer = item.with(new String[] {"s", "t"},
                new AttributeValue[] {AttributeValue.ofString("xyz"), ONE});
        assertThat(longer.sizeInBytes()).isEqualTo(Item.of(longer.attributes()).sizeInBytes())
                .isEqualTo(2 + 1 + 1 + 2 + 1 + 3 + 1 + 2);
        item = Item.of(ordered("pk", A, "n", ONE));
        Item replaced = item.with(new String[] {"n"}, new AttributeValue[] {TWO});
        assertThat(replaced.attributes()).containsExactly(Map.entry("pk", A),
                Map.entry("n", TWO));
        assertThat(item.get("n")).isEqualTo(ONE);
        Item grown = item.with(new String[] {"x", "n", "y"},
                new AttributeValue[] {ONE, TWO, A});
        assertThat(grown.attributes().keySet()).containsExactly("pk", "n", "x", "y");
        assertThat(grown.get("n")).isEqualTo(TWO);
        assertThat(grown.get("y")).isEqualTo(A);
    }

    @Test
    void wideItemsAreLookedUpThroughAnIndex() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            attributes.put("a" + i, AttributeValue.ofNumber(i));
        }
        Item wide = Item.of(attributes);
        assertThat(wide.get("a73")).isEqualTo(AttributeValue.ofNumber(73));
        assertThat(wide.get("a100")).isNull();
        Item reordered = Item.of(reversed(attributes));
        assertThat(wide).isEqualTo(reordered).hasSameHashCodeAs(reordered);
        Item changed = wide.with(new String[] {"a5", "z"},
                new AttributeValue[] {A, A});
        assertThat(changed.get("a5")).isEqualTo(A);
        assertThat(changed.get("z")).isEqualTo(A);
        assertThat(changed.attributeCount()).isEqualTo(101);
    }

    private static Map<String, AttributeValue> reversed(Map<String, AttributeValue> in) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(in.keySet());
        Collections.reverse(names);
        for (String name : names) {
            out.put(name, in.get(name));
        }
        return out;
    }

    private static Map<String, AttributeValue> ordered(Object... namesAndValues) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put((String) namesAndValues[i], (AttributeValue) namesAndValues[i + 1]);
        }
        return out;
    }
}
