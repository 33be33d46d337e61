package io.partidb.engine.catalog;

/**
 * A table's settings beyond its keys: billing mode and provisioned capacity, the change stream's
 * view type (null: no stream), the TTL attribute (null: no TTL) and the table class. Validated as
 * DynamoDB's CreateTable and UpdateTable validate them.
 *
 * <p>Absent values are normalised the way DynamoDB reads an absent field: a null billing mode is
 * PROVISIONED when capacities are given and PAY_PER_REQUEST otherwise; a null table class is
 * STANDARD.
 */
public record TableOptions(BillingMode billingMode, Long readCapacity, Long writeCapacity,
        StreamViewType streamViewType, String ttlAttribute, TableClass tableClass) {

    private static final TableOptions DEFAULTS =
            new TableOptions(BillingMode.PAY_PER_REQUEST, null, null, null, null,
                    TableClass.STANDARD);

    /** Normalises absent values and applies DynamoDB's capacity rules. */
    public TableOptions {
        boolean anyCapacity = readCapacity != null || writeCapacity != null;
        if (billingMode == null) {
            billingMode = anyCapacity ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST;
        }
        if (tableClass == null) {
            tableClass = TableClass.STANDARD;
        }
        if (billingMode == BillingMode.PAY_PER_REQUEST && anyCapacity) {
            throw Constraints.invalid("Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                    + "specified when BillingMode is PAY_PER_REQUEST");
        }
        if (billingMode == BillingMode.PROVISIONED) {
            if (!anyCapacity) {
                throw Constraints.invalid(
                        "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
            }
            if (readCapacity == null || writeCapacity == null) {
                throw Constraints.invalid("ReadCapacityUnits and WriteCapacityUnits must both be "
                        + "specified when BillingMode is PROVISIONED");
            }
            Constraints.checkAtLeast(readCapacity, "provisionedThroughput.readCapacityUnits", 1);
            Constraints.checkAtLeast(writeCapacity, "provisionedThroughput.writeCapacityUnits", 1);
        }
        if (ttlAttribute != null) {
            Constraints.checkByteLength(ttlAttribute, "timeToLiveSpecification.attributeName",
                    255);
        }
    }

    /** On-demand billing, no stream, no TTL, standard table class. */
    public static TableOptions defaults() {
        return DEFAULTS;
    }

    /** The same options billed on demand. */
    public TableOptions withPayPerRequest() {
        return new TableOptions(BillingMode.PAY_PER_REQUEST, null, null, streamViewType,
                ttlAttribute, tableClass);
    }

    /** The same options with provisioned read and write capacity units. */
    public TableOptions withProvisioned(long readCapacity, long writeCapacity) {
        return new TableOptions(BillingMode.PROVISIONED, readCapacity, writeCapacity,
                streamViewType, ttlAttribute, tableClass);
    }

    /** The same options with a stream of the given view type, or none when null. */
    public TableOptions withStreamViewType(StreamViewType streamViewType) {
        return new TableOptions(billingMode, readCapacity, writeCapacity, streamViewType,
                ttlAttribute, tableClass);
    }

    /** The same options with TTL on the given attribute, or no TTL when null. */
    public TableOptions withTtlAttribute(String ttlAttribute) {
        return new TableOptions(billingMode, readCapacity, writeCapacity, streamViewType,
                ttlAttribute, tableClass);
    }

    /** The same options with another table class. */
    public TableOptions withTableClass(TableClass tableClass) {
        return new TableOptions(billingMode, readCapacity, writeCapacity, streamViewType,
                ttlAttribute, tableClass);
    }
}
