package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.SetValue;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.log.ChangeKind;
import io.partidb.engine.log.ChangeRecord;
import io.partidb.engine.log.ChangeLogSubscription;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.partidb.engine.expr.Docs.a;
import static io.partidb.engine.expr.Docs.c;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TransactWriteItems: each action kind, conditions, cancellation reasons in request order with
 * nothing written and nothing logged, return values on a failed condition, and capacity.
 */
class TransactWriteItemsTest {
    private final Database db = Database.create("txn");
    private final Table items = db.createTable(TestTables.hashTable("items", ScalarType.S));
    private final Table events = db.createTable(
            TestTables.compositeTable("events", ScalarType.S, ScalarType.N));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static Key event(String pk, long sk) {
        return Key.of(AttributeValue.ofString(pk), AttributeValue.ofNumber(sk));
    }

    private static UpdateExpression set(String attribute, Object value) {
        return UpdateExpression.of(UpdateAction.set(p(attribute), v(value)));
    }

    private static UpdateExpression add(String attribute, long amount) {
        return UpdateExpression.of(UpdateAction.add(p(attribute), v(amount)));
    }

    private static final Condition EXISTS = Condition.attributeExists(p("pk"));
    private static final Condition NEW = Condition.attributeNotExists(p("pk"));

    private Item stored(Table table, Key key) {
        return table.getItem(key).orElse(null);
    }

    private static TransactionCanceledException cancelled(Database db,
            TransactWriteItem... actions) {
        return catchThrowableOfType(() -> db.transactWriteItems(
                TransactWriteItemsRequest.of(actions)), TransactionCanceledException.class);
    }

    private static List<String> codes(TransactionCanceledException e) {
        List<String> codes = new ArrayList<>();
        for (CancellationReason reason : e.cancellationReasons()) {
            codes.add(reason.code().dynamoName());
        }
        return codes;
    }

    @Test
    void putUpdateDeleteAndConditionCheckCommitTogetherAcrossTables() {
        items.putItem(item("pk", "upd", "data", "before"));
        items.putItem(item("pk", "del", "data", "doomed"));
        items.putItem(item("pk", "chk", "status", "active"));
        db.transactWriteItems(TransactWriteItemsRequest.of(
                TransactWriteItem.put("items", item("pk", "new", "data", "created")),
                TransactWriteItem.update("items", key("upd"), set("data", "after")),
                TransactWriteItem.delete("items", key("del")),
                TransactWriteItem.conditionCheck("items", key("chk"),
                        Condition.eq(a("status"), c("active"))),
                TransactWriteItem.put("events", item("pk", "e", "sk", 1, "what", "moved"))));
        assertThat(stored(items, key("new"))).isEqualTo(item("pk", "new", "data", "created"));
        assertThat(stored(items, key("upd"))).isEqualTo(item("pk", "upd", "data", "after"));
        assertThat(stored(items, key("del"))).isNull();
        assertThat(stored(items, key("chk"))).isEqualTo(item("pk", "chk", "status", "active"));
        assertThat(stored(events, event("e", 1)))
                .isEqualTo(item("pk", "e", "sk", 1, "what", "moved"));
    }

    @Test
    void conditionsSeeTheStoredItemAndPassingOnesCommit() {
        items.putItem(item("pk", "a", "n", 1));
        db.transactWriteItems(TransactWriteItemsRequest.of(
                TransactWriteItem.put("items", item("pk", "b", "n", 1)).withCondition(NEW),
                TransactWriteItem.update("items", key("a"), add("n", 1))
                        .withCondition(Condition.eq(a("n"), c(1))),
                TransactWriteItem.delete("items", key("zz")).withCondition(NEW)));
        assertThat(stored(items, key("a"))).isEqualTo(item("pk", "a", "n", 2));
        assertThat(stored(items, key("b"))).isEqualTo(item("pk", "b", "n", 1));
    }

    @Test
    void aFailedConditionCancelsEverythingWithReasonsInRequestOrder() {
        items.putItem(item("pk", "taken", "owner", "x"));
        items.putItem(item("pk", "keep", "data", "original"));
        long logBefore = items.changeLog().nextSequence();
        TransactionCanceledException e = cancelled(db,
                TransactWriteItem.put("items", item("pk", "fresh")).withCondition(NEW),
                TransactWriteItem.put("items", item("pk", "taken", "owner", "y"))
                        .withCondition(NEW),
                TransactWriteItem.update("items", key("keep"), set("data", "changed")),
                TransactWriteItem.delete("items", key("missing")).withCondition(EXISTS),
                TransactWriteItem.put("events", item("pk", "e", "sk", 1)));
        assertThat(e.getMessage()).isEqualTo("Transaction cancelled, please refer cancellation "
                + "reasons for specific reasons [None, ConditionalCheckFailed, None, "
                + "ConditionalCheckFailed, None]");
        assertThat(codes(e)).containsExactly("None", "ConditionalCheckFailed", "None",
                "ConditionalCheckFailed", "None");
        assertThat(e.cancellationReasons().get(1).message())
                .contains("The conditional request failed");
        assertThat(e.cancellationReasons().get(0).message()).isEmpty();
        assertThat(e.cancellationReasons().get(1).item()).isEmpty();
        assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED);
        assertThat(e.code().dynamoName()).isEqualTo("TransactionCanceledException");
        assertThat(e.code().sqlState()).isEqualTo("23000");

        assertThat(stored(items, key("fresh"))).isNull();
        assertThat(stored(items, key("taken"))).isEqualTo(item("pk", "taken", "owner", "x"));
        assertThat(stored(items, key("keep"))).isEqualTo(item("pk", "keep", "data", "original"));
        assertThat(stored(events, event("e", 1))).isNull();
        assertThat(items.changeLog().nextSequence()).isEqualTo(logBefore);
        assertThat(events.changeLog().nextSequence()).isEqualTo(1);
        assertThat(items.approximateItemCount()).isEqualTo(2);
    }

    @Test
    void aConditionCheckAloneCanCancel() {
        items.putItem(item("pk", "lock", "status", "locked"));
        TransactionCanceledException e = cancelled(db, TransactWriteItem.conditionCheck("items",
                key("lock"), Condition.eq(a("status"), c("unlocked"))));
        assertThat(codes(e)).containsExactly("ConditionalCheckFailed");
    }

    @Test
    void allOldReturnsTheItemTheFailedConditionSaw() {
        items.putItem(item("pk", "a", "data", "original"));
        TransactionCanceledException e = cancelled(db,
                TransactWriteItem.put("items", item("pk", "a", "data", "new")).withCondition(NEW)
                        .withReturnValuesOnConditionCheckFailure(
                                ReturnValuesOnConditionCheckFailure.ALL_OLD),
                TransactWriteItem.update("items", key("none"), set("x", 1)).withCondition(EXISTS)
                        .withReturnValuesOnConditionCheckFailure(
                                ReturnValuesOnConditionCheckFailure.ALL_OLD));
        assertThat(e.cancellationReasons().get(0).item())
                .contains(item("pk", "a", "data", "original"));
        // Nothing was stored, so there is nothing to return.
        assertThat(e.cancellationReasons().get(1).item()).isEmpty();
    }

    @Test
    void updateUpsertsUnlessItsConditionNeedsAnItem() {
        db.transactWriteItems(TransactWriteItemsRequest.of(
                TransactWriteItem.update("items", key("up"), set("status", "created"))
                        .withCondition(NEW)));
        assertThat(stored(items, key("up"))).isEqualTo(item("pk", "up", "status", "created"));
        TransactionCanceledException e = cancelled(db,
                TransactWriteItem.update("items", key("ghost"), add("hits", 1))
                        .withCondition(EXISTS));
        assertThat(codes(e)).containsExactly("ConditionalCheckFailed");
        assertThat(stored(items, key("ghost"))).isNull();
    }

    @Test
    void anUpdateThatOnlyRemovesCreatesNothing() {
        db.transactWriteItems(TransactWriteItemsRequest.of(TransactWriteItem.update("items",
                key("nothing"), UpdateExpression.of(UpdateAction.remove(p("x"))))));
        assertThat(stored(items, key("nothing"))).isNull();
        assertThat(items.changeLog().nextSequence()).isEqualTo(1);
    }

    @Test
    void updateErrorsAgainstTheStoredItemAreValidationReasons() {
        items.putItem(item("pk", "s", "text", "abc", "n", 1));
        TransactionCanceledException e = cancelled(db,
                TransactWriteItem.update("items", key("s"), UpdateExpression.of(
                        UpdateAction.set(p("text"), SetValue.plus(SetValue.path(p("text")),
                                SetValue.value(v(1)))))),
                TransactWriteItem.update("items", key("other"),
                        UpdateExpression.of(UpdateAction.set(p("m").field("x"), v(1)))),
                TransactWriteItem.update("items", key("third"), set("fine", 1)));
        assertThat(codes(e)).containsExactly("ValidationError", "ValidationError", "None");
        assertThat(e.cancellationReasons().get(0).message())
                .contains("An operand in the update expression has an incorrect data type");
        assertThat(e.cancellationReasons().get(1).message()).contains(
                "The document path provided in the update expression is invalid for update");
        assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED_INVALID);
        assertThat(e.code().sqlState()).isEqualTo("22000");
        assertThat(stored(items, key("third"))).isNull();
    }

    @Test
    void aFailedConditionIsReportedBeforeTheUpdateIsTried() {
        items.putItem(item("pk", "s", "text", "abc"));
        TransactionCanceledException e = cancelled(db,
                TransactWriteItem.update("items", key("s"), add("text", 1))
                        .withCondition(Condition.eq(a("text"), c("zzz"))));
        assertThat(codes(e)).containsExactly("ConditionalCheckFailed");
    }

    @Test
    void conditionFailuresOutrankValidationErrorsInTheErrorCode() {
        items.putItem(item("pk", "s", "text", "abc"));
        TransactionCanceledException e = cancelled(db,
                TransactWriteItem.update("items", key("s"), add("text", 1)),
                TransactWriteItem.delete("items", key("t")).withCondition(EXISTS));
        assertThat(codes(e)).containsExactly("ValidationError", "ConditionalCheckFailed");
        assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED);
    }

    @Test
    void eachCommittedWriteIsInTheChangeLogAndNoOpsAreNot() {
        items.putItem(item("pk", "same", "v", 1));
        items.putItem(item("pk", "gone", "v", 1));
        items.putItem(item("pk", "checked", "v", 1));
        ChangeLogSubscription reader = items.changeLog().subscribeFromEnd("t");
        db.transactWriteItems(TransactWriteItemsRequest.of(
                TransactWriteItem.put("items", item("pk", "same", "v", 1)),
                TransactWriteItem.put("items", item("pk", "made", "v", 2)),
                TransactWriteItem.delete("items", key("gone")),
                TransactWriteItem.conditionCheck("items", key("checked"), EXISTS)));
        List<ChangeRecord> records = reader.poll(10).records();
        assertThat(records).extracting(ChangeRecord::kind)
                .containsExactly(ChangeKind.INSERT, ChangeKind.REMOVE);
        assertThat(records).extracting(ChangeRecord::keys)
                .containsExactly(key("made"), key("gone"));
    }

    @Test
    void capacityIsTwiceTheWriteUnitsPerTableInOrderOfFirstAppearance() {
        items.putItem(item("pk", "big", "data", "x".repeat(2000)));
        items.putItem(item("pk", "del", "data", "x".repeat(2900)));
        items.putItem(item("pk", "chk", "data", "x".repeat(1500)));
        TransactWriteItemsResult result = db.transactWriteItems(TransactWriteItemsRequest.of(
                TransactWriteItem.put("events", item("pk", "e", "sk", 1)),
                // Over a 2 KB item: the larger of before and after, 2 units, doubled.
                TransactWriteItem.put("items", item("pk", "big")),
                // A new small item: 1 unit, doubled.
                TransactWriteItem.update("items", key("up"), set("x", 1)),
                // The deleted item, 3 KB: 3 units, doubled.
                TransactWriteItem.delete("items", key("del")),
                // The item checked, 2 KB: 2 units, doubled.
                TransactWriteItem.conditionCheck("items", key("chk"), EXISTS),
                // Nothing to check: 1 unit, doubled.
                TransactWriteItem.conditionCheck("items", key("none"), NEW)));
        assertThat(result.consumedCapacity()).containsExactly(
                ConsumedCapacity.write("events", 2.0),
                ConsumedCapacity.write("items", 4.0 + 2.0 + 6.0 + 4.0 + 2.0));
    }

    @Test
    void aTableDroppedBeforeTheTransactionIsNotFound() {
        db.dropTable("events");
        assertThatThrownBy(() -> db.transactWriteItems(TransactWriteItemsRequest.of(
                TransactWriteItem.put("events", item("pk", "e", "sk", 1)))))
                .hasMessage("Requested resource not found");
    }
}
