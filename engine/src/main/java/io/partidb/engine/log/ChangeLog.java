package io.partidb.engine.log;

import io.partidb.engine.Item;
import io.partidb.engine.Key;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A table's change log: every committed write, in commit order, with sequence numbers that
 * increase by one per record (1, 2, 3, ...). Storage appends a record inside the write primitive,
 * under the item's partition lock, so the records of one item are in the item's modification
 * order; writes that change nothing append nothing. The log is always on and bounded by a
 * {@link ChangeLogPolicy}: the oldest records are dropped once it holds too many records, too many
 * bytes, or records older than the retention.
 *
 * <p>The structure is a singly linked list of nodes with a moving head (the newest dropped node)
 * and tail (the newest node). Appending is lock-free and O(1): a writer reads the tail, builds a
 * node whose sequence number, commit time and running byte total follow the tail's, and links it
 * with one compare-and-set, retrying if another table partition linked first. Because the
 * sequence number is fixed by the predecessor at link time, list order and sequence order are the
 * same thing, commit times never decrease along the list, and the retained count and bytes are
 * differences of two nodes' fields. Dropping is moving the head, also lock-free; a dropped node's
 * link is cut, so a consumer that still holds it keeps at most that one node alive and learns it
 * fell behind when it next reads.
 *
 * <p>Consumers read through {@link #subscribe named subscriptions}, each with its own position
 * (the sequence number of the next record to read) and a committed position. Retention never waits
 * for a consumer: memory stays bounded and a slow consumer is told how many records it missed.
 *
 * <p>History is kept only while someone can read it: with no open subscription every record is
 * dropped as soon as it is appended (sequence numbers still advance), as a DynamoDB table without
 * a stream keeps no stream records. Retained records hold two item images each, and keeping a
 * hundred thousand of them for nobody made every write pay for them in garbage collection.
 */
public final class ChangeLog {
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle NEXT;
    /** The link of a dropped node: its successors are no longer reachable through it. */
    static final Node TRIMMED = new Node(null, -1, Long.MIN_VALUE, 0);

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            HEAD = lookup.findVarHandle(ChangeLog.class, "head", Node.class);
            TAIL = lookup.findVarHandle(ChangeLog.class, "tail", Node.class);
            NEXT = lookup.findVarHandle(Node.class, "next", Node.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String tableName;
    private final ChangeLogPolicy policy;
    private final long retentionMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, ChangeLogSubscription> subscriptions =
            new ConcurrentHashMap<>();
    // The newest dropped node (initially a sentinel with sequence 0); records after it are kept.
    private volatile Node head;
    // The newest node, or its predecessor while an append is between linking and advancing.
    private volatile Node tail;
    // Whether any subscription is open: only then are records kept after their append.
    private volatile boolean retaining;

    private ChangeLog(String tableName, ChangeLogPolicy policy, Clock clock) {
        this.tableName = tableName;
        this.policy = policy;
        this.retentionMillis = policy.retention().toMillis();
        this.clock = clock;
        Node sentinel = new Node(null, 0, Long.MIN_VALUE, 0);
        this.head = sentinel;
        this.tail = sentinel;
    }

    /** An empty log for the named table; {@code clock} stamps commit times. */
    public static ChangeLog create(String tableName, ChangeLogPolicy policy, Clock clock) {
        return new ChangeLog(Objects.requireNonNull(tableName, "tableName"),
                Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(clock, "clock"));
    }

    /** The table whose changes this log holds. */
    public String tableName() {
        return tableName;
    }

    /** The retention bounds. */
    public ChangeLogPolicy policy() {
        return policy;
    }

    /**
     * Appends the change of the item with key {@code keys} from {@code oldImage} to
     * {@code newImage} and returns its record. Called only by storage, while it holds the lock of
     * the item's partition and after the change is visible, so that two records of one item are
     * always appended in the order of the item's changes.
     */
    public ChangeRecord append(Key keys, Item oldImage, Item newImage) {
        long now = clock.millis();
        long bytes = sizeOf(oldImage) + sizeOf(newImage);
        for (;;) {
            Node last = tail;
            Node next = last.next;
            if (next != null) {
                // Another append linked a node and has not advanced the tail yet: help it.
                if (next != TRIMMED) {
                    TAIL.compareAndSet(this, last, next);
                }
                continue;
            }
            long sequence = last.sequence + 1;
            ChangeRecord record = new ChangeRecord(tableName, keys, oldImage, newImage, sequence,
                    Math.max(now, last.timeMillis));
            Node node = new Node(record, sequence, record.commitTimeMillis(),
                    last.cumulativeBytes + bytes);
            if (NEXT.compareAndSet(last, null, node)) {
                TAIL.compareAndSet(this, last, node);
                enforceRetention(node.sequence, node.cumulativeBytes, node.timeMillis);
                return record;
            }
        }
    }

    /** The sequence number of the oldest retained record; {@link #nextSequence} when none. */
    public long firstSequence() {
        return head.sequence + 1;
    }

    /** The sequence number the next record will get: one more than the newest record's. */
    public long nextSequence() {
        return newest().sequence + 1;
    }

    /** The number of retained records. */
    public long retainedRecords() {
        Node first = head;
        return Math.max(0, newest().sequence - first.sequence);
    }

    /** The bytes of the retained records' images. */
    public long retainedBytes() {
        Node first = head;
        return Math.max(0, newest().cumulativeBytes - first.cumulativeBytes);
    }

    /**
     * Drops the records that the policy no longer allows, measuring age against the clock now.
     * Appends and polls trim as they go; this is for a log that has seen no writes for a while.
     */
    public void trim() {
        Node last = newest();
        enforceRetention(last.sequence, last.cumulativeBytes, clock.millis());
    }

    /**
     * A new consumer called {@code name} that reads from {@code fromPosition}: a sequence number
     * from 1 to {@link #nextSequence()} (the latter reads only changes made from now on). A
     * position whose records were already dropped is allowed: the first poll reports them
     * missed. The committed position starts at {@code fromPosition}. Names are unique per log.
     */
    public ChangeLogSubscription subscribe(String name, long fromPosition) {
        Objects.requireNonNull(name, "name");
        checkPosition(fromPosition);
        return register(new ChangeLogSubscription(this, name, fromPosition));
    }

    /**
     * A new consumer called {@code name} that reads every change made from now on. Unlike
     * {@code subscribe(name, nextSequence())}, no record can slip by between reading the end of
     * the log and the subscription taking effect, even when no other subscription kept history.
     */
    public ChangeLogSubscription subscribeFromEnd(String name) {
        Objects.requireNonNull(name, "name");
        ChangeLogSubscription subscription = register(
                new ChangeLogSubscription(this, name, nextSequence()));
        // Retention is on now: every record from the end read here on is kept.
        subscription.seek(nextSequence());
        return subscription;
    }

    private ChangeLogSubscription register(ChangeLogSubscription subscription) {
        synchronized (subscriptions) {
            if (subscriptions.putIfAbsent(subscription.name(), subscription) != null) {
                throw new IllegalStateException("Change log of " + tableName
                        + " already has a subscription named " + subscription.name());
            }
            retaining = true;
        }
        return subscription;
    }

    /** The open subscription of that name, if any. */
    public Optional<ChangeLogSubscription> subscription(String name) {
        return Optional.ofNullable(subscriptions.get(name));
    }

    /** The open subscriptions, in no particular order. */
    public List<ChangeLogSubscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    void unsubscribe(ChangeLogSubscription subscription) {
        synchronized (subscriptions) {
            subscriptions.remove(subscription.name(), subscription);
            retaining = !subscriptions.isEmpty();
        }
        if (!retaining) {
            trim();
        }
    }

    void checkPosition(long position) {
        long next = nextSequence();
        if (position < 1 || position > next) {
            throw new IllegalArgumentException("Position " + position + " is outside 1.."
                    + next + " in the change log of " + tableName);
        }
    }

    Node head() {
        return head;
    }

    /**
     * The node after which {@code position} starts (its sequence is {@code position - 1}), or
     * null when the record at {@code position} was already dropped. Walks from the head, so it
     * costs the distance from the oldest retained record; subscriptions keep their node instead.
     */
    Node predecessorOf(long position) {
        restart:
        for (;;) {
            Node node = head;
            if (position <= node.sequence) {
                return null;
            }
            while (node.sequence < position - 1) {
                Node next = node.next;
                if (next == TRIMMED) {
                    continue restart;
                }
                if (next == null) {
                    throw new IllegalArgumentException("Position " + position
                            + " is beyond the end of the change log of " + tableName);
                }
                node = next;
            }
            return node;
        }
    }

    /** The newest node, past a tail that has not been advanced yet. */
    private Node newest() {
        for (;;) {
            Node node = tail;
            Node next = node.next;
            while (next != null && next != TRIMMED) {
                node = next;
                next = node.next;
            }
            if (next == null) {
                return node;
            }
        }
    }

    private void enforceRetention(long newestSequence, long newestBytes, long nowMillis) {
        long oldestAllowed = nowMillis - retentionMillis;
        for (;;) {
            Node dropped = head;
            Node first = dropped.next;
            if (first == null) {
                return;
            }
            if (first == TRIMMED) {
                // Another thread dropped this head a moment ago; read the new one.
                continue;
            }
            boolean overLimit = !retaining
                    || newestSequence - dropped.sequence > policy.maxRecords()
                    || newestBytes - dropped.cumulativeBytes > policy.maxBytes()
                    || first.timeMillis < oldestAllowed;
            if (!overLimit) {
                return;
            }
            if (HEAD.compareAndSet(this, dropped, first)) {
                // No tail may point at a dropped node: advance a lagging tail before cutting.
                while (tail == dropped) {
                    TAIL.compareAndSet(this, dropped, first);
                }
                NEXT.setVolatile(dropped, TRIMMED);
            }
        }
    }

    private static long sizeOf(Item item) {
        return item == null ? 0 : item.sizeInBytes();
    }

    @Override
    public String toString() {
        return "ChangeLog[" + tableName + ", " + firstSequence() + ".." + (nextSequence() - 1)
                + "]";
    }

    /** A link of the log; {@code record} is null only in the initial sentinel and TRIMMED. */
    static final class Node {
        final ChangeRecord record;
        final long sequence;
        final long timeMillis;
        final long cumulativeBytes;
        volatile Node next;

        Node(ChangeRecord record, long sequence, long timeMillis, long cumulativeBytes) {
            this.record = record;
            this.sequence = sequence;
            this.timeMillis = timeMillis;
            this.cumulativeBytes = cumulativeBytes;
        }
    }
}
