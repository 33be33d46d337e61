package io.partidb.engine.catalog;

import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValues;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table as the catalog knows it: name, primary key, declared attributes, secondary indexes and
 * options. The constructor applies DynamoDB's CreateTable rules, so every definition that exists
 * is one DynamoDB would accept: names, local index shape, index counts, unique index names,
 * projected attribute count, and one type per key attribute.
 */
public record TableDefinition(String name, KeySchema keySchema,
        List<AttributeDefinition> attributes, List<IndexDefinition> indexes,
        TableOptions options) {

    /** At most this many local secondary indexes per table. */
    public static final int MAX_LOCAL_INDEXES = 5;
    /** At most this many global secondary indexes per table (DynamoDB's default quota). */
    public static final int MAX_GLOBAL_INDEXES = 20;
    /** At most this many INCLUDE non-key attributes, summed over all indexes. */
    public static final int MAX_PROJECTED_ATTRIBUTES = 100;

    /** Validates the definition; null lists mean none, null options mean the defaults. */
    public TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySchema, "keySchema");
        Constraints.checkResourceName(name, "tableName");
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        options = options == null ? TableOptions.defaults() : options;
        checkAttributes(keySchema, attributes, indexes);
        checkIndexes(keySchema, indexes);
    }

    /** A table with only a key schema and default options. */
    public static TableDefinition of(String name, KeySchema keySchema) {
        return new TableDefinition(name, keySchema, List.of(), List.of(), TableOptions.defaults());
    }

    /** The same table with another list of indexes, validated again. */
    public TableDefinition withIndexes(List<IndexDefinition> indexes) {
        return new TableDefinition(name, keySchema, attributes, indexes, options);
    }

    /** The same table with other options. */
    public TableDefinition withOptions(TableOptions options) {
        return new TableDefinition(name, keySchema, attributes, indexes, options);
    }

    /** The same table with other declared attributes, validated again. */
    public TableDefinition withAttributes(List<AttributeDefinition> attributes) {
        return new TableDefinition(name, keySchema, attributes, indexes, options);
    }

    /** The index of that name, local or global. */
    public Optional<IndexDefinition> index(String indexName) {
        for (IndexDefinition index : indexes) {
            if (index.name().equals(indexName)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }

    /** The local secondary indexes in definition order. */
    public List<IndexDefinition> localIndexes() {
        return indexes.stream().filter(i -> i.kind() == IndexKind.LOCAL).toList();
    }

    /** The global secondary indexes in definition order. */
    public List<IndexDefinition> globalIndexes() {
        return indexes.stream().filter(i -> i.kind() == IndexKind.GLOBAL).toList();
    }

    /** The declared attribute of that name. */
    public Optional<AttributeDefinition> attribute(String attributeName) {
        for (AttributeDefinition attribute : attributes) {
            if (attribute.name().equals(attributeName)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    // DynamoDB has one AttributeDefinition per key attribute, so a name has one type everywhere.
    private static void checkAttributes(KeySchema keySchema, List<AttributeDefinition> attributes,
            List<IndexDefinition> indexes) {
        Map<String, AttributeType> types = new HashMap<>();
        Set<String> declared = new HashSet<>();
        for (AttributeDefinition attribute : attributes) {
            if (!declared.add(attribute.name())) {
                throw Constraints.invalid(
                        "Cannot have two attributes with the same name: " + attribute.name());
            }
            if (attribute.type() != null) {
                types.put(attribute.name(), attribute.type());
            }
        }
        checkKeyTypes(keySchema, types);
        for (IndexDefinition index : indexes) {
            checkKeyTypes(index.keySchema(), types);
        }
    }

    private static void checkKeyTypes(KeySchema keySchema, Map<String, AttributeType> types) {
        for (KeyElement element : keySchema.elements()) {
            AttributeType type = element.type().toAttributeType();
            AttributeType previous = types.putIfAbsent(element.name(), type);
            if (previous != null && previous != type) {
                throw Constraints.invalid("Attribute " + element.name()
                        + " is defined with conflicting types: " + previous + " and " + type);
            }
        }
    }

    private static void checkIndexes(KeySchema table, List<IndexDefinition> indexes) {
        Set<String> names = new HashSet<>();
        int local = 0;
        int global = 0;
        int projected = 0;
        for (IndexDefinition index : indexes) {
            if (index.kind() == IndexKind.LOCAL) {
                checkLocalIndex(table, index);
                local++;
            } else {
                global++;
            }
            if (!names.add(index.name())) {
                throw Constraints.invalid("Duplicate index name: " + index.name());
            }
            // The same name in two indexes counts twice, as DynamoDB counts it.
            projected += index.projection().nonKeyAttributes().size();
        }
        if (local > MAX_LOCAL_INDEXES) {
            throw Constraints.invalid("Number of LocalSecondaryIndexes exceeds per-table limit of "
                    + MAX_LOCAL_INDEXES);
        }
        if (global > MAX_GLOBAL_INDEXES) {
            throw Constraints.invalid("GlobalSecondaryIndex count exceeds the per-table limit of "
                    + MAX_GLOBAL_INDEXES);
        }
        if (projected > MAX_PROJECTED_ATTRIBUTES) {
            throw Constraints.invalid("The number of NonKeyAttributes projected into secondary "
                    + "indexes is " + projected + ", which exceeds the per-table limit of "
                    + MAX_PROJECTED_ATTRIBUTES + " summed over all indexes");
        }
    }

    private static void checkLocalIndex(KeySchema table, IndexDefinition index) {
        if (!table.hasSortKey()) {
            throw Constraints.invalid("Table KeySchema does not have a range key, which is "
                    + "required when specifying a LocalSecondaryIndex");
        }
        KeySchema keys = index.keySchema();
        if (!keys.hasSortKey()) {
            throw Constraints.invalid(
                    "Index KeySchema does not have a range key for index: " + index.name());
        }
        String indexHash = keys.partitionKey().name();
        String tableHash = table.partitionKey().name();
        if (!indexHash.equals(tableHash)) {
            throw Constraints.invalid("Index KeySchema does not have the same leading hash key as "
                    + "table KeySchema for index: " + index.name() + ". index hash key: "
                    + indexHash + ", table hash key: " + tableHash);
        }
        for (String attribute : index.projection().nonKeyAttributes()) {
            if (AttributeValues.utf8Length(attribute) > 255) {
                throw Constraints.invalid("Projected attribute names of a local secondary index "
                        + "must be at most 255 bytes long; index: " + index.name());
            }
        }
    }
}
