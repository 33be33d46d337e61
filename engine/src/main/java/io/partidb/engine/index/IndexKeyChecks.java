package io.partidb.engine.index;

import io.partidb.engine.Item;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DynamoDB's checks of the index key attributes a write stores, with its messages. A present
 * index key attribute must have the declared type, for S and B must not be empty, and must fit
 * the index key's size limit (2048 bytes for a partition key, 1024 for a sort key); a missing one
 * is fine (the item is simply not in that index). Table key attributes are left to the table's
 * own key checks, except for the size of a table partition key that is an index's sort key.
 *
 * <p>Order, as DynamoDB reports (nubo-db conformance, verified on AWS): empty values before
 * type mismatches (the empty check is DynamoDB's up-front input validation), sizes last (our
 * choice); indexes by name, so an attribute keying several indexes is reported against the
 * alphabetically first; in each index the partition key before the sort key.
 */
final class IndexKeyChecks {
    static final IndexKeyChecks NONE = new IndexKeyChecks(new Spec[0]);

    private final Spec[] specs;

    private IndexKeyChecks(Spec[] specs) {
        this.specs = specs;
    }

    /** The checks for {@code indexes} on a table with primary key {@code table}. */
    static IndexKeyChecks of(List<IndexDefinition> indexes, KeySchema table) {
        List<IndexDefinition> byName = new ArrayList<>(indexes);
        byName.sort(Comparator.comparing(IndexDefinition::name));
        List<Spec> specs = new ArrayList<>();
        for (IndexDefinition index : byName) {
            KeySchema keys = index.keySchema();
            for (KeyElement element : keys.elements()) {
                int maxBytes = element.name().equals(keys.partitionKey().name())
                        ? KeySchema.MAX_PARTITION_KEY_BYTES : KeySchema.MAX_SORT_KEY_BYTES;
                boolean tableKey = table.isKeyAttribute(element.name());
                if (!tableKey) {
                    specs.add(new Spec(index.name(), element.name(),
                            element.type().toAttributeType(), maxBytes, null));
                } else if (element.name().equals(table.partitionKey().name())
                        && maxBytes < KeySchema.MAX_PARTITION_KEY_BYTES) {
                    // The table checks its own keys against limits as low as the index's, except
                    // its partition key (2048 bytes) as an index sort key (1024 bytes), which
                    // counts only for items in the index: those with its partition key.
                    specs.add(new Spec(index.name(), element.name(),
                            element.type().toAttributeType(), maxBytes,
                            keys.partitionKey().name()));
                }
            }
        }
        return specs.isEmpty() ? NONE : new IndexKeyChecks(specs.toArray(Spec[]::new));
    }

    /** Whether there is nothing to check. */
    boolean isEmpty() {
        return specs.length == 0;
    }

    /**
     * Checks an item written whole (PutItem, a batch put): every index key attribute it holds.
     * An empty value names the index and the attribute.
     */
    void checkItem(Item item) {
        for (Spec spec : specs) {
            if (!spec.tableKey() && isEmpty(item.get(spec.attribute), spec.type)) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "are not valid. A value specified for a secondary index key is not "
                        + "supported. The AttributeValue for a key attribute cannot contain an "
                        + "empty " + kind(spec.type) + " value. IndexName: " + spec.index
                        + ", IndexKey: " + spec.attribute);
            }
        }
        checkTypes(item, null);
        checkSizes(item, null);
    }

    /**
     * Checks a change computed inside a write (UpdateItem's result): only the index key
     * attributes whose value the write changes, so that an unrelated update of an item stored
     * before its index existed is not refused. An empty value gets UpdateItem's message, which
     * names neither index nor attribute.
     */
    void checkChange(Item before, Item after) {
        if (after == null) {
            return;
        }
        for (Spec spec : specs) {
            AttributeValue value = written(spec, before, after);
            if (!spec.tableKey() && isEmpty(value, spec.type)) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "are not valid. The update expression attempted to update a secondary "
                        + "index key to a value that is not supported. The AttributeValue for a "
                        + "key attribute cannot contain an empty " + kind(spec.type) + " value.");
            }
        }
        checkTypes(after, before);
        checkSizes(after, before);
    }

    private void checkTypes(Item item, Item before) {
        for (Spec spec : specs) {
            AttributeValue value = written(spec, before, item);
            if (!spec.tableKey() && value != null && value.type() != spec.type) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "were invalid: Type mismatch for Index Key " + spec.attribute
                        + " Expected: " + spec.type + " Actual: " + value.type() + " IndexName: "
                        + spec.index);
            }
        }
    }

    // PutItem's message, as AWS returns it; UpdateItem is given the same one (as for types).
    private void checkSizes(Item item, Item before) {
        for (Spec spec : specs) {
            int bytes = AttributeValues.keyBytesBeyond(sized(spec, before, item), spec.maxBytes);
            if (bytes > 0) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "were invalid: Size limit exceeded for Index Key " + spec.attribute
                        + " Actual Size: " + bytes + " bytes Max Size: " + spec.maxBytes
                        + " bytes IndexName: " + spec.index);
            }
        }
    }

    /*
     * The value whose size the write must check: what it stores for an index key attribute, and
     * for a table key the unchanging key value when the write puts the item into the index (it
     * stores the index's partition key attribute); otherwise null.
     */
    private static AttributeValue sized(Spec spec, Item before, Item after) {
        if (!spec.tableKey()) {
            return written(spec, before, after);
        }
        AttributeValue indexed = after.get(spec.indexedWith);
        if (indexed == null || (before != null && indexed.equals(before.get(spec.indexedWith)))) {
            return null;
        }
        return after.get(spec.attribute);
    }

    // The value the write stores for the spec's attribute; null when absent or unchanged.
    private static AttributeValue written(Spec spec, Item before, Item after) {
        AttributeValue value = after.get(spec.attribute);
        if (value == null || before == null) {
            return value;
        }
        return value.equals(before.get(spec.attribute)) ? null : value;
    }

    private static boolean isEmpty(AttributeValue value, AttributeType declared) {
        if (value instanceof AttributeValue.S s) {
            return declared == AttributeType.S && s.value().isEmpty();
        }
        if (value instanceof AttributeValue.B b) {
            return declared == AttributeType.B && b.value().length() == 0;
        }
        return false;
    }

    private static String kind(AttributeType type) {
        return type == AttributeType.B ? "binary" : "string";
    }

    /**
     * One index key attribute to check: its index, name, declared type and size limit. For a
     * table key, whose type and emptiness the table checks, {@code indexedWith} names the index
     * key attribute without which the item is not in the index (and its size does not count);
     * null otherwise.
     */
    private record Spec(String index, String attribute, AttributeType type, int maxBytes,
            String indexedWith) {
        boolean tableKey() {
            return indexedWith != null;
        }
    }
}
