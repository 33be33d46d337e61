package io.partidb.engine;

import io.partidb.engine.capacity.CapacityUnits;
import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.capacity.ReadMode;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.Projection;
import io.partidb.engine.storage.PartitionLocks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * TransactWriteItems and TransactGetItems over the tables of a database, with DynamoDB's limits,
 * messages and isolation.
 *
 * <p>A request is first checked as a whole, and whatever DynamoDB rejects from the request alone
 * fails it with a ValidationException before anything is locked: the number of actions, unknown
 * tables, empty or oversized key values, a Put item over 400 KB, an update of a key attribute,
 * two actions on one item, more than 4 MB in all. What depends on the stored items, or on the
 * shape of a key as the table sees it, is a reason to cancel: the transaction then locks the
 * partitions of all its items in one global order, evaluates every action against the current
 * items, and writes only if every action succeeds, through the same write primitive as single
 * writes (so the change log records each write), before releasing the locks. Otherwise it throws
 * {@link TransactionCanceledException} with one reason per action and writes nothing.
 *
 * <p>Sources (see docs/engine.md, "Transactions"): messages and the split between request errors
 * and cancellation reasons are paritysuite's and nubo-db's conformance tests, verified on AWS; the
 * 4 MB text is dynoxide's (unverified).
 */
final class TransactionOperations {
    /** At most this many actions, or Gets, in one transaction. */
    static final int MAX_ACTIONS = 100;
    /**
     * The aggregate size of a transaction's items: 4 MB of 1,048,576 bytes, as DynamoDB's 400 KB
     * are 409,600 bytes. Ten items of 350,000 bytes are accepted and twelve refused on AWS.
     */
    static final long MAX_TRANSACTION_BYTES = 4L * 1024 * 1024;
    /** A client request token has 1 to 36 characters. */
    static final int MAX_TOKEN_LENGTH = 36;

    static final String MULTIPLE_OPERATIONS =
            "Transaction request cannot include multiple operations on one item";
    static final String TOO_LARGE = "Collection size of items exceeded, which can also be caused "
            + "by the aggregate size of the items in the transaction exceeding the 4MB limit";

    private TransactionOperations() {
    }

    /**
     * Validates the whole request, then applies every action or none. A request with a client
     * request token that committed within the last 10 minutes is answered from {@code tokens}
     * without running again.
     */
    static TransactWriteItemsResult write(TransactWriteItemsRequest request,
            Function<String, Table> tables, IdempotencyTokens tokens) {
        checkMembers(request.transactItems(), request.clientRequestToken());
        String token = request.clientRequestToken();
        if (token == null) {
            return run(request.transactItems(), tables).result();
        }
        IdempotencyTokens.Claim claim = tokens.claim(token, request);
        if (claim.replay() != null) {
            return claim.replay();
        }
        Outcome outcome;
        try {
            outcome = run(request.transactItems(), tables);
        } catch (RuntimeException | Error e) {
            tokens.release(claim);
            throw e;
        }
        tokens.commit(claim, outcome.replay());
        return outcome.result();
    }

    private static Outcome run(List<TransactWriteItem> items, Function<String, Table> tables) {
        List<WriteAction> actions = new ArrayList<>(items.size());
        Set<Target> targets = new HashSet<>();
        long bytes = 0;
        for (TransactWriteItem item : items) {
            WriteAction action = WriteAction.plan(item, resolve(tables, item.tableName()));
            if (action.key != null && !targets.add(new Target(action.table, action.key))) {
                throw validation(MULTIPLE_OPERATIONS);
            }
            bytes += action.requestBytes;
            actions.add(action);
        }
        if (bytes > MAX_TRANSACTION_BYTES) {
            throw validation(TOO_LARGE);
        }

        PartitionLocks.Builder partitions = PartitionLocks.builder();
        for (WriteAction action : actions) {
            if (action.key != null) {
                partitions.add(action.table.store(), action.key.partition());
            }
        }
        try (PartitionLocks locks = partitions.lock()) {
            List<CancellationReason> reasons = new ArrayList<>(actions.size());
            boolean cancelled = false;
            // Every action is evaluated, so that each failing one reports its own reason.
            for (WriteAction action : actions) {
                CancellationReason reason = action.evaluate();
                cancelled |= reason.code() != CancellationReason.Code.NONE;
                reasons.add(reason);
            }
            if (cancelled) {
                throw new TransactionCanceledException(reasons);
            }
            locks.beginCommit();
            for (WriteAction action : actions) {
                action.commit();
            }
        }

        Map<String, Double> writeUnits = new LinkedHashMap<>();
        Map<String, Double> readUnits = new LinkedHashMap<>();
        for (WriteAction action : actions) {
            writeUnits.merge(action.table.name(), action.writeUnits(), Double::sum);
            readUnits.merge(action.table.name(), action.replayReadUnits(), Double::sum);
        }
        List<ConsumedCapacity> written = new ArrayList<>(writeUnits.size());
        writeUnits.forEach((table, total) -> written.add(ConsumedCapacity.write(table, total)));
        List<ConsumedCapacity> read = new ArrayList<>(readUnits.size());
        readUnits.forEach((table, total) -> read.add(ConsumedCapacity.read(table, total)));
        return new Outcome(new TransactWriteItemsResult(written),
                new TransactWriteItemsResult(read));
    }

    /** Validates the whole request, then reads every item under the locks of all of them. */
    static TransactGetItemsResult get(TransactGetItemsRequest request,
            Function<String, Table> tables) {
        List<TransactGetItem> gets = request.transactItems();
        checkMembers(gets, null);
        Table[] resolved = new Table[gets.size()];
        List<CancellationReason> reasons = new ArrayList<>(gets.size());
        Set<Target> targets = new HashSet<>();
        boolean cancelled = false;
        for (int i = 0; i < resolved.length; i++) {
            TransactGetItem get = gets.get(i);
            Table table = resolve(tables, get.tableName());
            resolved[i] = table;
            String mismatch = table.keyRules().keyMismatch(get.key());
            if (mismatch != null) {
                // A key the table cannot have cancels the transaction (verified on AWS).
                reasons.add(CancellationReason.validationError(mismatch));
                cancelled = true;
                continue;
            }
            Key key = table.validateKey(get.key());
            if (!targets.add(new Target(table, key))) {
                throw validation(MULTIPLE_OPERATIONS);
            }
            reasons.add(CancellationReason.none());
        }
        if (cancelled) {
            throw new TransactionCanceledException(reasons);
        }

        PartitionLocks.Builder partitions = PartitionLocks.builder();
        for (int i = 0; i < resolved.length; i++) {
            partitions.add(resolved[i].store(), gets.get(i).key().partition());
        }
        Item[] items = new Item[resolved.length];
        try (PartitionLocks locks = partitions.lock()) {
            for (int i = 0; i < items.length; i++) {
                items[i] = resolved[i].storedItem(gets.get(i).key());
            }
        }

        long bytes = 0;
        List<Optional<Item>> responses = new ArrayList<>(items.length);
        Map<String, Double> units = new LinkedHashMap<>();
        for (int i = 0; i < items.length; i++) {
            Item item = items[i];
            int size = item == null ? 0 : item.sizeInBytes();
            bytes += size;
            Projection projection = gets.get(i).projection();
            responses.add(Optional.ofNullable(
                    item == null || projection == null ? item : projection.apply(item)));
            // Each Get as a GetItem, doubled; charged on the whole item, and a miss too.
            units.merge(resolved[i].name(), CapacityUnits.read(size, ReadMode.TRANSACTIONAL),
                    Double::sum);
        }
        if (bytes > MAX_TRANSACTION_BYTES) {
            throw validation(TOO_LARGE);
        }
        List<ConsumedCapacity> capacity = new ArrayList<>(units.size());
        units.forEach((table, total) -> capacity.add(ConsumedCapacity.read(table, total)));
        return new TransactGetItemsResult(responses, capacity);
    }

    /**
     * The constraints on the request's members, checked before anything else and reported
     * together, as DynamoDB's request validation does: the token's length, then the number of
     * actions (members in alphabetical order, as DynamoDB lists clientRequestToken before
     * returnConsumedCapacity).
     */
    private static void checkMembers(List<?> items, String token) {
        List<String> violations = new ArrayList<>(2);
        if (token != null && token.isEmpty()) {
            violations.add("Value '' at 'clientRequestToken' failed to satisfy constraint: "
                    + "Member must have length greater than or equal to 1");
        } else if (token != null && token.length() > MAX_TOKEN_LENGTH) {
            violations.add("Value '" + token + "' at 'clientRequestToken' failed to satisfy "
                    + "constraint: Member must have length less than or equal to "
                    + MAX_TOKEN_LENGTH);
        }
        if (items.isEmpty()) {
            violations.add("Value '[]' at 'transactItems' failed to satisfy constraint: Member "
                    + "must have length greater than or equal to 1");
        } else if (items.size() > MAX_ACTIONS) {
            // DynamoDB echoes the list here, as its Java toString prints it; ours prints ours.
            violations.add("Value '" + items + "' at 'transactItems' failed to satisfy "
                    + "constraint: Member must have length less than or equal to " + MAX_ACTIONS);
        }
        if (!violations.isEmpty()) {
            throw validation(violations.size() + (violations.size() == 1
                    ? " validation error detected: " : " validation errors detected: ")
                    + String.join("; ", violations));
        }
    }

    private static Table resolve(Function<String, Table> tables, String name) {
        Table table = tables.apply(name);
        if (table == null) {
            // Transactions say only this, without the table's name (verified on AWS).
            throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found");
        }
        return table;
    }

    private static EngineException validation(String message) {
        return new EngineException(ErrorCode.VALIDATION, message);
    }

    private static long size(Item item) {
        return item == null ? 0 : item.sizeInBytes();
    }

    /**
     * A committed transaction's result and what a repeat of it under the same token returns:
     * DynamoDB then reports the read capacity of reading the items again, not the writes.
     */
    private record Outcome(TransactWriteItemsResult result, TransactWriteItemsResult replay) {
    }

    /** One item of one table: what two actions of a transaction may not share. */
    private record Target(Table table, Key key) {
    }

    /**
     * One write action, checked against its table, then evaluated against the stored item under
     * the transaction's locks, then (if the whole transaction passes) committed.
     */
    private static final class WriteAction {
        final TransactWriteItem item;
        final Table table;
        /** The item's key; null when its shape or types do not match the table's schema. */
        final Key key;
        /** DynamoDB's message for such a key: a ValidationError, not a request error. */
        final String keyMismatch;
        /** What the action adds to the transaction's aggregate size. */
        final long requestBytes;
        private Item current;
        private Item next;
        private boolean writes;

        private WriteAction(TransactWriteItem item, Table table, Key key, String keyMismatch,
                long requestBytes) {
            this.item = item;
            this.table = table;
            this.key = key;
            this.keyMismatch = keyMismatch;
            this.requestBytes = requestBytes;
        }

        /** Checks what can be checked without the stored item; throws a request error. */
        static WriteAction plan(TransactWriteItem item, Table table) {
            KeyRules rules = table.keyRules();
            if (item instanceof TransactWriteItem.Put put) {
                Item written = put.item();
                String mismatch = rules.itemKeyMismatch(written);
                Key key = mismatch == null ? rules.keyOf(written) : null;
                if (written.sizeInBytes() > Table.MAX_ITEM_BYTES) {
                    // Known from the request alone, so refused before the transaction runs.
                    throw new EngineException(ErrorCode.ITEM_TOO_LARGE,
                            "Item size has exceeded the maximum allowed size");
                }
                return new WriteAction(item, table, key, mismatch, written.sizeInBytes());
            }
            Key requested = keyOf(item);
            String mismatch = rules.keyMismatch(requested);
            Key key = mismatch == null ? rules.validate(requested) : null;
            if (item instanceof TransactWriteItem.Update update) {
                SingleItemOperations.checkKeyNotUpdated(table.definition().keySchema(),
                        update.update());
            }
            long bytes = key == null ? 0 : rules.keyItem(key).sizeInBytes();
            return new WriteAction(item, table, key, mismatch, bytes);
        }

        private static Key keyOf(TransactWriteItem item) {
            if (item instanceof TransactWriteItem.Update update) {
                return update.key();
            }
            if (item instanceof TransactWriteItem.Delete delete) {
                return delete.key();
            }
            return ((TransactWriteItem.ConditionCheck) item).key();
        }

        /**
         * Evaluates the action against the item stored now (the caller holds its partition's
         * lock) and computes what to write; the reason is NONE when the action can commit.
         */
        CancellationReason evaluate() {
            if (keyMismatch != null) {
                return CancellationReason.validationError(keyMismatch);
            }
            current = table.storedItem(key);
            Condition condition = item.condition();
            if (condition != null && !condition.test(current)) {
                return CancellationReason.conditionalCheckFailed(
                        item.returnValuesOnConditionCheckFailure()
                                == ReturnValuesOnConditionCheckFailure.ALL_OLD ? current : null);
            }
            if (item instanceof TransactWriteItem.Put put) {
                next = put.item();
                writes = true;
            } else if (item instanceof TransactWriteItem.Update update) {
                Item keyItem = table.keyRules().keyItem(key);
                try {
                    next = update.update().apply(current, keyItem);
                } catch (EngineException e) {
                    return CancellationReason.validationError(e.getMessage());
                }
                if (next.sizeInBytes() > Table.MAX_ITEM_BYTES) {
                    // Depends on the stored item, so a cancellation (verified on AWS).
                    return CancellationReason.validationError(
                            "Item size to update has exceeded the maximum allowed size");
                }
                if (current == null && next.equals(keyItem)) {
                    // Only REMOVE or DELETE of absent values: nothing is created, as UpdateItem.
                    next = null;
                }
                writes = true;
            } else if (item instanceof TransactWriteItem.Delete) {
                next = null;
                writes = true;
            }
            if (writes) {
                // index key checks and the item-collection limit run here, before anything is
                // written, so that the commit below cannot fail half way
                try {
                    table.indexes().admit(key.partition(), current, next);
                } catch (EngineException e) {
                    return CancellationReason.validationError(e.getMessage());
                }
            }
            return CancellationReason.none();
        }

        /** Applies the write computed by {@link #evaluate}, under the locks still held. */
        void commit() {
            if (writes) {
                table.commitValidated(key, next);
            }
        }

        /**
         * Twice the units of the same write outside a transaction: the larger of the item before
         * and after (a delete and a condition check: the item found), at least one unit.
         */
        double writeUnits() {
            return CapacityUnits.write(Math.max(size(current), size(next)), true);
        }

        /**
         * A transactional read of the item the action left (a write: what it wrote, nothing
         * after a delete; a condition check: the item it checked), as a repeat is charged.
         */
        double replayReadUnits() {
            return CapacityUnits.read(size(writes ? next : current), ReadMode.TRANSACTIONAL);
        }
    }
}
