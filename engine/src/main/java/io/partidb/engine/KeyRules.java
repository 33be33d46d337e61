package io.partidb.engine;

import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.index.SecondaryIndexes;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;


/**
 * DynamoDB's checks of primary key values against a table's key schema, with its messages. Key
 * values must have the declared type, must not be empty, and may be at most 2048 bytes (partition
 * key) or 1024 bytes (sort key). An item to be written must also hold valid secondary index key
 * values, checked after its primary key. Checking a valid key allocates nothing.
 */
final class KeyRules {
    static final int MAX_PARTITION_KEY_BYTES = KeySchema.MAX_PARTITION_KEY_BYTES;
    static final int MAX_SORT_KEY_BYTES = KeySchema.MAX_SORT_KEY_BYTES;
    static final String KEY_NOT_IN_SCHEMA = "The provided key element does not match the schema";

    private final String partitionName;
    private final AttributeType partitionType;
    private final String sortName;
    private final AttributeType sortType;
    private final SecondaryIndexes indexes;
    // The key attributes' names, shared by the key items of updates of missing items.
    private final String[] keyNames;

    KeyRules(KeySchema schema) {
        this(schema, null);
    }

    /** Rules that also check the index keys of written items against {@code indexes}. */
    KeyRules(KeySchema schema, SecondaryIndexes indexes) {
        this.indexes = indexes;
        this.partitionName = schema.partitionKey().name();
        this.partitionType = schema.partitionKey().type().toAttributeType();
        KeyElement sort = schema.sortKey().orElse(null);
        this.sortName = sort == null ? null : sort.name();
        this.sortType = sort == null ? null : sort.type().toAttributeType();
        this.keyNames = sort == null ? new String[] {partitionName}
                : new String[] {partitionName, sortName};
    }

    /**
     * The key of an item to be written, or the DynamoDB error for a missing or bad key, or for a
     * bad secondary index key value.
     */
    Key keyOf(Item item) {
        AttributeValue partition = item.get(partitionName);
        checkItemKey(partitionName, partitionType, partition, MAX_PARTITION_KEY_BYTES);
        AttributeValue sort = null;
        if (sortName != null) {
            sort = item.get(sortName);
            checkItemKey(sortName, sortType, sort, MAX_SORT_KEY_BYTES);
        }
        if (indexes != null) {
            indexes.checkItem(item);
        }
        return new Key(partition, sort);
    }

    /** Checks a lookup key: same shape and types as the schema, valid values. */
    Key validate(Key key) {
        validate(key.partition(), key.sort());
        return key;
    }

    /**
     * {@link #validate(Key)} for key values not wrapped in a {@link Key} ({@code sort} null for
     * none), so that a point read by values allocates nothing.
     */
    void validate(AttributeValue partition, AttributeValue sort) {
        String mismatch = keyMismatch(partition, sort);
        if (mismatch != null) {
            throw mismatch(mismatch);
        }
        checkValue(partitionName, partition, MAX_PARTITION_KEY_BYTES);
        if (sort != null) {
            checkValue(sortName, sort, MAX_SORT_KEY_BYTES);
        }
    }

    /**
     * PutItem's message for an item whose key attributes are missing or of the wrong type (a
     * list, say), or null when they are present and typed as the schema says. Values are not
     * checked: transactions report this as a cancellation reason, but empty or oversized values
     * as an error of the whole request.
     */
    String itemKeyMismatch(Item item) {
        String partition = itemKeyMismatch(partitionName, partitionType, item.get(partitionName));
        if (partition != null || sortName == null) {
            return partition;
        }
        return itemKeyMismatch(sortName, sortType, item.get(sortName));
    }

    /**
     * {@value #KEY_NOT_IN_SCHEMA} when a lookup key's shape or types differ from the schema,
     * otherwise null; values are not checked.
     */
    String keyMismatch(Key key) {
        return keyMismatch(key.partition(), key.sort());
    }

    private String keyMismatch(AttributeValue partition, AttributeValue sort) {
        if (partition.type() != partitionType) {
            return KEY_NOT_IN_SCHEMA;
        }
        if (sortName == null ? sort != null : sort == null || sort.type() != sortType) {
            return KEY_NOT_IN_SCHEMA;
        }
        return null;
    }

    /** The item made of a key's attributes: what an update of a missing item starts from. */
    Item keyItem(Key key) {
        return sortName == null
                ? Item.ofArrays(keyNames, new AttributeValue[] {key.partition()})
                : Item.ofArrays(keyNames, new AttributeValue[] {key.partition(), key.sort()});
    }

    private static void checkItemKey(String name, AttributeType type, AttributeValue value,
            int maxBytes) {
        String mismatch = itemKeyMismatch(name, type, value);
        if (mismatch != null) {
            throw mismatch(mismatch);
        }
        checkValue(name, value, maxBytes);
    }

    private static String itemKeyMismatch(String name, AttributeType type,
            AttributeValue value) {
        if (value == null) {
            return "One or more parameter values were invalid: Missing the key " + name
                    + " in the item";
        }
        if (value.type() != type) {
            return "One or more parameter values were invalid: Type mismatch for key " + name
                    + " expected: " + type + " actual: " + value.type();
        }
        return null;
    }

    private static void checkValue(String name, AttributeValue value, int maxBytes) {
        if (value instanceof AttributeValue.S s && s.value().isEmpty()) {
            throw mismatch("One or more parameter values are not valid. The AttributeValue "
                    + "for a key attribute cannot contain an empty string value. Key: " + name);
        }
        if (value instanceof AttributeValue.B b && b.value().length() == 0) {
            throw mismatch("One or more parameter values are not valid. The AttributeValue "
                    + "for a key attribute cannot contain an empty binary value. Key: " + name);
        }
        if (AttributeValues.keyBytesBeyond(value, maxBytes) > 0) {
            throw mismatch(maxBytes == MAX_PARTITION_KEY_BYTES
                    ? "One or more parameter values were invalid: Size of hashkey has exceeded "
                            + "the maximum size limit of" + MAX_PARTITION_KEY_BYTES + " bytes"
                    : "One or more parameter values were invalid: Aggregated size of all range "
                            + "keys has exceeded the size limit of " + MAX_SORT_KEY_BYTES
                            + " bytes");
        }
    }

    private static EngineException mismatch(String message) {
        return new EngineException(ErrorCode.KEY_MISMATCH, message);
    }
}
