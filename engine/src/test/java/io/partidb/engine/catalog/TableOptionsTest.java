package io.partidb.engine.catalog;

import io.partidb.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;

/** Billing, stream, TTL and table class options and their validation. */
class TableOptionsTest {
    private static final String INVALID = "One or more parameter values were invalid: ";

    @Test
    void defaults() {
        TableOptions options = TableOptions.defaults();
        assertThat(options.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(options.readCapacity()).isNull();
        assertThat(options.writeCapacity()).isNull();
        assertThat(options.streamViewType()).isNull();
        assertThat(options.ttlAttribute()).isNull();
        assertThat(options.tableClass()).isEqualTo(TableClass.STANDARD);
    }

    @Test
    void payPerRequestTakesNoCapacity() {
        assertEngineError(() -> new TableOptions(BillingMode.PAY_PER_REQUEST, 5L, 5L, null, null,
                null), ErrorCode.INVALID_DEFINITION, INVALID + "Neither ReadCapacityUnits nor "
                        + "WriteCapacityUnits can be specified when BillingMode is "
                        + "PAY_PER_REQUEST");
    }

    @Test
    void provisionedNeedsBothCapacitiesOfAtLeastOne() {
        assertEngineError(() -> new TableOptions(BillingMode.PROVISIONED, null, null, null, null,
                null), ErrorCode.INVALID_DEFINITION,
                INVALID + "ProvisionedThroughput must be specified when BillingMode is "
                        + "PROVISIONED");
        assertEngineError(() -> new TableOptions(BillingMode.PROVISIONED, 1L, null, null, null,
                null), ErrorCode.INVALID_DEFINITION, INVALID + "ReadCapacityUnits and "
                        + "WriteCapacityUnits must both be specified when BillingMode is "
                        + "PROVISIONED");
        assertEngineError(() -> TableOptions.defaults().withProvisioned(0, 1),
                ErrorCode.INVALID_DEFINITION, "1 validation error detected: Value '0' at "
                        + "'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 1");
        TableOptions options = TableOptions.defaults().withProvisioned(1, 2);
        assertThat(options.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(options.writeCapacity()).isEqualTo(2);
        assertThat(options.withPayPerRequest()).isEqualTo(TableOptions.defaults());
    }

    @Test
    void absentBillingModeFollowsTheCapacities() {
        assertThat(new TableOptions(null, 3L, 4L, null, null, null).billingMode())
                .isEqualTo(BillingMode.PROVISIONED);
        assertThat(new TableOptions(null, null, null, null, null, null))
                .isEqualTo(TableOptions.defaults());
    }

    @Test
    void streamTtlAndClass() {
        TableOptions options = TableOptions.defaults()
                .withStreamViewType(StreamViewType.KEYS_ONLY)
                .withTtlAttribute("expires")
                .withTableClass(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(options.streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
        assertThat(options.ttlAttribute()).isEqualTo("expires");
        assertThat(options.tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
        assertThat(options.withTtlAttribute(null).ttlAttribute()).isNull();
        assertEngineError(() -> TableOptions.defaults().withTtlAttribute(""),
                ErrorCode.INVALID_DEFINITION);
    }
}
