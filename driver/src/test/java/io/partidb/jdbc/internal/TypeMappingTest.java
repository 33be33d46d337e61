package io.partidb.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeMappingTest {

    @Test
    void javaValuesBecomeDynamoDbValuesWithoutLosingPrecision() throws SQLException {
        assertThat(TypeMapping.toAttributeValue("x")).isEqualTo(AttributeValue.ofString("x"));
        assertThat(TypeMapping.toAttributeValue(0.1d).toString()).isEqualTo("0.1");
        assertThat(TypeMapping.toAttributeValue(0.1f).toString()).isEqualTo("0.1");
        assertThat(TypeMapping.toAttributeValue(new BigInteger("123456789012345678901234567890")))
                .isEqualTo(AttributeValue.ofNumber("123456789012345678901234567890"));
        assertThat(TypeMapping.toAttributeValue(Long.MAX_VALUE))
                .isEqualTo(AttributeValue.ofNumber(Long.MAX_VALUE));
        assertThat(TypeMapping.toAttributeValue(null)).isEqualTo(AttributeValue.nul());
        assertThat(TypeMapping.toAttributeValue(LocalDate.of(2026, 11, 25)))
                .isEqualTo(AttributeValue.ofString("2026-11-25"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", 1);
        map.put("l", List.of("a", true));
        map.put("s", new LinkedHashSet<>(List.of(1, 2)));
        AttributeValue value = TypeMapping.toAttributeValue(map);
        assertThat(value.type()).isEqualTo(AttributeType.M);
        assertThat(((AttributeValue.M) value).values().get("s").type()).isEqualTo(AttributeType.NS);
    }

    @Test
    void valuesWithoutDynamoDbFormAreRefused() {
        assertThatThrownBy(() -> TypeMapping.toAttributeValue(Double.NaN))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> TypeMapping.toAttributeValue(Set.of()))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> TypeMapping.toAttributeValue(Set.of("a", 1)))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> TypeMapping.toAttributeValue(Map.of(1, "x")))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> TypeMapping.toAttributeValue(new Object()))
                .isInstanceOf(SQLDataException.class);
        assertThatThrownBy(() -> TypeMapping.toAttributeValue(new BigDecimal("1e200")))
                .isInstanceOf(SQLDataException.class)
                .hasMessageStartingWith("ValidationException: Number overflow");
    }

    @Test
    void dynamoDbValuesReadAsJavaAndText() {
        AttributeValue doc = AttributeValue.ofMap(Map.of("a",
                AttributeValue.ofList(List.of(AttributeValue.ofNumber("1.50"),
                        AttributeValue.nul()))));
        assertThat(TypeMapping.toJava(doc)).isEqualTo(
                Map.of("a", java.util.Arrays.asList(new BigDecimal("1.5"), null)));
        assertThat(TypeMapping.toText(doc)).isEqualTo("{\"a\":[1.5,null]}");
        assertThat(TypeMapping.toText(AttributeValue.ofNumber("1E+2"))).isEqualTo("100");
        assertThat(TypeMapping.toJava(AttributeValue.ofNumber("1200")).toString())
                .as("whole numbers read without an exponent").isEqualTo("1200");
        assertThat(TypeMapping.toText(AttributeValue.ofBinary(new byte[] {1, 2})))
                .isEqualTo("AQI=");
        assertThat(TypeMapping.toText(null)).isNull();
        assertThat(TypeMapping.jdbcType(AttributeType.N)).isEqualTo(Types.DECIMAL);
        assertThat(TypeMapping.jdbcType(AttributeType.SS)).isEqualTo(Types.JAVA_OBJECT);
        assertThat(TypeMapping.jdbcType(null)).isEqualTo(Types.OTHER);
    }
}
