package io.partidb.engine;

import io.partidb.engine.capacity.CapacityUnits;
import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.capacity.ReadMode;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.Projection;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.index.SecondaryIndexes;
import io.partidb.engine.storage.TableStore;

import java.util.Optional;

/**
 * GetItem, PutItem, UpdateItem and DeleteItem with DynamoDB's semantics, for {@link Table}.
 * Each write is one {@link io.partidb.engine.storage.ItemMutation}: the condition is evaluated
 * and the new item computed under the partition lock, so conditional writes are atomic and
 * linearizable and no update is lost. A mutation that fails records why and leaves the item as
 * it is; the error is thrown after the lock is released.
 */
final class SingleItemOperations {
    private final String tableName;
    private final KeyRules keys;
    private final KeySchema keySchema;
    private final TableStore store;
    private final SecondaryIndexes indexes;

    SingleItemOperations(String tableName, KeyRules keys, KeySchema keySchema, TableStore store,
            SecondaryIndexes indexes) {
        this.tableName = tableName;
        this.keys = keys;
        this.keySchema = keySchema;
        this.store = store;
        this.indexes = indexes;
    }

    GetItemResult get(GetItemRequest request) {
        Key key = keys.validate(request.key());
        Item item = store.get(key.partition(), key.sort());
        // Charged on the whole item, before the projection, and 1 (0.5) for a miss.
        double units = CapacityUnits.read(size(item), ReadMode.of(request.consistentRead()));
        Projection projection = request.projection();
        Item result = item == null || projection == null ? item : projection.apply(item);
        return new GetItemResult(Optional.ofNullable(result),
                ConsumedCapacity.read(tableName, units));
    }

    WriteResult put(PutItemRequest request) {
        Item item = request.item();
        Key key = keys.keyOf(item);
        if (item.sizeInBytes() > Table.MAX_ITEM_BYTES) {
            throw new EngineException(ErrorCode.ITEM_TOO_LARGE,
                    "Item size has exceeded the maximum allowed size");
        }
        Condition condition = request.condition();
        Outcome outcome = new Outcome();
        Item previous = store.write(key.partition(), key.sort(), current -> {
            if (condition != null && !condition.test(current)) {
                outcome.conditionFailed = true;
                return current;
            }
            // An equal item changes nothing: the store sees that and keeps the stored one.
            return item;
        });
        if (outcome.conditionFailed) {
            throw conditionFailed(previous);
        }
        Optional<Item> attributes = request.returnValues() == ReturnValues.ALL_OLD
                ? Optional.ofNullable(previous) : Optional.empty();
        return new WriteResult(attributes, writeCapacity(previous, item));
    }

    WriteResult update(UpdateItemRequest request) {
        Key key = keys.validate(request.key());
        UpdateExpression update = request.update();
        checkKeyNotUpdated(keySchema, update);
        Condition condition = request.condition();
        Outcome outcome = new Outcome();
        Item previous = store.write(key.partition(), key.sort(), current -> {
            if (condition != null && !condition.test(current)) {
                outcome.conditionFailed = true;
                return current;
            }
            Item next;
            // only an update of a missing item needs the item made of the key
            Item base = current != null ? current : keys.keyItem(key);
            try {
                next = update.apply(current, base);
                if (next.sizeInBytes() > Table.MAX_ITEM_BYTES) {
                    throw new EngineException(ErrorCode.ITEM_TOO_LARGE,
                            "Item size to update has exceeded the maximum allowed size");
                }
            } catch (EngineException e) {
                outcome.error = e;
                return current;
            }
            if (current == null && next.equals(base)) {
                // Only no-op actions (REMOVE, DELETE of absent values): DynamoDB creates
                // nothing (Scylla test_returnvalues test_update_item_returnvalues_all_new).
                return null;
            }
            // an item equal to the stored one changes nothing: the store keeps the stored one
            outcome.next = next;
            return next;
        });
        if (outcome.conditionFailed) {
            throw conditionFailed(previous);
        }
        if (outcome.error != null) {
            throw outcome.error;
        }
        Item next = outcome.next;
        Optional<Item> attributes = switch (request.returnValues()) {
            case NONE -> Optional.empty();
            case ALL_OLD -> Optional.ofNullable(previous);
            case ALL_NEW -> Optional.ofNullable(next);
            case UPDATED_OLD -> projected(update.updatedPaths(), previous);
            case UPDATED_NEW -> projected(update.updatedPaths(), next);
        };
        return new WriteResult(attributes, writeCapacity(previous, next));
    }

    WriteResult delete(DeleteItemRequest request) {
        Key key = keys.validate(request.key());
        Condition condition = request.condition();
        Outcome outcome = new Outcome();
        Item previous = store.write(key.partition(), key.sort(), current -> {
            if (condition != null && !condition.test(current)) {
                outcome.conditionFailed = true;
                return current;
            }
            return null;
        });
        if (outcome.conditionFailed) {
            throw conditionFailed(previous);
        }
        Optional<Item> attributes = request.returnValues() == ReturnValues.ALL_OLD
                ? Optional.ofNullable(previous) : Optional.empty();
        return new WriteResult(attributes, writeCapacity(previous, null));
    }

    /** UpdateItem refuses any action on a key attribute, also nested under it. */
    static void checkKeyNotUpdated(KeySchema keySchema, UpdateExpression update) {
        for (UpdateAction action : update.actions()) {
            String attribute = action.path().attribute();
            if (keySchema.isKeyAttribute(attribute)) {
                throw new EngineException(ErrorCode.VALIDATION, "One or more parameter values "
                        + "were invalid: Cannot update attribute " + attribute
                        + ". This attribute is part of the key");
            }
        }
    }

    // A failed condition is charged on the item it saw, or 1 unit when there was none.
    private ConditionalCheckFailedException conditionFailed(Item seen) {
        return new ConditionalCheckFailedException(writeCapacity(size(seen)), seen);
    }

    private ConsumedCapacity writeCapacity(long bytes) {
        return ConsumedCapacity.write(tableName, CapacityUnits.write(bytes, false));
    }

    // The larger of the item before and after, plus what the change costs each index it touches.
    private ConsumedCapacity writeCapacity(Item before, Item after) {
        return indexes.withIndexWrites(writeCapacity(Math.max(size(before), size(after))),
                before, after);
    }

    // DynamoDB leaves Attributes out rather than returning an empty map.
    private static Optional<Item> projected(Projection projection, Item item) {
        if (item == null) {
            return Optional.empty();
        }
        Item result = projection.apply(item);
        return result.attributes().isEmpty() ? Optional.empty() : Optional.of(result);
    }

    private static long size(Item item) {
        return item == null ? 0 : item.sizeInBytes();
    }

    /** What happened inside a mutation, read once the partition lock is released. */
    private static final class Outcome {
        boolean conditionFailed;
        EngineException error;
        Item next;
    }
}
