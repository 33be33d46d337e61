package io.partidb.engine.index;

import io.partidb.engine.Item;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DynamoDB's checks of the index key attributes a write stores, with its messages. A present
 * index key attribute must have the declared type and, for S and B, must not be empty; a missing
 * one is fine (the item is simply not in that index). Table key attributes are left to the
 * table's own key checks.
 *
 * <p>Order, as DynamoDB reports (nubo-db conformance, verified on AWS): empty values before
 * type mismatches (the empty check is DynamoDB's up-front input validation); indexes by name,
 * so an attribute keying several indexes is reported against the alphabetically first; in each
 * index the partition key before the sort key.
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
            for (KeyElement element : index.keySchema().elements()) {
                if (!table.isKeyAttribute(element.name())) {
                    specs.add(new Spec(index.name(), element.name(),
                            element.type().toAttributeType()));
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
            if (isEmpty(item.get(spec.attribute), spec.type)) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "are not valid. A value specified for a secondary index key is not "
                        + "supported. The AttributeValue for a key attribute cannot contain an "
                        + "empty " + kind(spec.type) + " value. IndexName: " + spec.index
                        + ", IndexKey: " + spec.attribute);
            }
        }
        checkTypes(item, null);
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
            if (isEmpty(value, spec.type)) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "are not valid. The update expression attempted to update a secondary "
                        + "index key to a value that is not supported. The AttributeValue for a "
                        + "key attribute cannot contain an empty " + kind(spec.type) + " value.");
            }
        }
        checkTypes(after, before);
    }

    private void checkTypes(Item item, Item before) {
        for (Spec spec : specs) {
            AttributeValue value = written(spec, before, item);
            if (value != null && value.type() != spec.type) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, "One or more parameter values "
                        + "were invalid: Type mismatch for Index Key " + spec.attribute
                        + " Expected: " + spec.type + " Actual: " + value.type() + " IndexName: "
                        + spec.index);
            }
        }
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

    /** One index key attribute to check: its index, name and declared type. */
    private record Spec(String index, String attribute, AttributeType type) {
    }
}
