package io.partidb.engine;

import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.value.AttributeValue;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders shared by the engine tests. */
final class TestTables {
    private TestTables() {
    }

    static TableDefinition hashTable(String name, ScalarType pkType) {
        return TableDefinition.of(name, KeySchema.of(KeyElement.of("pk", pkType)));
    }

    static TableDefinition compositeTable(String name, ScalarType pkType, ScalarType skType) {
        return TableDefinition.of(name,
                KeySchema.of(KeyElement.of("pk", pkType), KeyElement.of("sk", skType)));
    }

    /** An item from alternating names and values: Strings, Longs or AttributeValues. */
    static Item item(Object... namesAndValues) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return Item.of(attributes);
    }

    static AttributeValue value(Object v) {
        if (v instanceof AttributeValue value) {
            return value;
        } else if (v instanceof String s) {
            return AttributeValue.ofString(s);
        } else if (v instanceof Long || v instanceof Integer) {
            return AttributeValue.ofNumber(((Number) v).longValue());
        }
        throw new IllegalArgumentException("Unsupported test value " + v);
    }
}
