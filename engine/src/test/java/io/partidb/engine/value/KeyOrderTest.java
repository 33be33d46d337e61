package io.partidb.engine.value;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.partidb.engine.value.AttributeValue.ofBinary;
import static io.partidb.engine.value.AttributeValue.ofNumber;
import static io.partidb.engine.value.AttributeValue.ofString;
import static io.partidb.engine.value.AttributeValues.KEY_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DynamoDB's order of key values: UTF-8 strings, numbers, unsigned bytes. */
class KeyOrderTest {

    @Test
    void stringsOrderByUtf8NotByUtf16() {
        String bmpLast = "\uFFFF";
        String supplementary = "\uD800\uDC00"; // U+10000
        // Java orders the surrogate (0xD800) first; UTF-8 orders U+FFFF (EF BF BF) first.
        assertThat(bmpLast.compareTo(supplementary)).isPositive();
        assertThat(KEY_ORDER.compare(ofString(bmpLast), ofString(supplementary))).isNegative();
        assertThat(KEY_ORDER.compare(ofString("\uE000"), ofString("\uD83D\uDE00"))).isNegative();
        assertThat(KEY_ORDER.compare(ofString("\uD83D\uDE00"), ofString("\uD83D\uDE01")))
                .isNegative();
    }

    @Test
    void stringsOrderByBytes() {
        assertThat(KEY_ORDER.compare(ofString("a"), ofString("A"))).isPositive();
        assertThat(KEY_ORDER.compare(ofString("\u00BF"), ofString("z"))).isPositive();
        assertThat(KEY_ORDER.compare(ofString("ab"), ofString("a"))).isPositive();
        assertThat(KEY_ORDER.compare(ofString("same"), ofString("same"))).isZero();
    }

    @Test
    void stringOrderAgreesWithUtf8BytesOnRandomText() {
        Random random = new Random(42);
        char[] alphabet = {'a', 'z', '\u00E9', '\u07FF', '\u0800', '\uD7FF', '\uE000', '\uFFFF'};
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(4);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(4) == 0) {
                    text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                } else {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
            }
            samples.add(text.toString());
        }
        for (String a : samples) {
            for (String b : samples.subList(0, 50)) {
                int bytes = Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                        b.getBytes(StandardCharsets.UTF_8));
                assertThat(Integer.signum(AttributeValues.compareUtf8(a, b)))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(bytes));
            }
        }
    }

    @Test
    void numbersOrderNumerically() {
        assertThat(KEY_ORDER.compare(ofNumber("1000"), ofNumber("1e3"))).isZero();
        assertThat(KEY_ORDER.compare(ofNumber("-10"), ofNumber("-9"))).isNegative();
        assertThat(KEY_ORDER.compare(ofNumber("-9"), ofNumber("0"))).isNegative();
        assertThat(KEY_ORDER.compare(ofNumber("0"), ofNumber("0.5"))).isNegative();
        assertThat(KEY_ORDER.compare(ofNumber("0.5"), ofNumber("1"))).isNegative();
        assertThat(KEY_ORDER.compare(ofNumber("-1e125"), ofNumber("1e-130"))).isNegative();
        assertThat(KEY_ORDER.compare(ofNumber("9"), ofNumber("10"))).isNegative();
    }

    @Test
    void binariesOrderAsUnsignedBytes() {
        AttributeValue low = ofBinary(new byte[] {0x7F});
        AttributeValue high = ofBinary(new byte[] {(byte) 0x80});
        AttributeValue highest = ofBinary(new byte[] {(byte) 0xFF});
        assertThat(KEY_ORDER.compare(low, high)).isNegative();
        assertThat(KEY_ORDER.compare(high, highest)).isNegative();
        assertThat(KEY_ORDER.compare(ofBinary(new byte[] {1}), ofBinary(new byte[] {1, 0})))
                .isNegative();
    }

    @Test
    void nonKeyTypesAreRejected() {
        assertThatThrownBy(() -> KEY_ORDER.compare(AttributeValue.ofBoolean(true),
                AttributeValue.ofBoolean(false))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differentKeyTypesOrderByType() {
        assertThat(KEY_ORDER.compare(ofString("z"), ofNumber(1))).isNegative();
        assertThat(KEY_ORDER.compare(ofBinary(new byte[] {0}), ofNumber(1))).isPositive();
    }
}
