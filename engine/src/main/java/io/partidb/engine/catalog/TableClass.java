package io.partidb.engine.catalog;

/** DynamoDB's storage class of a table; kept as metadata. */
public enum TableClass {
    STANDARD, STANDARD_INFREQUENT_ACCESS
}
