package io.partidb.engine.storage;

import io.partidb.engine.Item;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.stats.AttributeStatistics;
import io.partidb.engine.value.AttributeValue;

/** The store of a table without a sort key: each partition maps partition key to item. */
final class HashKeyStore extends TableStore {

    HashKeyStore(ChangeLog log, AttributeStatistics statistics) {
        super(newPartitions(), log, statistics);
    }

    private static Partition<?>[] newPartitions() {
        Partition<?>[] partitions = new Partition<?>[PARTITION_COUNT];
        for (int i = 0; i < PARTITION_COUNT; i++) {
            partitions[i] = new Partition<Item>(partitionStart(i), partitionStart(i + 1));
        }
        return partitions;
    }

    @SuppressWarnings("unchecked")
    private Partition<Item> partition(int hash) {
        return (Partition<Item>) partitions[partitionIndex(hash)];
    }

    @Override
    public Item get(AttributeValue partitionKey, AttributeValue sortKey) {
        Partition<Item> partition = partition(KeyHash.of(partitionKey));
        if (!partition.committing()) {
            return partition.get(partitionKey);
        }
        // A transaction is writing here: wait for it, so that no read sees half of it.
        partition.lock.lock();
        try {
            return partition.get(partitionKey);
        } finally {
            partition.lock.unlock();
        }
    }

    @Override
    public Item write(AttributeValue partitionKey, AttributeValue sortKey,
            ItemMutation mutation) {
        int hash = KeyHash.of(partitionKey);
        Partition<Item> partition = partition(hash);
        partition.lock.lock();
        try {
            Item current = partition.get(partitionKey);
            Item next = mutation.apply(current);
            if (unchanged(current, next)) {
                return current;
            }
            admit(partitionKey, current, next);
            if (next == null) {
                partition.remove(hash, partitionKey);
                partition.addItems(-1);
            } else {
                partition.put(hash, partitionKey, next);
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
