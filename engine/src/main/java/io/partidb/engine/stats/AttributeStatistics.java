package io.partidb.engine.stats;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * For one table, every attribute name with the number of items holding it, per DynamoDB type:
 * exact, kept up to date by every committed write (no sampling scans). It gives tools and
 * {@code SELECT *} the columns a schemaless table really has. When a name first appears or its
 * last item goes, {@code onNamesChanged} runs, so that plans listing the columns are rebuilt.
 */
public final class AttributeStatistics {
    private static final AttributeType[] TYPES = AttributeType.values();
    /** Slot of the total (items holding the name, whatever the type). */
    private static final int TOTAL = TYPES.length;

    private final ConcurrentHashMap<String, AtomicLongArray> counts = new ConcurrentHashMap<>();
    private final Runnable onNamesChanged;

    public AttributeStatistics(Runnable onNamesChanged) {
        this.onNamesChanged = onNamesChanged;
    }

    /**
     * Accounts for one committed write: {@code before} and {@code after} may be null. Only
     * attributes that appear, disappear or change type are counted: an update that keeps every
     * attribute's type (a counter, a version, a new payload) costs no shared counter at all.
     */
    public void record(Item before, Item after) {
        if (before != null) {
            for (int i = 0, n = before.attributeCount(); i < n; i++) {
                String name = before.name(i);
                AttributeType type = before.value(i).type();
                AttributeValue now = after == null ? null : after.get(name);
                if (now == null || now.type() != type) {
                    AtomicLongArray slots = counts.get(name);
                    slots.decrementAndGet(type.ordinal());
                    if (now == null && slots.decrementAndGet(TOTAL) == 0) {
                        onNamesChanged.run();
                    }
                }
            }
        }
        if (after != null) {
            for (int i = 0, n = after.attributeCount(); i < n; i++) {
                String name = after.name(i);
                AttributeType type = after.value(i).type();
                AttributeValue was = before == null ? null : before.get(name);
                if (was == null || was.type() != type) {
                    AtomicLongArray slots = counts.computeIfAbsent(name,
                            key -> new AtomicLongArray(TOTAL + 1));
                    slots.incrementAndGet(type.ordinal());
                    if (was == null && slots.incrementAndGet(TOTAL) == 1) {
                        onNamesChanged.run();
                    }
                }
            }
        }
    }

    /**
     * Each attribute name present in at least one item with its dominant type (the type most
     * items hold; on a tie, the first in DynamoDB's type order), sorted by name.
     */
    public Map<String, AttributeType> dominantTypes() {
        Map<String, AttributeType> out = new TreeMap<>();
        counts.forEach((name, slots) -> {
            long best = 0;
            AttributeType dominant = null;
            for (AttributeType type : TYPES) {
                long count = slots.get(type.ordinal());
                if (count > best) {
                    best = count;
                    dominant = type;
                }
            }
            if (dominant != null) {
                out.put(name, dominant);
            }
        });
        return out;
    }

    /** How many items hold the attribute, per type; empty when no item has it. */
    public Map<AttributeType, Long> typeCounts(String name) {
        Map<AttributeType, Long> out = new EnumMap<>(AttributeType.class);
        AtomicLongArray slots = counts.get(name);
        if (slots != null) {
            for (AttributeType type : TYPES) {
                long count = slots.get(type.ordinal());
                if (count > 0) {
                    out.put(type, count);
                }
            }
        }
        return out;
    }
}
