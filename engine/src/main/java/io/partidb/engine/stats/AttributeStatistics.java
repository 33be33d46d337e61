package io.partidb.engine.stats;

import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For one table, every attribute name with the number of items holding it, per DynamoDB type:
 * exact, kept up to date by every committed write (no sampling scans). It gives tools and
 * {@code SELECT *} the columns a schemaless table really has. When a name first appears or its
 * last item goes, {@code onNamesChanged} runs, so that plans listing the columns are rebuilt.
 *
 * <p>The counts are kept in shards, one per storage partition, and a write updates its
 * partition's shard while it holds that partition's lock: plain increments, no shared atomic
 * counter on the write path. Only when a name appears in or leaves a shard is the shared count
 * of shards holding it touched. Readers add the shards up; they are exact when no write is in
 * progress.
 */
public final class AttributeStatistics {
    private static final AttributeType[] TYPES = AttributeType.values();
    /** Slot of the total (items holding the name, whatever the type). */
    private static final int TOTAL = TYPES.length;

    // Per shard: name to counts per type plus the total. Each shard is written by one thread at
    // a time (the holder of its partition's lock); the concurrent map lets readers look in.
    private final ConcurrentHashMap<String, long[]>[] shards;
    // Name to the number of shards whose items hold it.
    private final ConcurrentHashMap<String, AtomicInteger> shardsHolding =
            new ConcurrentHashMap<>();
    private final Runnable onNamesChanged;

    /**
     * Statistics in {@code shardCount} shards; {@code onNamesChanged} runs when a name appears
     * in the table or leaves it.
     */
    @SuppressWarnings("unchecked")
    public AttributeStatistics(int shardCount, Runnable onNamesChanged) {
        if (shardCount < 1) {
            throw new IllegalArgumentException("shardCount must be positive: " + shardCount);
        }
        this.shards = new ConcurrentHashMap[shardCount];
        for (int i = 0; i < shardCount; i++) {
            shards[i] = new ConcurrentHashMap<>();
        }
        this.onNamesChanged = onNamesChanged;
    }

    /** The number of shards. */
    public int shardCount() {
        return shards.length;
    }

    /**
     * Accounts for one committed write in shard {@code shard}: {@code before} and {@code after}
     * may be null. The caller guarantees that no other write to the same shard runs meanwhile.
     * Only attributes that appear, disappear or change type are counted: an update that keeps
     * every attribute's type (a counter, a version, a new payload) changes no count.
     */
    public void record(int shard, Item before, Item after) {
        ConcurrentHashMap<String, long[]> counts = shards[shard];
        if (before != null) {
            for (int i = 0, n = before.attributeCount(); i < n; i++) {
                String name = before.name(i);
                AttributeType type = before.value(i).type();
                AttributeValue now = after == null ? null : after.get(name);
                if (now == null || now.type() != type) {
                    long[] slots = counts.get(name);
                    slots[type.ordinal()]--;
                    if (now == null && --slots[TOTAL] == 0) {
                        counts.remove(name);
                        if (shardsHolding.get(name).decrementAndGet() == 0) {
                            onNamesChanged.run();
                        }
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
                    long[] slots = counts.get(name);
                    if (slots == null) {
                        slots = new long[TOTAL + 1];
                        counts.put(name, slots);
                        if (shardsHolding.computeIfAbsent(name, key -> new AtomicInteger())
                                .incrementAndGet() == 1) {
                            onNamesChanged.run();
                        }
                    }
                    slots[type.ordinal()]++;
                    if (was == null) {
                        slots[TOTAL]++;
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
        Map<String, long[]> totals = new TreeMap<>();
        for (ConcurrentHashMap<String, long[]> shard : shards) {
            shard.forEach((name, slots) -> {
                long[] sum = totals.computeIfAbsent(name, key -> new long[TOTAL + 1]);
                for (int i = 0; i < TOTAL; i++) {
                    sum[i] += slots[i];
                }
            });
        }
        Map<String, AttributeType> out = new TreeMap<>();
        totals.forEach((name, slots) -> {
            long best = 0;
            AttributeType dominant = null;
            for (AttributeType type : TYPES) {
                long count = slots[type.ordinal()];
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
        long[] sum = new long[TOTAL + 1];
        for (ConcurrentHashMap<String, long[]> shard : shards) {
            long[] slots = shard.get(name);
            if (slots != null) {
                for (int i = 0; i < TOTAL; i++) {
                    sum[i] += slots[i];
                }
            }
        }
        Map<AttributeType, Long> out = new EnumMap<>(AttributeType.class);
        for (AttributeType type : TYPES) {
            if (sum[type.ordinal()] > 0) {
                out.put(type, sum[type.ordinal()]);
            }
        }
        return out;
    }
}
