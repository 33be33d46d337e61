package io.partidb.engine.value;

import io.partidb.engine.Item;
import io.partidb.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;

/** DynamoDB JSON: exact round trips and the errors for malformed input. */
class DynamoJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"S\":\"text with \\\"quotes\\\" and \u20ac\"}",
        "{\"S\":\"\"}",
        "{\"N\":\"-12.5\"}",
        "{\"N\":\"100\"}",
        "{\"B\":\"AAEC/w==\"}",
        "{\"BOOL\":true}",
        "{\"BOOL\":false}",
        "{\"NULL\":true}",
        "{\"L\":[]}",
        "{\"L\":[{\"S\":\"a\"},{\"N\":\"1\"},{\"NULL\":true}]}",
        "{\"M\":{}}",
        "{\"M\":{\"z\":{\"N\":\"1\"},\"a\":{\"L\":[{\"BOOL\":true}]}}}",
        "{\"SS\":[\"b\",\"a\"]}",
        "{\"NS\":[\"2\",\"1.5\"]}",
        "{\"BS\":[\"Yg==\",\"AA==\"]}",
    })
    void valuesRoundTripExactly(String json) {
        assertThat(DynamoJson.writeValue(DynamoJson.readValue(json))).isEqualTo(json);
    }

    @Test
    void readsTheRightTypes() {
        assertThat(DynamoJson.readValue("{\"B\":\"AAEC/w==\"}"))
                .isEqualTo(AttributeValue.ofBinary(new byte[] {0, 1, 2, (byte) 0xFF}));
        assertThat(DynamoJson.readValue("{\"N\":\"1e3\"}"))
                .isEqualTo(AttributeValue.ofNumber(1000));
        assertThat(DynamoJson.readValue("{\"S\":\"\\u20ac\"}"))
                .isEqualTo(AttributeValue.ofString("\u20ac"));
        assertThat(DynamoJson.readValue("{\"NULL\":true}")).isSameAs(AttributeValue.nul());
        assertThat(DynamoJson.readValue("{\"NS\":[\"1\",\"2\"]}")).isEqualTo(
                AttributeValue.ofNumberSet(List.of(BigDecimal.ONE, new BigDecimal(2))));
    }

    @Test
    void writesCanonicalNumbers() {
        assertThat(DynamoJson.writeValue(AttributeValue.ofNumber("1E+2")))
                .isEqualTo("{\"N\":\"100\"}");
        assertThat(DynamoJson.writeValue(AttributeValue.ofNumber("-0.0")))
                .isEqualTo("{\"N\":\"0\"}");
    }

    @Test
    void itemsRoundTripInOrder() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("pk", AttributeValue.ofString("k"));
        attributes.put("n", AttributeValue.ofNumber(7));
        attributes.put("doc", AttributeValue.ofMap(Map.of("x", AttributeValue.ofBoolean(true))));
        Item item = Item.of(attributes);
        String json = DynamoJson.writeItem(item);
        assertThat(json).isEqualTo("{\"pk\":{\"S\":\"k\"},\"n\":{\"N\":\"7\"},"
                + "\"doc\":{\"M\":{\"x\":{\"BOOL\":true}}}}");
        Item read = DynamoJson.readItem(json);
        assertThat(read).isEqualTo(item);
        assertThat(read.attributes().keySet()).containsExactly("pk", "n", "doc");
        assertThat(DynamoJson.readItem("{}").attributes()).isEmpty();
    }

    @Test
    void jsonNumbersAreNotDynamoNumbers() {
        assertEngineError(() -> DynamoJson.readValue("{\"N\": 123}"), ErrorCode.VALIDATION,
                "Invalid DynamoDB JSON: the value of \"N\" must be a JSON string");
        assertEngineError(() -> DynamoJson.readValue("{\"NS\": [1]}"), ErrorCode.VALIDATION,
                "Invalid DynamoDB JSON: the members of \"NS\" must be JSON strings");
    }

    @Test
    void nullMustBeTrue() {
        assertEngineError(() -> DynamoJson.readValue("{\"NULL\": false}"), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: "
                        + "Null attribute value types must have the value of true");
    }

    @Test
    void exactlyOneTypePerValue() {
        assertEngineError(() -> DynamoJson.readValue("{}"), ErrorCode.VALIDATION,
                "Supplied AttributeValue is empty, must contain exactly one of the supported "
                        + "datatypes");
        assertEngineError(() -> DynamoJson.readValue("{\"S\":\"a\",\"N\":\"1\"}"),
                ErrorCode.VALIDATION, "Supplied AttributeValue has more than one datatypes set, "
                        + "must contain exactly one of the supported datatypes");
        assertEngineError(() -> DynamoJson.readValue("{\"X\":\"a\"}"), ErrorCode.VALIDATION,
                "Invalid DynamoDB JSON: unknown data type \"X\"; "
                        + "expected one of S, N, B, BOOL, NULL, L, M, SS, NS, BS");
    }

    @Test
    void valueRulesApply() {
        assertEngineError(() -> DynamoJson.readValue("{\"N\":\"abc\"}"), ErrorCode.VALIDATION,
                "A value provided cannot be converted into a number");
        assertEngineError(() -> DynamoJson.readValue("{\"N\":\"1e126\"}"),
                ErrorCode.NUMBER_OUT_OF_RANGE, NumberTest.OVERFLOW);
        assertEngineError(() -> DynamoJson.readValue("{\"SS\":[]}"), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: An string set  may not be empty");
        assertEngineError(() -> DynamoJson.readValue("{\"SS\":[\"a\",\"a\"]}"),
                ErrorCode.VALIDATION, "One or more parameter values were invalid: "
                        + "Input collection [a, a] contains duplicates.");
        assertEngineError(() -> DynamoJson.readValue("{\"B\":\"not base64!\"}"),
                ErrorCode.VALIDATION, "Invalid DynamoDB JSON: binary data is not valid Base64");
        assertEngineError(() -> DynamoJson.readItem("{\"\":{\"S\":\"a\"}}"),
                ErrorCode.VALIDATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"S\":", "{\"S\":\"a\"", "[]", "\"x\"", "null",
        "{\"S\":\"a\"} extra", "{\"BOOL\":\"true\"}", "{\"L\":{}}", "{\"L\":[1]}",
        "{\"M\":[]}", "{\"S\":null}"})
    void malformedValuesAreValidationErrors(String json) {
        assertEngineError(() -> DynamoJson.readValue(json), ErrorCode.VALIDATION);
    }

    @Test
    void duplicateNamesAreRejected() {
        assertEngineError(() -> DynamoJson.readItem("{\"a\":{\"S\":\"1\"},\"a\":{\"S\":\"2\"}}"),
                ErrorCode.VALIDATION);
        assertEngineError(() -> DynamoJson.readValue("{\"M\":{\"a\":{\"S\":\"1\"},"
                + "\"a\":{\"S\":\"2\"}}}"), ErrorCode.VALIDATION);
    }

    @Test
    void itemsMustBeObjectsOfTypedValues() {
        assertEngineError(() -> DynamoJson.readItem("[]"), ErrorCode.VALIDATION);
        assertEngineError(() -> DynamoJson.readItem("{\"a\":\"plain\"}"), ErrorCode.VALIDATION,
                "Invalid DynamoDB JSON: expected a typed value for attribute a");
    }
}
