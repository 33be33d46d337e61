package io.partidb.engine;

import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import io.partidb.engine.value.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** Item and attribute sizes as DynamoDB computes them; attribute name rules. */
class ItemSizeTest {

    @Test
    void developerGuideExample() {
        assertThat(item("shirt-color", "R", "shirt-size", "M").sizeInBytes()).isEqualTo(23);
    }

    // Byte costs measured on DynamoDB at its 400 KB gate (paritysuite item-size captures).
    @ParameterizedTest
    @CsvSource({
        "0, 1", "1, 2", "12, 2", "123, 3", "1234, 3",
        "12345678901234567890123456789012345678, 20",
        "0042, 2", "100, 2", "1010, 3", "0.0000001, 2", "1E125, 2", "1E-100, 2",
        "1.5, 3", "15, 2", "1.2, 3", "1.200, 3", "1.234, 4", "3.14159, 5", "123456, 4",
        "100.5, 4", "0.15, 2", "-42, 3", "-0, 1",
    })
    void numberSizes(String literal, int bytes) {
        assertThat(AttributeValues.valueSize(AttributeValue.ofNumber(literal))).isEqualTo(bytes);
        assertThat(AttributeValues.sizeInBytes("n", AttributeValue.ofNumber(literal)))
                .isEqualTo(1 + bytes);
    }

    @Test
    void stringsAndNamesCountUtf8Bytes() {
        assertThat(AttributeValues.sizeInBytes("é", AttributeValue.ofString("€"))).isEqualTo(5);
        assertThat(AttributeValues.valueSize(AttributeValue.ofString("\uD83D\uDE00")))
                .isEqualTo(4);
        assertThat(AttributeValues.valueSize(AttributeValue.ofString(""))).isZero();
        assertThat(AttributeValues.utf8Length("a\u07FF\u0800")).isEqualTo(1 + 2 + 3);
        // an ASCII run, then every kind of char after it, and a lone surrogate at the end
        assertThat(AttributeValues.utf8Length("abc\u00E9d\uD83D\uDE00e\uD83D"))
                .isEqualTo(3 + 2 + 1 + 4 + 1 + 3);
        assertThat(AttributeValues.utf8Length("\u00E9abc")).isEqualTo(2 + 3);
        assertThat(AttributeValues.utf8Length("x".repeat(300))).isEqualTo(300);
    }

    @Test
    void scalarSizes() {
        assertThat(AttributeValues.sizeInBytes("b", AttributeValue.ofBinary(new byte[10])))
                .isEqualTo(11);
        assertThat(AttributeValues.sizeInBytes("flag", AttributeValue.ofBoolean(true)))
                .isEqualTo(5);
        assertThat(AttributeValues.sizeInBytes("none", AttributeValue.nul())).isEqualTo(5);
    }

    @Test
    void documentSizes() {
        AttributeValue list = AttributeValue.ofList(List.of(AttributeValue.ofString("ab"),
                AttributeValue.ofNumber(1)));
        // name 1 + overhead 3 + one byte per element 2 + 'ab' 2 + number 1 costs 2
        assertThat(AttributeValues.sizeInBytes("l", list)).isEqualTo(10);
        AttributeValue map = AttributeValue.ofMap(Map.of("k", AttributeValue.ofString("v")));
        // name 1 + overhead 3 + one element 1 + key 'k' 1 + value 'v' 1
        assertThat(AttributeValues.sizeInBytes("m", map)).isEqualTo(7);
        assertThat(AttributeValues.valueSize(AttributeValue.ofList(List.of()))).isEqualTo(3);
        AttributeValue nested = AttributeValue.ofMap(Map.of("k", map));
        assertThat(AttributeValues.valueSize(nested)).isEqualTo(3 + 1 + 1 + 6);
    }

    @Test
    void setSizesSumTheirMembers() {
        assertThat(AttributeValues.sizeInBytes("ss",
                AttributeValue.ofStringSet(List.of("a", "bc")))).isEqualTo(5);
        assertThat(AttributeValues.sizeInBytes("ns", AttributeValue.ofNumberSet(
                List.of(BigDecimal.ONE, new BigDecimal("100.5"))))).isEqualTo(2 + 2 + 4);
        assertThat(AttributeValues.valueSize(AttributeValue.ofBinarySet(
                List.of(Bytes.of(new byte[3]), Bytes.of(new byte[4]))))).isEqualTo(7);
    }

    @Test
    void itemSizeSumsAttributesAndIsStable() {
        Item item = item("pk", "k", "n", 100L, "s", "text");
        assertThat(item.sizeInBytes()).isEqualTo(3 + 3 + 5).isEqualTo(item.sizeInBytes());
        assertThat(Item.of(Map.of()).sizeInBytes()).isZero();
    }

    @Test
    void attributeNamesMustBeNonEmptyAndUnder64Kb() {
        Map<String, AttributeValue> empty = new LinkedHashMap<>();
        empty.put("", AttributeValue.ofString("x"));
        assertEngineError(() -> Item.of(empty), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: An attribute name cannot be empty");
        assertThat(Item.of(Map.of("a".repeat(65_535), AttributeValue.nul())).sizeInBytes())
                .isEqualTo(65_536);
        assertEngineError(() -> Item.of(Map.of("a".repeat(65_536), AttributeValue.nul())),
                ErrorCode.VALIDATION);
        assertEngineError(() -> Item.of(Map.of("\u20AC".repeat(21_846), AttributeValue.nul())),
                ErrorCode.VALIDATION);
    }

    @Test
    void itemsAreCopiedKeepOrderAndCompareByContent() {
        Map<String, AttributeValue> source = new LinkedHashMap<>();
        source.put("z", AttributeValue.ofNumber(1));
        source.put("a", AttributeValue.ofNumber(2));
        Item item = Item.of(source);
        source.put("b", AttributeValue.ofNumber(3));
        assertThat(item.attributes().keySet()).containsExactly("z", "a");
        assertThat(item.get("b")).isNull();
        Item reordered = item("a", 2L, "z", 1L);
        assertThat(item).isEqualTo(reordered).hasSameHashCodeAs(reordered);
        assertThat(item.toString()).isEqualTo("{'z': 1, 'a': 2}");
    }
}
