package io.partidb.engine.value;

import io.partidb.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Set values: non-empty, distinct, ordered as given, equal regardless of order. */
class SetRulesTest {

    @Test
    void emptySetsAreRejectedWithDynamosTexts() {
        assertEngineError(() -> AttributeValue.ofStringSet(List.of()), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: An string set  may not be empty");
        assertEngineError(() -> AttributeValue.ofNumberSet(List.of()), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: An number set  may not be empty");
        assertEngineError(() -> AttributeValue.ofBinarySet(List.of()), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: Binary sets should not be empty");
        assertEngineError(() -> new AttributeValue.SS(Set.of()), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: An string set  may not be empty");
    }

    @Test
    void duplicatesAreRejected() {
        assertEngineError(() -> AttributeValue.ofStringSet(List.of("a", "a")),
                ErrorCode.VALIDATION, "One or more parameter values were invalid: "
                        + "Input collection [a, a] contains duplicates.");
        Bytes b = Bytes.of("b".getBytes(StandardCharsets.US_ASCII));
        assertEngineError(() -> AttributeValue.ofBinarySet(List.of(b, b)), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: "
                        + "Input collection [Yg==, Yg==]of type BS contains duplicates.");
    }

    @Test
    void numberSetMembersAreDistinctByValue() {
        assertEngineError(() -> AttributeValue.ofNumberSet(
                        List.of(new BigDecimal("1"), new BigDecimal("1.0"))), ErrorCode.VALIDATION,
                "One or more parameter values were invalid: "
                        + "Input collection [1, 1] contains duplicates.");
        Set<BigDecimal> distinctBigDecimals = new LinkedHashSet<>(
                List.of(new BigDecimal("100"), new BigDecimal("1E+2")));
        assertThatThrownBy(() -> new AttributeValue.NS(distinctBigDecimals))
                .hasMessageContaining("contains duplicates");
    }

    @Test
    void numberSetMembersAreRangeChecked() {
        assertEngineError(() -> AttributeValue.ofNumberSet(List.of(new BigDecimal("1E126"))),
                ErrorCode.NUMBER_OUT_OF_RANGE, NumberTest.OVERFLOW);
    }

    @Test
    void setsKeepInsertionOrderAndAreUnmodifiable() {
        AttributeValue.SS set = AttributeValue.ofStringSet(List.of("b", "a", "c"));
        assertThat(set.values()).containsExactly("b", "a", "c");
        assertThatThrownBy(() -> set.values().add("d"))
                .isInstanceOf(UnsupportedOperationException.class);
        AttributeValue.NS numbers = AttributeValue.ofNumberSet(
                List.of(new BigDecimal("2.50"), BigDecimal.ONE));
        assertThat(numbers.values()).containsExactly(new BigDecimal("2.5"), BigDecimal.ONE);
    }

    @Test
    void setEqualityIgnoresOrder() {
        assertThat(AttributeValue.ofStringSet(List.of("a", "b")))
                .isEqualTo(AttributeValue.ofStringSet(List.of("b", "a")));
        assertThat(AttributeValue.ofNumberSet(List.of(new BigDecimal("1.0"), BigDecimal.TEN)))
                .isEqualTo(AttributeValue.ofNumberSet(List.of(BigDecimal.TEN, BigDecimal.ONE)));
    }

    @Test
    void emptyMembersAreAllowed() {
        assertThat(AttributeValue.ofStringSet(List.of("")).values()).containsExactly("");
        assertThat(AttributeValue.ofBinarySet(List.of(Bytes.of(new byte[0]))).values())
                .hasSize(1);
    }
}
