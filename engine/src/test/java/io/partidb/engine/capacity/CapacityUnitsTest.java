package io.partidb.engine.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CapacityUnitsTest {

    @Test
    void readsRoundUpPer4KbAndHalveWhenEventual() {
        assertThat(CapacityUnits.read(0, ReadMode.STRONG)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(0, ReadMode.EVENTUAL)).isEqualTo(0.5);
        assertThat(CapacityUnits.read(4096, ReadMode.STRONG)).isEqualTo(1.0);
        assertThat(CapacityUnits.read(4097, ReadMode.STRONG)).isEqualTo(2.0);
        assertThat(CapacityUnits.read(4097, ReadMode.TRANSACTIONAL)).isEqualTo(4.0);
        // DynamoDB's Query example: 10 items totalling 40.8 KB round to 44 KB: 11 units
        assertThat(CapacityUnits.read(40_800 * 1024 / 1000, ReadMode.STRONG)).isEqualTo(11.0);
        // and its BatchGetItem example per item: 1.5 KB and 6.5 KB → 4 KB + 8 KB = 3 units
        assertThat(CapacityUnits.read(1536, ReadMode.STRONG)
                + CapacityUnits.read(6656, ReadMode.STRONG)).isEqualTo(3.0);
    }

    @Test
    void writesRoundUpPer1KbAndDoubleInTransactions() {
        assertThat(CapacityUnits.write(0, false)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(1024, false)).isEqualTo(1.0);
        assertThat(CapacityUnits.write(1025, false)).isEqualTo(2.0);
        assertThat(CapacityUnits.write(500, true)).isEqualTo(2.0);
    }

    @Test
    void capacityAddsUpPerTable() {
        ConsumedCapacity sum = ConsumedCapacity.read("t", 1.5).plus(ConsumedCapacity.write("t", 2));
        assertThat(sum.total()).isEqualTo(3.5);
        assertThatThrownBy(() -> sum.plus(ConsumedCapacity.none("u")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
