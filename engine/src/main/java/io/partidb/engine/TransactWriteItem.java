package io.partidb.engine;

import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.UpdateExpression;

import java.util.Objects;

/**
 * One action of a TransactWriteItems: a {@link Put}, {@link Update}, {@link Delete} or
 * {@link ConditionCheck} on one item of a table, with an optional condition on the item as it is
 * when the transaction runs. Each works as the single-item operation of the same name; the
 * transaction applies all of them or none.
 */
public sealed interface TransactWriteItem {

    /** The name of the table the action's item belongs to. */
    String tableName();

    /** The condition the item must satisfy, or null for none. */
    Condition condition();

    /** Whether a failed condition reports the item it was evaluated against. */
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure();

    /** An unconditional Put of {@code item}. */
    static Put put(String tableName, Item item) {
        return new Put(tableName, item, null, ReturnValuesOnConditionCheckFailure.NONE);
    }

    /** An unconditional Update of the item with {@code key}. */
    static Update update(String tableName, Key key, UpdateExpression update) {
        return new Update(tableName, key, update, null, ReturnValuesOnConditionCheckFailure.NONE);
    }

    /** An unconditional Delete of the item with {@code key}. */
    static Delete delete(String tableName, Key key) {
        return new Delete(tableName, key, null, ReturnValuesOnConditionCheckFailure.NONE);
    }

    /** A check that the item with {@code key} satisfies {@code condition}; writes nothing. */
    static ConditionCheck conditionCheck(String tableName, Key key, Condition condition) {
        return new ConditionCheck(tableName, key, condition,
                ReturnValuesOnConditionCheckFailure.NONE);
    }

    /**
     * Writes {@code item} in place of any item with its key (PutItem). Null return values on a
     * failed condition mean NONE.
     */
    record Put(String tableName, Item item, Condition condition,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        /** Requires a table name and an item. */
        public Put {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(item, "item");
            returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
        }

        /** The same action with this condition (null: none). */
        public Put withCondition(Condition condition) {
            return new Put(tableName, item, condition, returnValuesOnConditionCheckFailure);
        }

        /** The same action with these return values on a failed condition. */
        public Put withReturnValuesOnConditionCheckFailure(
                ReturnValuesOnConditionCheckFailure returnValues) {
            return new Put(tableName, item, condition, returnValues);
        }
    }

    /**
     * Applies {@code update} to the item with {@code key}, creating it from the key when there is
     * none (UpdateItem). Key attributes cannot be updated.
     */
    record Update(String tableName, Key key, UpdateExpression update, Condition condition,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        /** Requires a table name, a key and an update expression. */
        public Update {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(update, "update");
            returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
        }

        /** The same action with this condition (null: none). */
        public Update withCondition(Condition condition) {
            return new Update(tableName, key, update, condition,
                    returnValuesOnConditionCheckFailure);
        }

        /** The same action with these return values on a failed condition. */
        public Update withReturnValuesOnConditionCheckFailure(
                ReturnValuesOnConditionCheckFailure returnValues) {
            return new Update(tableName, key, update, condition, returnValues);
        }
    }

    /** Deletes the item with {@code key}, if any (DeleteItem). */
    record Delete(String tableName, Key key, Condition condition,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        /** Requires a table name and a key. */
        public Delete {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
        }

        /** The same action with this condition (null: none). */
        public Delete withCondition(Condition condition) {
            return new Delete(tableName, key, condition, returnValuesOnConditionCheckFailure);
        }

        /** The same action with these return values on a failed condition. */
        public Delete withReturnValuesOnConditionCheckFailure(
                ReturnValuesOnConditionCheckFailure returnValues) {
            return new Delete(tableName, key, condition, returnValues);
        }
    }

    /**
     * Requires the item with {@code key} (none counts as an item without attributes) to satisfy
     * {@code condition}, and writes nothing.
     */
    record ConditionCheck(String tableName, Key key, Condition condition,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        /** Requires a table name, a key and a condition. */
        public ConditionCheck {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(condition, "condition");
            returnValuesOnConditionCheckFailure = orNone(returnValuesOnConditionCheckFailure);
        }

        /** The same action with these return values on a failed condition. */
        public ConditionCheck withReturnValuesOnConditionCheckFailure(
                ReturnValuesOnConditionCheckFailure returnValues) {
            return new ConditionCheck(tableName, key, condition, returnValues);
        }
    }

    private static ReturnValuesOnConditionCheckFailure orNone(
            ReturnValuesOnConditionCheckFailure returnValues) {
        return returnValues == null ? ReturnValuesOnConditionCheckFailure.NONE : returnValues;
    }
}
