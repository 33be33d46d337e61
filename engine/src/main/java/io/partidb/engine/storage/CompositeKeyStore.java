package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.stats.AttributeStatistics;
import io.partidb.engine.value.AttributeValue;

/**
 * The store of a table with a sort key: each partition maps partition key to an
 * {@link ItemCollection}. A collection exists exactly while it holds an item; it is published
 * only once it holds one, and removed under the lock when its last item goes.
 */
final class CompositeKeyStore extends TableStore {

    CompositeKeyStore(ChangeLog log, AttributeStatistics statistics) {
        super(newPartitions(), log, statistics);
    }

    private static Partition<?>[] newPartitions() {
        Partition<?>[] partitions = new Partition<?>[PARTITION_COUNT];
        for (int i = 0; i < PARTITION_COUNT; i++) {
            partitions[i] =
                    new Partition<ItemCollection>(partitionStart(i), partitionStart(i + 1));
        }
        return partitions;
    }

    @SuppressWarnings("unchecked")
    private Partition<ItemCollection> partition(int hash) {
        return (Partition<ItemCollection>) partitions[partitionIndex(hash)];
    }

    /** The item collection of a partition key value, or null when it has no items. */
    ItemCollection collection(AttributeValue partitionKey) {
        return partition(KeyHash.of(partitionKey)).get(partitionKey);
    }

    @Override
    public Item get(AttributeValue partitionKey, AttributeValue sortKey) {
        Partition<ItemCollection> partition = partition(KeyHash.of(partitionKey));
        if (!partition.committing()) {
            return itemIn(partition, partitionKey, sortKey);
        }
        // A transaction is writing here: wait for it, so that no read sees half of it.
        partition.lock.lock();
        try {
            return itemIn(partition, partitionKey, sortKey);
        } finally {
            partition.lock.unlock();
        }
    }

    private static Item itemIn(Partition<ItemCollection> partition, AttributeValue partitionKey,
            AttributeValue sortKey) {
        ItemCollection collection = partition.get(partitionKey);
        return collection == null ? null : collection.get(sortKey);
    }

    @Override
    public Item write(AttributeValue partitionKey, AttributeValue sortKey,
            ItemMutation mutation) {
        int hash = KeyHash.of(partitionKey);
        Partition<ItemCollection> partition = partition(hash);
        partition.lock.lock();
        try {
            ItemCollection collection = partition.get(partitionKey);
            Item current = collection == null ? null : collection.get(sortKey);
            Item next = mutation.apply(current);
            if (unchanged(current, next)) {
                return current;
            }
            admit(partitionKey, current, next);
            if (next == null) {
                collection.remove(sortKey);
                partition.addItems(-1);
                if (collection.isEmpty()) {
                    partition.remove(hash, partitionKey);
                }
            } else {
                if (collection == null) {
                    collection = new ItemCollection(partitionKey);
                    collection.put(sortKey, next);
                    partition.put(hash, partitionKey, collection);
                } else {
                    // One copy of the partition key per collection, not one per item: fewer
                    // bytes to hold, and fewer objects for the garbage collector to copy.
                    next.shareValue(partitionKey, collection.partitionKey());
                    collection.put(sortKey, next);
                }
                if (current == null) {
                    partition.addItems(1);
                }
            }
            committed(partition, partitionKey, sortKey, current, next);
            return current;
        } finally {
            partition.lock.unlock();
        }
    }
}
