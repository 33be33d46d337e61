package io.partidb.engine.value;

import io.partidb.engine.Item;
import io.partidb.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;

/** The 32-level nesting limit of documents, built directly and read from JSON. */
class NestingTest {
    static final String TOO_DEEP = "Nesting Levels have exceeded supported limits: "
            + "Attributes in the item have nested levels beyond supported limit";

    static AttributeValue deepMap(int wraps) {
        AttributeValue value = AttributeValue.ofString("leaf");
        for (int i = 0; i < wraps; i++) {
            value = AttributeValue.ofMap(Map.of("n", value));
        }
        return value;
    }

    static String deepJson(int wraps) {
        return "{\"M\":{\"n\":".repeat(wraps) + "{\"S\":\"leaf\"}" + "}}".repeat(wraps);
    }

    @Test
    void thirtyOneWrapsAreTheDeepestValue() {
        AttributeValue value = deepMap(31);
        assertThat(AttributeValues.depth(value)).isEqualTo(32);
        assertThat(Item.of(Map.of("data", value)).get("data")).isEqualTo(value);
    }

    @Test
    void thirtyTwoWrapsAreRejected() {
        AttributeValue value = deepMap(31);
        assertEngineError(() -> AttributeValue.ofMap(Map.of("n", value)), ErrorCode.VALIDATION,
                TOO_DEEP);
        assertEngineError(() -> AttributeValue.ofList(List.of(value)), ErrorCode.VALIDATION,
                TOO_DEEP);
    }

    @Test
    void listsCountLikeMaps() {
        AttributeValue value = AttributeValue.ofNumber(1);
        for (int i = 0; i < 31; i++) {
            value = i % 2 == 0 ? AttributeValue.ofList(List.of(value))
                    : AttributeValue.ofMap(Map.of("k", value));
        }
        assertThat(AttributeValues.depth(value)).isEqualTo(32);
        AttributeValue deepest = value;
        assertEngineError(() -> AttributeValue.ofList(List.of(AttributeValue.nul(), deepest)),
                ErrorCode.VALIDATION, TOO_DEEP);
    }

    @Test
    void dynamoJsonAppliesTheSameLimit() {
        assertThat(DynamoJson.readValue(deepJson(31))).isEqualTo(deepMap(31));
        assertEngineError(() -> DynamoJson.readValue(deepJson(32)), ErrorCode.VALIDATION,
                TOO_DEEP);
        assertEngineError(() -> DynamoJson.readItem("{\"data\":" + deepJson(32) + "}"),
                ErrorCode.VALIDATION, TOO_DEEP);
        assertEngineError(() -> DynamoJson.readValue(deepJson(500)), ErrorCode.VALIDATION,
                TOO_DEEP);
    }
}
