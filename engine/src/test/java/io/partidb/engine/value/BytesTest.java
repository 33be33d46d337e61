package io.partidb.engine.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Byte strings: copies, equality, unsigned order, rendering. */
class BytesTest {

    @Test
    void copiesInAndOut() {
        byte[] source = {1, 2, 3};
        Bytes bytes = Bytes.of(source);
        source[0] = 9;
        assertThat(bytes.toArray()).containsExactly(1, 2, 3);
        bytes.toArray()[1] = 9;
        assertThat(bytes.toArray()).containsExactly(1, 2, 3);
        assertThat(bytes.length()).isEqualTo(3);
    }

    @Test
    void equalityIsByContent() {
        assertThat(Bytes.of(new byte[] {1, 2})).isEqualTo(Bytes.of(new byte[] {1, 2}))
                .hasSameHashCodeAs(Bytes.of(new byte[] {1, 2}))
                .isNotEqualTo(Bytes.of(new byte[] {2, 1}));
    }

    @Test
    void ordersAsUnsignedBytes() {
        assertThat(Bytes.of(new byte[] {(byte) 0xFF}).compareTo(Bytes.of(new byte[] {0x01})))
                .isPositive();
        assertThat(Bytes.of(new byte[] {}).compareTo(Bytes.of(new byte[] {0}))).isNegative();
    }

    @Test
    void rendersAsBase64AndHex() {
        Bytes bytes = Bytes.of("b".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(bytes.toString()).isEqualTo("Yg==");
        assertThat(Bytes.of(new byte[] {1, (byte) 0xAB}).toHex()).isEqualTo("01AB");
    }
}
