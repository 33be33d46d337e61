package io.partidb.engine.catalog;

/** How a table's throughput is billed and limited. */
public enum BillingMode {
    /** On demand: no provisioned capacity. */
    PAY_PER_REQUEST,
    /** Fixed read and write capacity units. */
    PROVISIONED
}
