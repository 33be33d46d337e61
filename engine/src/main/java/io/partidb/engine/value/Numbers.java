package io.partidb.engine.value;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DynamoDB's number rules: parsing number text, the canonical form, the range and precision limits
 * and the stored size. A canonical number has no trailing zeros and zero is
 * {@link BigDecimal#ZERO}, so two canonical numbers are {@code equals} exactly when they are
 * numerically equal.
 */
final class Numbers {
    static final String OVERFLOW = "Number overflow. Attempting to store a number with "
            + "magnitude larger than supported range";
    static final String UNDERFLOW = "Number underflow. Attempting to store a number with "
            + "magnitude smaller than supported range";
    static final String TOO_PRECISE =
            "Attempting to store more than 38 significant digits in a Number";
    static final String NOT_A_NUMBER = "A value provided cannot be converted into a number";

    static final int MAX_DIGITS = 38;
    /** Largest decimal exponent of the leading digit: 9.99...E+125. */
    static final int MAX_EXPONENT = 125;
    /** Smallest decimal exponent of the leading digit: 1E-130. */
    static final int MIN_EXPONENT = -130;

    private Numbers() {
    }

    /**
     * Parses DynamoDB or PartiQL number text ({@code -12.5e3}, {@code .5}, {@code 007}) into its
     * canonical value. The exponent is read as a 64-bit integer before the range is checked, so
     * {@code 1e99999999999} is an overflow rather than a parse error, as in DynamoDB; zero is range
     * checked by the exponent it is written with ({@code 0e126} overflows).
     */
    static BigDecimal parse(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            negative = text.charAt(0) == '-';
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int intEnd = i;
        int fracStart = i;
        int fracEnd = i;
        if (i < n && text.charAt(i) == '.') {
            fracStart = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            fracEnd = i;
        }
        int intLength = intEnd - intStart;
        int digitCount = intLength + (fracEnd - fracStart);
        if (digitCount == 0) {
            throw notANumber();
        }
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                int digit = text.charAt(i) - '0';
                if (exponent > (Long.MAX_VALUE - digit) / 10) {
                    throw notANumber();
                }
                exponent = exponent * 10 + digit;
                i++;
            }
            if (i == expStart) {
                throw notANumber();
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != n) {
            throw notANumber();
        }

        // Significant digits are found in the digit sequence with the point removed.
        int first = -1;
        int last = -1;
        for (int d = 0; d < digitCount; d++) {
            if (digitAt(text, d, intStart, intLength, fracStart) != '0') {
                if (first < 0) {
                    first = d;
                }
                last = d;
            }
        }
        if (first < 0) {
            checkExponent(exponent);
            return BigDecimal.ZERO;
        }
        int precision = last - first + 1;
        if (precision > MAX_DIGITS) {
            throw new EngineException(ErrorCode.NUMBER_OUT_OF_RANGE, TOO_PRECISE);
        }
        long adjusted;
        try {
            adjusted = Math.addExact(exponent, (long) intLength - 1 - first);
        } catch (ArithmeticException e) {
            adjusted = exponent > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        checkExponent(adjusted);

        int scale = (int) (precision - 1 - adjusted);
        BigDecimal value;
        if (precision <= 18) {
            long unscaled = 0;
            for (int d = first; d <= last; d++) {
                unscaled = unscaled * 10 + (digitAt(text, d, intStart, intLength, fracStart) - '0');
            }
            value = BigDecimal.valueOf(unscaled, scale);
        } else {
            char[] digits = new char[precision];
            for (int d = first; d <= last; d++) {
                digits[d - first] = digitAt(text, d, intStart, intLength, fracStart);
            }
            value = new BigDecimal(new BigInteger(new String(digits)), scale);
        }
        return negative ? value.negate() : value;
    }

    /** The canonical form of {@code value}, or an error when DynamoDB cannot store it. */
    static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // Integers that fit a long and end in a non-zero digit are canonical already; checking
        // that is far cheaper than stripTrailingZeros, which allocates.
        if (value.scale() == 0 && value.precision() <= 18 && value.longValue() % 10 != 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int precision = stripped.precision();
        if (precision > MAX_DIGITS) {
            throw new EngineException(ErrorCode.NUMBER_OUT_OF_RANGE, TOO_PRECISE);
        }
        checkExponent((long) precision - stripped.scale() - 1);
        return stripped;
    }

    /** Plain decimal text without exponent or trailing zeros: {@code 1E+2} is {@code 100}. */
    static String plain(BigDecimal canonical) {
        return canonical.signum() == 0 ? "0" : canonical.toPlainString();
    }

    /**
     * DynamoDB's stored size of a canonical number: one byte, plus a byte per two significant
     * digits counted separately on each side of the decimal point (so digits straddling the point
     * cost an extra byte), plus one byte for a negative sign. Measured on DynamoDB: {@code 3.14159}
     * costs 5, {@code 123456} costs 4, {@code 1E125} costs 2, {@code -42} costs 3, zero costs 1.
     */
    static int size(BigDecimal canonical) {
        if (canonical.signum() == 0) {
            return 1;
        }
        int precision = canonical.precision();
        int scale = canonical.scale();
        int integerDigits;
        int fractionDigits;
        if (scale <= 0) {
            integerDigits = precision;
            fractionDigits = 0;
        } else if (scale >= precision) {
            integerDigits = 0;
            fractionDigits = precision;
        } else {
            integerDigits = precision - scale;
            fractionDigits = scale;
        }
        return 1 + (integerDigits + 1) / 2 + (fractionDigits + 1) / 2
                + (canonical.signum() < 0 ? 1 : 0);
    }

    private static void checkExponent(long adjusted) {
        if (adjusted > MAX_EXPONENT) {
            throw new EngineException(ErrorCode.NUMBER_OUT_OF_RANGE, OVERFLOW);
        }
        if (adjusted < MIN_EXPONENT) {
            throw new EngineException(ErrorCode.NUMBER_OUT_OF_RANGE, UNDERFLOW);
        }
    }

    private static char digitAt(String text, int d, int intStart, int intLength, int fracStart) {
        return d < intLength ? text.charAt(intStart + d) : text.charAt(fracStart + d - intLength);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static EngineException notANumber() {
        return new EngineException(ErrorCode.VALIDATION, NOT_A_NUMBER);
    }
}
