package io.partidb.engine.value;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Value types, literal rendering, immutability and equality. */
class AttributeValueTest {

    @Test
    void everyValueKnowsItsType() {
        assertThat(AttributeValue.ofString("a").type()).isEqualTo(AttributeType.S);
        assertThat(AttributeValue.ofNumber(1).type()).isEqualTo(AttributeType.N);
        assertThat(AttributeValue.ofBinary(new byte[0]).type()).isEqualTo(AttributeType.B);
        assertThat(AttributeValue.ofBoolean(true).type()).isEqualTo(AttributeType.BOOL);
        assertThat(AttributeValue.nul().type()).isEqualTo(AttributeType.NULL);
        assertThat(AttributeValue.ofList(List.of()).type()).isEqualTo(AttributeType.L);
        assertThat(AttributeValue.ofMap(Map.of()).type()).isEqualTo(AttributeType.M);
        assertThat(AttributeValue.ofStringSet(List.of("a")).type()).isEqualTo(AttributeType.SS);
        assertThat(AttributeValue.ofNumberSet(List.of(BigDecimal.ONE)).type())
                .isEqualTo(AttributeType.NS);
        assertThat(AttributeValue.ofBinarySet(List.of(Bytes.of(new byte[] {1}))).type())
                .isEqualTo(AttributeType.BS);
    }

    @Test
    void toStringIsAReadableLiteral() {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("it's", AttributeValue.ofString("o'k"));
        map.put("n", AttributeValue.ofNumber("1E+2"));
        assertThat(AttributeValue.ofMap(map).toString()).isEqualTo("{'it''s': 'o''k', 'n': 100}");
        assertThat(AttributeValue.ofList(List.of(AttributeValue.ofBoolean(false),
                AttributeValue.nul(), AttributeValue.ofBinary(new byte[] {1, (byte) 0xFF})))
                .toString()).isEqualTo("[false, NULL, X'01FF']");
        assertThat(AttributeValue.ofStringSet(List.of("a", "b")).toString())
                .isEqualTo("<<'a', 'b'>>");
        assertThat(AttributeValue.ofNumberSet(List.of(new BigDecimal("1.50"))).toString())
                .isEqualTo("<<1.5>>");
    }

    @Test
    void documentsAreCopiedAndUnmodifiable() {
        List<AttributeValue> source = new ArrayList<>(List.of(AttributeValue.ofNumber(1)));
        AttributeValue.L list = AttributeValue.ofList(source);
        source.add(AttributeValue.ofNumber(2));
        assertThat(list.values()).hasSize(1);
        assertThatThrownBy(() -> list.values().add(AttributeValue.nul()))
                .isInstanceOf(UnsupportedOperationException.class);

        Map<String, AttributeValue> entries = new LinkedHashMap<>();
        entries.put("b", AttributeValue.ofNumber(1));
        entries.put("a", AttributeValue.ofNumber(2));
        AttributeValue.M map = AttributeValue.ofMap(entries);
        entries.clear();
        assertThat(map.values().keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> map.values().put("c", AttributeValue.nul()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityFollowsDynamo() {
        Map<String, AttributeValue> ab = new LinkedHashMap<>();
        ab.put("a", AttributeValue.ofNumber(1));
        ab.put("b", AttributeValue.ofNumber(2));
        Map<String, AttributeValue> ba = new LinkedHashMap<>();
        ba.put("b", AttributeValue.ofNumber("2.0"));
        ba.put("a", AttributeValue.ofNumber(1));
        assertThat(AttributeValue.ofMap(ab)).isEqualTo(AttributeValue.ofMap(ba));
        assertThat(AttributeValue.ofList(List.of(AttributeValue.ofNumber(1),
                AttributeValue.ofNumber(2)))).isNotEqualTo(AttributeValue.ofList(List.of(
                AttributeValue.ofNumber(2), AttributeValue.ofNumber(1))));
        assertThat(AttributeValue.ofString("1")).isNotEqualTo(AttributeValue.ofNumber(1));
        assertThat(new AttributeValue.Null()).isEqualTo(AttributeValue.nul());
    }

    @Test
    void binaryValuesCopyTheirInput() {
        byte[] bytes = {1, 2};
        AttributeValue.B value = AttributeValue.ofBinary(bytes);
        bytes[0] = 7;
        assertThat(value.value().toArray()).containsExactly(1, 2);
    }
}
