package io.partidb.engine.index;

import io.partidb.engine.IndexKey;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.capacity.CapacityUnits;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ProjectionType;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One secondary index seen against its table: which items it holds and what it holds of them.
 *
 * <ul>
 *   <li>Sparse membership: an item is in the index only if it has every index key attribute
 *       with the declared type and a non-empty value within the key size limits (DG GSI and
 *       LSI, reference §8).</li>
 *   <li>Projection: KEYS_ONLY holds the table keys and the index keys, INCLUDE also the listed
 *       attributes, ALL the whole item (shared, not copied).</li>
 *   <li>Entry position: {@link IndexKey}, the index keys plus the table key.</li>
 *   <li>Write amplification: the write units one table write costs the index, on the projected
 *       entry's size (reference §6).</li>
 * </ul>
 */
public final class IndexShape {
    /** DynamoDB's storage overhead per index entry (DG LSI, "Storage considerations"). */
    static final int ENTRY_OVERHEAD_BYTES = 100;

    private final IndexDefinition definition;
    private final String partitionName;
    private final AttributeType partitionType;
    private final String sortName;
    private final AttributeType sortType;
    private final String tablePartitionName;
    private final String tableSortName;
    // The projected attribute names in entry order, keys first; null for ALL.
    private final String[] projected;

    private IndexShape(IndexDefinition definition, KeySchema table) {
        this.definition = definition;
        KeySchema keys = definition.keySchema();
        this.partitionName = keys.partitionKey().name();
        this.partitionType = keys.partitionKey().type().toAttributeType();
        KeyElement sort = keys.sortKey().orElse(null);
        this.sortName = sort == null ? null : sort.name();
        this.sortType = sort == null ? null : sort.type().toAttributeType();
        this.tablePartitionName = table.partitionKey().name();
        this.tableSortName = table.sortKey().map(KeyElement::name).orElse(null);
        if (definition.projection().type() == ProjectionType.ALL) {
            this.projected = null;
        } else {
            Set<String> names = new LinkedHashSet<>();
            names.add(tablePartitionName);
            if (tableSortName != null) {
                names.add(tableSortName);
            }
            names.add(partitionName);
            if (sortName != null) {
                names.add(sortName);
            }
            names.addAll(definition.projection().nonKeyAttributes());
            this.projected = names.toArray(String[]::new);
        }
    }

    /** The shape of {@code index} on a table with primary key {@code table}. */
    public static IndexShape of(IndexDefinition index, KeySchema table) {
        return new IndexShape(Objects.requireNonNull(index, "index"),
                Objects.requireNonNull(table, "table"));
    }

    /** The index's definition. */
    public IndexDefinition definition() {
        return definition;
    }

    /** The index's name. */
    public String name() {
        return definition.name();
    }

    /** Local or global. */
    public IndexKind kind() {
        return definition.kind();
    }

    /** The index's key schema. */
    public KeySchema keySchema() {
        return definition.keySchema();
    }

    /** Whether the index has a sort key. */
    public boolean hasSortKey() {
        return sortName != null;
    }

    /** Whether {@code item} belongs in the index: every index key present, typed, non-empty. */
    public boolean contains(Item item) {
        return isKeyValue(item.get(partitionName), partitionType,
                        KeySchema.MAX_PARTITION_KEY_BYTES)
                && (sortName == null || isKeyValue(item.get(sortName), sortType,
                        KeySchema.MAX_SORT_KEY_BYTES));
    }

    /**
     * Whether the index holds every one of {@code attributes} for its items: always for ALL,
     * otherwise when each is a table key, an index key or an INCLUDE attribute. A read of a
     * local index may fetch other attributes from the table; a global index cannot.
     */
    public boolean projects(Collection<String> attributes) {
        if (projected == null) {
            return true;
        }
        List<String> names = List.of(projected);
        for (String attribute : attributes) {
            if (!names.contains(attribute)) {
                return false;
            }
        }
        return true;
    }

    /** The attribute names an entry may hold, keys first; empty for ALL (everything). */
    public List<String> projectedAttributes() {
        return projected == null ? List.of() : List.of(projected);
    }

    /** The position of the entry of {@code item}, which must belong in the index. */
    public IndexKey keyOf(Item item) {
        return keyOf(item, tableKeyOf(item));
    }

    /** The position of the entry of {@code item}, whose table key is {@code tableKey}. */
    IndexKey keyOf(Item item, Key tableKey) {
        return new IndexKey(item.get(partitionName), sortName == null ? null : item.get(sortName),
                tableKey);
    }

    /** The table key of an item or entry (entries always hold the table keys). */
    Key tableKeyOf(Item item) {
        return new Key(item.get(tablePartitionName),
                tableSortName == null ? null : item.get(tableSortName));
    }

    /** The entry of {@code item}: its projection; the item itself for ALL. */
    public Item project(Item item) {
        if (projected == null) {
            return item;
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (String name : projected) {
            AttributeValue value = item.get(name);
            if (value != null) {
                attributes.put(name, value);
            }
        }
        return Item.of(attributes);
    }

    /** The DynamoDB size of the entry of {@code item}, computed without building it. */
    int entrySize(Item item) {
        if (projected == null) {
            return item.sizeInBytes();
        }
        int size = 0;
        for (String name : projected) {
            AttributeValue value = item.get(name);
            if (value != null) {
                size += AttributeValues.sizeInBytes(name, value);
            }
        }
        return size;
    }

    /**
     * The bytes {@code item} adds to its item collection through this index: its entry plus
     * DynamoDB's 100 bytes of overhead per index entry; 0 when it is not in the index.
     */
    long storageBytes(Item item) {
        return item != null && contains(item) ? entrySize(item) + ENTRY_OVERHEAD_BYTES : 0;
    }

    /**
     * The write units a table write from {@code before} to {@code after} (either null, for an
     * insert or a delete) costs this index, on the entries' sizes in 1 KB units: a new entry or
     * a removed one costs its size; a moved entry (index key changed) costs the removal plus the
     * insertion, each rounded on its own; a changed entry costs the larger of old and new; an
     * unchanged entry, or an item in the index neither before nor after, costs nothing (0).
     */
    double writeUnits(Item before, Item after) {
        boolean was = before != null && contains(before);
        boolean is = after != null && contains(after);
        if (!was && !is) {
            return 0;
        }
        if (!was) {
            return units(entrySize(after));
        }
        if (!is) {
            return units(entrySize(before));
        }
        if (!sameIndexKey(before, after)) {
            return units(entrySize(before)) + units(entrySize(after));
        }
        if (sameEntry(before, after)) {
            return 0;
        }
        return Math.max(units(entrySize(before)), units(entrySize(after)));
    }

    /** Whether the entries of two items of the index (same table key) are equal. */
    boolean sameEntry(Item a, Item b) {
        if (projected == null) {
            return a.equals(b);
        }
        for (String name : projected) {
            if (!Objects.equals(a.get(name), b.get(name))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameIndexKey(Item a, Item b) {
        return a.get(partitionName).equals(b.get(partitionName))
                && (sortName == null || a.get(sortName).equals(b.get(sortName)));
    }

    private static double units(int bytes) {
        return CapacityUnits.write(bytes, false);
    }

    private static boolean isKeyValue(AttributeValue value, AttributeType type, int maxBytes) {
        if (value == null || value.type() != type
                || AttributeValues.keyBytesBeyond(value, maxBytes) > 0) {
            return false;
        }
        if (value instanceof AttributeValue.S s) {
            return !s.value().isEmpty();
        }
        if (value instanceof AttributeValue.B b) {
            return b.value().length() > 0;
        }
        return true;
    }

    @Override
    public String toString() {
        return "IndexShape[" + name() + " " + kind() + " " + keySchema() + " "
                + definition.projection().type() + "]";
    }
}
