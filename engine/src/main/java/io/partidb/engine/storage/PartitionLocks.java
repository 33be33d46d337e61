package io.partidb.engine.storage;

import io.partidb.engine.value.AttributeValue;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The partitions a transaction touches, possibly of several tables, held locked together. They
 * are locked in one global order (each partition's unique {@link Partition#order()}), so two
 * transactions never wait for each other in a cycle; single-item writes hold one partition lock
 * at a time and so cannot close a cycle either. The locks are the ones single-item writes take,
 * and they are reentrant: the transaction applies its writes through
 * {@link TableStore#write}, under the locks it already holds.
 *
 * <p>Point reads take no lock, so while writes of one transaction are being applied a reader
 * could see one item new and another old. {@link #beginCommit()} therefore first marks every
 * partition of the set; a point reader that finds its partition marked waits for the lock and
 * reads under it. The marks are set after all locks are held and before the first write, and
 * cleared only after the last write, so a reader that has seen any write of the transaction finds
 * every other partition of the transaction marked (or already done): reads never observe part of
 * a transaction. Query and Scan do not check marks; DynamoDB promises them read-committed
 * isolation only.
 */
public final class PartitionLocks implements AutoCloseable {
    private final Partition<?>[] partitions;
    private int held;

    private PartitionLocks(Partition<?>[] partitions) {
        this.partitions = partitions;
    }

    /** A builder collecting the partitions to lock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of distinct partitions in the set. */
    public int size() {
        return partitions.length;
    }

    private void acquire() {
        try {
            for (Partition<?> partition : partitions) {
                partition.lock.lock();
                held++;
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Marks every partition of the set as committing: from now until {@link #close()}, point
     * reads of these partitions wait for the transaction. Call once all checks have passed,
     * before the first write.
     */
    public void beginCommit() {
        for (Partition<?> partition : partitions) {
            partition.setCommitting(true);
        }
    }

    /** Clears the marks and releases the locks, in reverse order of locking. Idempotent. */
    @Override
    public void close() {
        while (held > 0) {
            Partition<?> partition = partitions[--held];
            partition.setCommitting(false);
            partition.lock.unlock();
        }
    }

    /** Collects partitions by key; each partition is locked once however often it is added. */
    public static final class Builder {
        private final Map<Long, Partition<?>> byOrder = new TreeMap<>();

        private Builder() {
        }

        /** Adds the partition of {@code store} that holds the items of {@code partitionKey}. */
        public Builder add(TableStore store, AttributeValue partitionKey) {
            Partition<?> partition = store.partitionOf(Objects.requireNonNull(partitionKey));
            byOrder.putIfAbsent(partition.order(), partition);
            return this;
        }

        /** Locks the partitions added, in the global order, waiting until all are held. */
        public PartitionLocks lock() {
            PartitionLocks locks =
                    new PartitionLocks(byOrder.values().toArray(new Partition<?>[0]));
            locks.acquire();
            return locks;
        }
    }
}
