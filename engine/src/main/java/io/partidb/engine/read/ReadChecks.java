package io.partidb.engine.read;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Key;
import io.partidb.engine.PageKey;
import io.partidb.engine.Table;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.index.IndexShape;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.KeyHash;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

/**
 * The checks of a Query's key condition and of a Query's or Scan's ExclusiveStartKey against the
 * table, with DynamoDB's messages, all made before anything is read. Expression-level problems
 * (a begins_with operand that is not S or B, BETWEEN bounds in the wrong order) come first, as
 * DynamoDB reports them while parsing, then the key schema, then the start key. A read of a
 * secondary index is checked against the index's key schema, and its start key must be an
 * {@link IndexKey}.
 */
final class ReadChecks {
    static final String INVALID_START_KEY = "The provided starting key is invalid";
    private static final String TYPE_MISMATCH = "One or more parameter values were invalid: "
            + "Condition parameter type does not match schema type";

    private ReadChecks() {
    }

    static void checkQuery(Table table, KeySchema schema, QueryRequest request) {
        checkKeyCondition(schema, request);
        PageKey start = request.exclusiveStartKey();
        if (start != null) {
            if (!(start instanceof Key key)) {
                throw validation(INVALID_START_KEY);
            }
            checkStartKey(table, schema, key, INVALID_START_KEY);
            checkQueryBoundaries(request, key.partition(), key.sort());
        }
    }

    /**
     * The checks of a Query of a secondary index: the key condition against the index's keys,
     * and a start key that must be a whole {@link IndexKey} (the index keys and the table key,
     * each of its declared type).
     */
    static void checkIndexQuery(Table table, IndexShape index, QueryRequest request) {
        checkKeyCondition(index.keySchema(), request);
        PageKey start = request.exclusiveStartKey();
        if (start != null) {
            IndexKey key = checkIndexStartKey(table, index, start);
            checkQueryBoundaries(request, key.partition(), key.sort());
        }
    }

    static void checkScanStart(Table table, KeySchema schema, ScanRequest request) {
        PageKey start = request.exclusiveStartKey();
        if (start == null) {
            return;
        }
        String wrongShape = INVALID_START_KEY
                + ": The provided key element does not match the schema";
        if (!(start instanceof Key key)) {
            throw validation(wrongShape);
        }
        checkStartKey(table, schema, key, wrongShape);
        checkSegment(request, key.partition());
    }

    /** The start key of a Scan of a secondary index; segments divide the index's key hashes. */
    static void checkIndexScanStart(Table table, IndexShape index, ScanRequest request) {
        PageKey start = request.exclusiveStartKey();
        if (start != null) {
            checkSegment(request, checkIndexStartKey(table, index, start).partition());
        }
    }

    private static void checkKeyCondition(KeySchema schema, QueryRequest request) {
        SortKeyCondition condition = request.sortKeyCondition();
        checkExpression(condition);
        KeyElement partitionKey = schema.partitionKey();
        AttributeValue value = request.partitionKeyValue();
        if (value == null) {
            throw validation("Query condition missed key schema element: " + partitionKey.name());
        }
        if (condition != null && !schema.hasSortKey()) {
            throw validation("Query key condition not supported");
        }
        if (value.type() != partitionKey.type().toAttributeType()) {
            throw new EngineException(ErrorCode.KEY_MISMATCH, TYPE_MISMATCH);
        }
        if (condition != null) {
            AttributeType sortType = schema.sortKey().orElseThrow().type().toAttributeType();
            for (AttributeValue operand : operands(condition)) {
                if (operand.type() != sortType) {
                    throw new EngineException(ErrorCode.KEY_MISMATCH, TYPE_MISMATCH);
                }
            }
        }
        checkNotEmpty(partitionKey.name(), value);
    }

    private static void checkQueryBoundaries(QueryRequest request, AttributeValue startPartition,
            AttributeValue startSort) {
        SortKeyCondition condition = request.sortKeyCondition();
        AttributeValue value = request.partitionKeyValue();
        if (condition != null) {
            if (!condition.matches(startSort)) {
                throw validation(
                        "The provided starting key does not match the range key predicate");
            }
            if (!startPartition.equals(value)) {
                throw validation(
                        "The query can return at most one row and cannot be restarted");
            }
        } else if (!startPartition.equals(value)) {
            throw validation("The provided starting key is outside query boundaries based on "
                    + "provided conditions");
        }
    }

    private static void checkSegment(ScanRequest request, AttributeValue startPartition) {
        HashRange segment = HashRange.segment(request.segment(), request.totalSegments());
        if (!segment.contains(KeyHash.of(startPartition))) {
            throw validation(INVALID_START_KEY + ": Invalid ExclusiveStartKey. Please use "
                    + "ExclusiveStartKey with correct Segment. TotalSegments: "
                    + request.totalSegments() + " Segment: " + request.segment());
        }
    }

    // An index read's start key of the wrong shape gets the bare message in Query and Scan alike
    // (dynalite's query.js and scan.js); bad values get the GetItem key message behind it.
    private static IndexKey checkIndexStartKey(Table table, IndexShape index, PageKey start) {
        if (!(start instanceof IndexKey key)) {
            throw validation(INVALID_START_KEY);
        }
        KeySchema schema = index.keySchema();
        boolean local = index.kind() == IndexKind.LOCAL;
        if (schema.hasSortKey() != (key.sort() != null)
                || key.partition().type() != schema.partitionKey().type().toAttributeType()
                || key.sort() != null && key.sort().type()
                        != schema.sortKey().orElseThrow().type().toAttributeType()
                || local && !key.partition().equals(key.tableKey().partition())) {
            throw validation(INVALID_START_KEY);
        }
        checkStartKey(table, table.definition().keySchema(), key.tableKey(), INVALID_START_KEY);
        try {
            checkNotEmpty(schema.partitionKey().name(), key.partition());
            if (key.sort() != null) {
                checkNotEmpty(schema.sortKey().orElseThrow().name(), key.sort());
            }
        } catch (EngineException e) {
            throw new EngineException(ErrorCode.VALIDATION,
                    INVALID_START_KEY + ": " + e.getMessage(), e);
        }
        return key;
    }

    // A start key of the wrong shape gets Query's bare message or Scan's long one; a key of the
    // right shape but with bad values gets the GetItem key message behind the common prefix.
    private static void checkStartKey(Table table, KeySchema schema, Key start,
            String wrongShape) {
        if (schema.hasSortKey() != (start.sort() != null)) {
            throw validation(wrongShape);
        }
        try {
            table.validateKey(start);
        } catch (EngineException e) {
            throw new EngineException(ErrorCode.VALIDATION,
                    INVALID_START_KEY + ": " + e.getMessage(), e);
        }
    }

    private static void checkExpression(SortKeyCondition condition) {
        if (condition instanceof SortKeyCondition.BeginsWith beginsWith) {
            AttributeType type = beginsWith.prefix().type();
            if (type != AttributeType.S && type != AttributeType.B) {
                throw validation("Invalid KeyConditionExpression: Incorrect operand type for "
                        + "operator or function; operator or function: begins_with, operand "
                        + "type: " + type);
            }
        } else if (condition instanceof SortKeyCondition.Between between) {
            AttributeValue low = between.low();
            AttributeValue high = between.high();
            if (low.type() == high.type() && isKeyType(low.type())
                    && AttributeValues.KEY_ORDER.compare(low, high) > 0) {
                throw validation("Invalid KeyConditionExpression: The BETWEEN operator requires "
                        + "upper bound to be greater than or equal to lower bound; lower bound "
                        + "operand: " + describe(low) + ", upper bound operand: "
                        + describe(high));
            }
        }
    }

    private static AttributeValue[] operands(SortKeyCondition condition) {
        if (condition instanceof SortKeyCondition.Comparison comparison) {
            return new AttributeValue[] {comparison.value()};
        } else if (condition instanceof SortKeyCondition.Between between) {
            return new AttributeValue[] {between.low(), between.high()};
        }
        return new AttributeValue[] {((SortKeyCondition.BeginsWith) condition).prefix()};
    }

    private static void checkNotEmpty(String name, AttributeValue value) {
        if (value instanceof AttributeValue.S s && s.value().isEmpty()) {
            throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values are "
                    + "not valid. The AttributeValue for a key attribute cannot contain an empty "
                    + "string value. Key: " + name);
        }
        if (value instanceof AttributeValue.B b && b.value().length() == 0) {
            throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values are "
                    + "not valid. The AttributeValue for a key attribute cannot contain an empty "
                    + "binary value. Key: " + name);
        }
    }

    private static boolean isKeyType(AttributeType type) {
        return type == AttributeType.S || type == AttributeType.N || type == AttributeType.B;
    }

    // DynamoDB's rendering of an operand in expression errors: {S:text}, {N:12}, {B:base64}.
    private static String describe(AttributeValue value) {
        String text;
        if (value instanceof AttributeValue.S s) {
            text = s.value();
        } else if (value instanceof AttributeValue.B b) {
            text = b.value().toBase64();
        } else {
            text = value.toString();
        }
        return "AttributeValue: {" + value.type() + ":" + text + "}";
    }

    private static EngineException validation(String message) {
        return new EngineException(ErrorCode.VALIDATION, message);
    }
}
