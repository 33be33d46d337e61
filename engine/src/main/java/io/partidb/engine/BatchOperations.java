package io.partidb.engine;

import io.partidb.engine.capacity.CapacityUnits;
import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.capacity.ReadMode;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * BatchGetItem and BatchWriteItem over the tables of a database, with DynamoDB's limits and
 * messages. A batch is checked in DynamoDB's order: the request's shape (not empty, list lengths),
 * the total count and duplicate keys, then each table's existence and each key or item against
 * its table. Everything is checked before the first read or write, so a rejected batch has no
 * effect. Each write is atomic on its own; the batch is not a transaction.
 *
 * <p>Sources (reference section 4 and 5, plus): exact texts of the empty request, the per-table
 * length constraints, duplicates, unknown tables and batch key errors are verified on AWS by
 * nubo-db/dynamodb-conformance ({@code tests/tier3/error-messages/batchGetItem.test.ts},
 * {@code batchWriteItem.test.ts}); the cross-table totals' texts are dynalite's, whose tests ran
 * against DynamoDB ("Too many items requested for the BatchGetItem call" is also in the API
 * reference); the 16 MB response arithmetic follows the API reference's example (100 items of
 * 300 KB return 52).
 */
final class BatchOperations {
    /** At most this many keys in one BatchGetItem, over all tables. */
    static final int MAX_GET_KEYS = 100;
    /** At most this many puts and deletes in one BatchWriteItem, over all tables. */
    static final int MAX_WRITES = 25;
    /**
     * A BatchGetItem response holds at most this many bytes of items. Decimal megabytes: the API
     * reference's 100 items of 300 KB (307,200 bytes) return 52, and 52 fit 16,000,000 bytes
     * while 53 would not (under 16 MiB, 54 would fit).
     */
    static final long MAX_GET_RESPONSE_BYTES = 16_000_000;

    private static final String DUPLICATES = "Provided list of item keys contains duplicates";

    private BatchOperations() {
    }

    /** Validates the whole request, then reads the keys in request order. */
    static BatchGetItemResult get(BatchGetItemRequest request, Function<String, Table> tables) {
        Map<String, KeysAndAttributes> requestItems = request.requestItems();
        if (requestItems.isEmpty()) {
            throw validation("The requestItems parameter is required for BatchGetItem");
        }
        for (Map.Entry<String, KeysAndAttributes> e : requestItems.entrySet()) {
            int count = e.getValue().keys().size();
            if (count < 1 || count > MAX_GET_KEYS) {
                throw validation("1 validation error detected: Value at 'RequestItems."
                        + e.getKey() + ".member.Keys' failed to satisfy constraint: Member must "
                        + (count < 1 ? "have length greater than or equal to 1"
                                : "have length less than or equal to " + MAX_GET_KEYS));
            }
        }
        int total = 0;
        for (KeysAndAttributes keys : requestItems.values()) {
            Set<Key> seen = new HashSet<>();
            for (Key key : keys.keys()) {
                if (!seen.add(key)) {
                    throw validation(DUPLICATES);
                }
                if (++total > MAX_GET_KEYS) {
                    throw validation("Too many items requested for the BatchGetItem call");
                }
            }
        }
        List<Table> resolved = new ArrayList<>(requestItems.size());
        for (Map.Entry<String, KeysAndAttributes> e : requestItems.entrySet()) {
            Table table = resolve(tables, e.getKey());
            for (Key key : e.getValue().keys()) {
                table.validateKey(key);
            }
            resolved.add(table);
        }

        Map<String, List<Item>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        List<ConsumedCapacity> capacity = new ArrayList<>(resolved.size());
        long responseBytes = 0;
        boolean full = false;
        int index = 0;
        for (Map.Entry<String, KeysAndAttributes> e : requestItems.entrySet()) {
            Table table = resolved.get(index++);
            ReadMode mode = ReadMode.of(e.getValue().consistentRead());
            List<Item> found = new ArrayList<>();
            List<Key> left = new ArrayList<>();
            double units = 0;
            for (Key key : e.getValue().keys()) {
                Item item = full ? null : table.storedItem(key);
                int size = item == null ? 0 : item.sizeInBytes();
                if (full || responseBytes + size > MAX_GET_RESPONSE_BYTES) {
                    // Once the response is full the rest waits for the next call, in order.
                    full = true;
                    left.add(key);
                    continue;
                }
                responseBytes += size;
                // Each key is charged as its own GetItem: rounded up per item, 1 unit if missing.
                units += CapacityUnits.read(size, mode);
                if (item != null) {
                    found.add(item);
                }
            }
            responses.put(e.getKey(), found);
            if (!left.isEmpty()) {
                unprocessed.put(e.getKey(),
                        new KeysAndAttributes(left, e.getValue().consistentRead()));
            }
            capacity.add(ConsumedCapacity.read(e.getKey(), units));
        }
        return new BatchGetItemResult(responses, unprocessed, capacity);
    }

    /** Validates the whole request, then applies the writes in request order. */
    static BatchWriteItemResult write(BatchWriteItemRequest request,
            Function<String, Table> tables) {
        Map<String, List<WriteRequest>> requestItems = request.requestItems();
        if (requestItems.isEmpty()) {
            throw validation("The requestItems parameter is required for BatchWriteItem");
        }
        int total = 0;
        for (List<WriteRequest> writes : requestItems.values()) {
            if (writes.isEmpty() || writes.size() > MAX_WRITES) {
                // DynamoDB echoes the whole map here, as Java's Map.toString prints it.
                throw validation("1 validation error detected: Value '" + requestItems
                        + "' at 'requestItems' failed to satisfy constraint: Map value must "
                        + "satisfy constraint: [Member must have length less than or equal to "
                        + MAX_WRITES + ", Member must have length greater than or equal to 1]");
            }
            total += writes.size();
        }
        if (total > MAX_WRITES) {
            throw validation("Too many items requested for the BatchWriteItem call");
        }
        List<PlannedWrites> plans = new ArrayList<>(requestItems.size());
        for (Map.Entry<String, List<WriteRequest>> e : requestItems.entrySet()) {
            Table table = resolve(tables, e.getKey());
            Set<Key> seen = new HashSet<>();
            List<Key> keys = new ArrayList<>(e.getValue().size());
            for (WriteRequest write : e.getValue()) {
                Key key;
                if (write instanceof WriteRequest.Put put) {
                    key = putKey(table, put.item());
                } else {
                    key = table.validateKey(((WriteRequest.Delete) write).key());
                }
                if (!seen.add(key)) {
                    throw validation(DUPLICATES);
                }
                keys.add(key);
            }
            plans.add(new PlannedWrites(table, e.getValue(), keys));
        }

        List<ConsumedCapacity> capacity = new ArrayList<>(plans.size());
        for (PlannedWrites plan : plans) {
            ConsumedCapacity consumed = ConsumedCapacity.none(plan.table().name());
            for (int i = 0; i < plan.writes().size(); i++) {
                WriteRequest write = plan.writes().get(i);
                Key key = plan.keys().get(i);
                Item before;
                Item after = null;
                if (write instanceof WriteRequest.Put put) {
                    after = put.item();
                    before = plan.table().replaceValidated(key, after);
                } else {
                    before = plan.table().deleteValidated(key);
                }
                int beforeSize = before == null ? 0 : before.sizeInBytes();
                int afterSize = after == null ? 0 : after.sizeInBytes();
                // As PutItem and DeleteItem: the larger of the item before and after, per item,
                // plus the index writes the change causes.
                consumed = plan.table().indexes().withIndexWrites(consumed.plus(
                        ConsumedCapacity.write(plan.table().name(),
                                CapacityUnits.write(Math.max(beforeSize, afterSize), false))),
                        before, after);
            }
            capacity.add(consumed);
        }
        return new BatchWriteItemResult(Map.of(), capacity);
    }

    /**
     * The key of a put in a batch. Inside a batch DynamoDB reports a missing, mistyped or
     * non-scalar key attribute as {@code The provided key element does not match the schema}
     * (PutItem's own texts name the attribute); empty and oversized key values, and the item
     * size, keep PutItem's texts.
     */
    private static Key putKey(Table table, Item item) {
        for (KeyElement element : table.definition().keySchema().elements()) {
            AttributeValue value = item.get(element.name());
            if (value == null || value.type() != element.type().toAttributeType()) {
                throw new EngineException(ErrorCode.KEY_MISMATCH, KeyRules.KEY_NOT_IN_SCHEMA);
            }
        }
        Key key = table.keyOf(item);
        if (item.sizeInBytes() > Table.MAX_ITEM_BYTES) {
            throw new EngineException(ErrorCode.ITEM_TOO_LARGE,
                    "Item size has exceeded the maximum allowed size");
        }
        return key;
    }

    private static Table resolve(Function<String, Table> tables, String name) {
        Table table = tables.apply(name);
        if (table == null) {
            // Batches say only this, without the table's name (verified on AWS).
            throw new EngineException(ErrorCode.RESOURCE_NOT_FOUND,
                    "Requested resource not found");
        }
        return table;
    }

    private static EngineException validation(String message) {
        return new EngineException(ErrorCode.VALIDATION, message);
    }

    /** The validated writes to one table, with their keys in the same order. */
    private record PlannedWrites(Table table, List<WriteRequest> writes, List<Key> keys) {
    }
}
