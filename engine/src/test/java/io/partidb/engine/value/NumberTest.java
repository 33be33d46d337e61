package io.partidb.engine.value;

import io.partidb.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;

/** DynamoDB's number rules: parsing, canonical form, range and precision. */
class NumberTest {
    static final String OVERFLOW = "Number overflow. Attempting to store a number with magnitude "
            + "larger than supported range";
    static final String UNDERFLOW = "Number underflow. Attempting to store a number with "
            + "magnitude smaller than supported range";
    static final String TOO_PRECISE =
            "Attempting to store more than 38 significant digits in a Number";
    static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";

    @ParameterizedTest
    @CsvSource({
        "00042, 42",
        "1.0, 1",
        "3.1400, 3.14",
        "1.5E2, 150",
        "1E+2, 100",
        "-0, 0",
        "-0.000, 0",
        "0042.1200, 42.12",
        ".5, 0.5",
        "5., 5",
        "+7, 7",
        "-12.50e-1, -1.25",
        "1e-5, 0.00001",
        "123456789012345678901234567890.12345678, 123456789012345678901234567890.12345678",
    })
    void textIsCanonicalised(String text, String canonical) {
        assertThat(AttributeValue.ofNumber(text).toString()).isEqualTo(canonical);
        assertThat(DynamoJson.writeValue(AttributeValue.ofNumber(text)))
                .isEqualTo("{\"N\":\"" + canonical + "\"}");
    }

    @Test
    void largestExponentExpandsToPlainDigits() {
        assertThat(AttributeValue.ofNumber("1E125").toString()).isEqualTo("1" + "0".repeat(125));
    }

    @Test
    void equalNumbersAreEqualValues() {
        assertThat(AttributeValue.ofNumber("1000")).isEqualTo(AttributeValue.ofNumber("1e3"));
        assertThat(AttributeValue.ofNumber("1000").hashCode())
                .isEqualTo(AttributeValue.ofNumber("1e3").hashCode());
        assertThat(AttributeValue.ofNumber(new BigDecimal("1.00"))).isEqualTo(
                AttributeValue.ofNumber(1));
        assertThat(new AttributeValue.N(new BigDecimal("0.000"))).isEqualTo(
                AttributeValue.ofNumber(0));
        assertThat(AttributeValue.ofNumber("0").value()).isSameAs(BigDecimal.ZERO);
        assertThat(AttributeValue.ofNumber("1.5")).isNotEqualTo(AttributeValue.ofNumber("1.50001"));
    }

    @Test
    void magnitudeBoundaries() {
        String largest = "9." + "9".repeat(37) + "E+125";
        assertThat(AttributeValue.ofNumber(largest).value())
                .isEqualByComparingTo(new BigDecimal(largest));
        assertThat(AttributeValue.ofNumber("-" + largest).value().signum()).isEqualTo(-1);
        assertThat(AttributeValue.ofNumber("1E-130").value())
                .isEqualByComparingTo(new BigDecimal("1E-130"));
        assertThat(AttributeValue.ofNumber("-1E-130").value())
                .isEqualByComparingTo(new BigDecimal("-1E-130"));

        assertEngineError(() -> AttributeValue.ofNumber("1E126"), ErrorCode.NUMBER_OUT_OF_RANGE,
                OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("-1e126"), ErrorCode.NUMBER_OUT_OF_RANGE,
                OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("10E125"), ErrorCode.NUMBER_OUT_OF_RANGE,
                OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("1E-131"), ErrorCode.NUMBER_OUT_OF_RANGE,
                UNDERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("-0.1e-130"),
                ErrorCode.NUMBER_OUT_OF_RANGE, UNDERFLOW);
        assertThat(AttributeValue.ofNumber("0.1e-129").value())
                .isEqualByComparingTo(new BigDecimal("1E-130"));
    }

    @Test
    void precisionBoundary() {
        String digits38 = "12345678901234567890123456789012345678";
        assertThat(AttributeValue.ofNumber(digits38).toString()).isEqualTo(digits38);
        assertThat(AttributeValue.ofNumber("-0.000" + digits38).toString())
                .isEqualTo("-0.000" + digits38);
        // Leading and trailing zeros are not significant.
        assertThat(AttributeValue.ofNumber("000" + digits38 + "000").toString())
                .isEqualTo(digits38 + "000");
        assertThat(AttributeValue.ofNumber(digits38 + ".000").toString()).isEqualTo(digits38);

        assertEngineError(() -> AttributeValue.ofNumber(digits38 + "9"),
                ErrorCode.NUMBER_OUT_OF_RANGE, TOO_PRECISE);
        assertEngineError(() -> AttributeValue.ofNumber("-1.2345678901234567890123456789012345678"
                + "9"), ErrorCode.NUMBER_OUT_OF_RANGE, TOO_PRECISE);
        assertEngineError(() -> AttributeValue.ofNumber(new BigDecimal(digits38 + "1")),
                ErrorCode.NUMBER_OUT_OF_RANGE, TOO_PRECISE);
        // Precision is checked before range, as DynamoDB does.
        assertEngineError(() -> AttributeValue.ofNumber(digits38 + "1E200"),
                ErrorCode.NUMBER_OUT_OF_RANGE, TOO_PRECISE);
    }

    @Test
    void zeroIsRangeCheckedByTheExponentItIsWrittenWith() {
        assertThat(AttributeValue.ofNumber("0e125").toString()).isEqualTo("0");
        assertThat(AttributeValue.ofNumber("0e-130").toString()).isEqualTo("0");
        assertEngineError(() -> AttributeValue.ofNumber("0e126"), ErrorCode.NUMBER_OUT_OF_RANGE,
                OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("0e-131"), ErrorCode.NUMBER_OUT_OF_RANGE,
                UNDERFLOW);
    }

    @Test
    void exponentsBeyondIntegerRangeAreRangeErrorsUntilTheyPassLong() {
        assertEngineError(() -> AttributeValue.ofNumber("1e99999999999"),
                ErrorCode.NUMBER_OUT_OF_RANGE, OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("1e-99999999999"),
                ErrorCode.NUMBER_OUT_OF_RANGE, UNDERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("1e2147483648"),
                ErrorCode.NUMBER_OUT_OF_RANGE, OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("1e9223372036854775807"),
                ErrorCode.NUMBER_OUT_OF_RANGE, OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber("1e9223372036854775808"),
                ErrorCode.VALIDATION, NOT_A_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "abc", "1..2", "1.2.3", "1e", "1e+", "e5", ".",
        "--1", "+-1", "0x10", "NaN", "Infinity", "1,5", "1_000", "١"})
    void unparsableTextIsAValidationError(String text) {
        assertEngineError(() -> AttributeValue.ofNumber(text), ErrorCode.VALIDATION,
                NOT_A_NUMBER);
    }

    @Test
    void bigDecimalAndLongFactoriesCanonicaliseAndCheck() {
        assertThat(AttributeValue.ofNumber(new BigDecimal("1E+2")).toString()).isEqualTo("100");
        assertThat(AttributeValue.ofNumber(Long.MIN_VALUE).toString())
                .isEqualTo("-9223372036854775808");
        assertEngineError(() -> AttributeValue.ofNumber(new BigDecimal("1E+126")),
                ErrorCode.NUMBER_OUT_OF_RANGE, OVERFLOW);
        assertEngineError(() -> AttributeValue.ofNumber(new BigDecimal("-1E-131")),
                ErrorCode.NUMBER_OUT_OF_RANGE, UNDERFLOW);
    }

    @Test
    void canonicalNumberIsPlainWithoutTrailingZeros() {
        assertThat(AttributeValues.canonicalNumber(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(AttributeValues.canonicalNumber(new BigDecimal("-0.00"))).isEqualTo("0");
        assertThat(AttributeValues.canonicalNumber(new BigDecimal("1.2300"))).isEqualTo("1.23");
        assertThat(AttributeValues.canonicalNumber(new BigDecimal("1E-7")))
                .isEqualTo("0.0000001");
    }

    @Test
    void smallIntegersAreSharedAndEqualToTheSameNumberBuiltOtherwise() {
        assertThat(AttributeValue.ofNumber(7)).isSameAs(AttributeValue.ofNumber(7))
                .isSameAs(AttributeValue.ofNumber(new BigDecimal("7")))
                .isEqualTo(AttributeValue.ofNumber("7.000"));
        assertThat(AttributeValue.ofNumber(-128)).isSameAs(AttributeValue.ofNumber(-128));
        assertThat(AttributeValue.ofNumber(1_000_000)).isEqualTo(AttributeValue.ofNumber("1e6"))
                .hasToString("1000000");
        // integers ending in zero still lose their zeros: 10 is 1E+1, equal to 10.0
        assertThat(((AttributeValue.N) AttributeValue.ofNumber(new BigDecimal(10))).value())
                .isEqualTo(new BigDecimal("1E+1"));
        assertThat(((AttributeValue.N) AttributeValue.ofNumber(123_456_789_012L)).value())
                .isEqualTo(new BigDecimal(123_456_789_012L));
    }
}
