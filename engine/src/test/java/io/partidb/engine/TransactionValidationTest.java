package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The checks of a whole transaction request, each at its limit and one past it, with DynamoDB's
 * texts; and which faults are request errors and which are cancellation reasons. A refused
 * request changes nothing.
 */
class TransactionValidationTest {
    private static final String EMPTY = "1 validation error detected: Value '[]' at "
            + "'transactItems' failed to satisfy constraint: Member must have length greater "
            + "than or equal to 1";
    private static final String MULTIPLE =
            "Transaction request cannot include multiple operations on one item";
    private static final String TOO_LARGE = "Collection size of items exceeded, which can also "
            + "be caused by the aggregate size of the items in the transaction exceeding the 4MB "
            + "limit";

    private final Database db = Database.create("txn-validation");
    private final Table items = db.createTable(TestTables.hashTable("items", ScalarType.S));
    private final Table pairs = db.createTable(
            TestTables.compositeTable("pairs", ScalarType.S, ScalarType.S));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static UpdateExpression setX() {
        return UpdateExpression.of(UpdateAction.set(p("x"), v(1)));
    }

    /** An item of exactly {@code bytes} bytes: pk and data (4 bytes of name plus its text). */
    private static Item sized(String pk, int bytes) {
        return item("pk", pk, "data", "x".repeat(bytes - 2 - pk.length() - 4));
    }

    private static List<TransactWriteItem> puts(int count) {
        List<TransactWriteItem> puts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            puts.add(TransactWriteItem.put("items", item("pk", "k" + i)));
        }
        return puts;
    }

    private void write(List<TransactWriteItem> actions) {
        db.transactWriteItems(new TransactWriteItemsRequest(actions));
    }

    private void write(TransactWriteItem... actions) {
        db.transactWriteItems(TransactWriteItemsRequest.of(actions));
    }

    private TransactionCanceledException cancelled(TransactWriteItem... actions) {
        return catchThrowableOfType(() -> write(actions), TransactionCanceledException.class);
    }

    @Test
    void anEmptyRequestIsRefused() {
        assertEngineError(() -> write(List.of()), ErrorCode.VALIDATION, EMPTY);
        assertEngineError(() -> db.transactGetItems(new TransactGetItemsRequest(List.of())),
                ErrorCode.VALIDATION, EMPTY);
        write(puts(1));
        assertThat(items.approximateItemCount()).isEqualTo(1);
    }

    @Test
    void atMostOneHundredActions() {
        List<TransactWriteItem> tooMany = puts(101);
        assertEngineError(() -> write(tooMany), ErrorCode.VALIDATION,
                "1 validation error detected: Value '" + tooMany + "' at 'transactItems' failed "
                        + "to satisfy constraint: Member must have length less than or equal "
                        + "to 100");
        assertThat(items.approximateItemCount()).isZero();
        write(puts(100));
        assertThat(items.approximateItemCount()).isEqualTo(100);
    }

    @Test
    void atMostOneHundredGets() {
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            gets.add(TransactGetItem.get("items", key("k" + i)));
        }
        assertEngineError(() -> db.transactGetItems(new TransactGetItemsRequest(gets)),
                ErrorCode.VALIDATION, "1 validation error detected: Value '" + gets + "' at "
                        + "'transactItems' failed to satisfy constraint: Member must have length "
                        + "less than or equal to 100");
        assertThat(db.transactGetItems(new TransactGetItemsRequest(gets.subList(0, 100)))
                .responses()).hasSize(100);
    }

    @Test
    void twoActionsOnOneItemAreRefusedWhateverTheirKinds() {
        assertEngineError(() -> write(
                TransactWriteItem.put("items", item("pk", "a", "n", 1)),
                TransactWriteItem.delete("items", key("a"))), ErrorCode.VALIDATION, MULTIPLE);
        assertEngineError(() -> write(
                TransactWriteItem.conditionCheck("items", key("a"),
                        Condition.attributeNotExists(p("pk"))),
                TransactWriteItem.update("items", key("a"), setX())),
                ErrorCode.VALIDATION, MULTIPLE);
        assertEngineError(() -> write(
                TransactWriteItem.put("pairs", item("pk", "a", "sk", "1")),
                TransactWriteItem.put("pairs", item("sk", "1", "pk", "a", "more", 1))),
                ErrorCode.VALIDATION, MULTIPLE);
        assertThat(items.approximateItemCount()).isZero();
        assertThat(pairs.approximateItemCount()).isZero();
        // Same partition key, other sort key; same key in another table: distinct items.
        write(TransactWriteItem.put("pairs", item("pk", "a", "sk", "1")),
                TransactWriteItem.put("pairs", item("pk", "a", "sk", "2")),
                TransactWriteItem.put("items", item("pk", "a")));
        assertThat(pairs.approximateItemCount()).isEqualTo(2);
    }

    @Test
    void twoGetsOfOneItemAreRefused() {
        assertEngineError(() -> db.transactGetItems(TransactGetItemsRequest.of(
                TransactGetItem.get("items", key("a")), TransactGetItem.get("items", key("a")))),
                ErrorCode.VALIDATION, MULTIPLE);
    }

    @Test
    void theAggregateSizeIsAtMostFourMegabytes() {
        // Ten items of 409,600 bytes and one of 98,304: exactly 4,194,304 bytes.
        List<TransactWriteItem> atLimit = new ArrayList<>();
        List<TransactWriteItem> overLimit = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            atLimit.add(TransactWriteItem.put("items", sized("k" + i, Table.MAX_ITEM_BYTES)));
            overLimit.add(TransactWriteItem.put("items", sized("k" + i, Table.MAX_ITEM_BYTES)));
        }
        atLimit.add(TransactWriteItem.put("items", sized("k10", 98_304)));
        overLimit.add(TransactWriteItem.put("items", sized("k10", 98_305)));
        assertEngineError(() -> write(overLimit), ErrorCode.VALIDATION, TOO_LARGE);
        assertThat(items.approximateItemCount()).isZero();
        write(atLimit);
        assertThat(items.approximateItemCount()).isEqualTo(11);
    }

    @Test
    void gotItemsAreAtMostFourMegabytes() {
        List<TransactGetItem> gets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.putItem(sized("k" + i, Table.MAX_ITEM_BYTES));
            gets.add(TransactGetItem.get("items", key("k" + i)));
        }
        items.putItem(sized("k10", 98_304));
        items.putItem(sized("k11", 98_305));
        List<TransactGetItem> atLimit = new ArrayList<>(gets);
        atLimit.add(TransactGetItem.get("items", key("k10")));
        gets.add(TransactGetItem.get("items", key("k11")));
        assertThat(db.transactGetItems(new TransactGetItemsRequest(atLimit)).responses())
                .hasSize(11);
        assertEngineError(() -> db.transactGetItems(new TransactGetItemsRequest(gets)),
                ErrorCode.VALIDATION, TOO_LARGE);
    }

    @Test
    void anUnknownTableIsNotFoundWithoutItsName() {
        assertEngineError(() -> write(TransactWriteItem.put("items", item("pk", "a")),
                TransactWriteItem.put("nope", item("pk", "a"))),
                ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found");
        assertEngineError(() -> db.transactGetItems(TransactGetItemsRequest.of(
                TransactGetItem.get("nope", key("a")))),
                ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found");
        assertThat(items.approximateItemCount()).isZero();
    }

    @Test
    void emptyKeyValuesAreRequestErrorsForEveryAction() {
        String emptyKey = "One or more parameter values are not valid. The AttributeValue for a "
                + "key attribute cannot contain an empty string value. Key: pk";
        assertEngineError(() -> write(TransactWriteItem.put("items", item("pk", ""))),
                ErrorCode.KEY_MISMATCH, emptyKey);
        assertEngineError(() -> write(TransactWriteItem.update("items", key(""), setX())),
                ErrorCode.KEY_MISMATCH, emptyKey);
        assertEngineError(() -> write(TransactWriteItem.delete("items", key(""))),
                ErrorCode.KEY_MISMATCH, emptyKey);
        assertEngineError(() -> write(TransactWriteItem.conditionCheck("items", key(""),
                Condition.attributeNotExists(p("pk")))), ErrorCode.KEY_MISMATCH, emptyKey);
        assertEngineError(() -> db.transactGetItems(TransactGetItemsRequest.of(
                TransactGetItem.get("items", key("")))), ErrorCode.KEY_MISMATCH, emptyKey);
    }

    @Test
    void oversizedKeyValuesAreRequestErrors() {
        String longest = "k".repeat(2048);
        write(TransactWriteItem.put("items", item("pk", longest)));
        assertEngineError(() -> write(TransactWriteItem.delete("items", key(longest + "k"))),
                ErrorCode.KEY_MISMATCH, "One or more parameter values were invalid: Size of "
                        + "hashkey has exceeded the maximum size limit of2048 bytes");
    }

    @Test
    void keysOfTheWrongShapeAreCancellationReasons() {
        TransactionCanceledException put = cancelled(
                TransactWriteItem.put("items", item("pk", 5)),
                TransactWriteItem.put("items", item("pk", l("x"))),
                TransactWriteItem.put("items", item("other", "x")),
                TransactWriteItem.put("items", item("pk", "fine")));
        assertThat(put.cancellationReasons()).extracting(r -> r.code().dynamoName())
                .containsExactly("ValidationError", "ValidationError", "ValidationError", "None");
        assertThat(put.cancellationReasons()).extracting(r -> r.message().orElse(null))
                .containsExactly(
                        "One or more parameter values were invalid: Type mismatch for key pk "
                                + "expected: S actual: N",
                        "One or more parameter values were invalid: Type mismatch for key pk "
                                + "expected: S actual: L",
                        "One or more parameter values were invalid: Missing the key pk in the "
                                + "item",
                        null);
        assertThat(put.getMessage()).endsWith(
                "[ValidationError, ValidationError, ValidationError, None]");
        assertThat(put.code()).isEqualTo(ErrorCode.TRANSACTION_CANCELED_INVALID);

        Key number = Key.of(AttributeValue.ofNumber(5));
        TransactionCanceledException keyed = cancelled(
                TransactWriteItem.update("items", number, setX()),
                TransactWriteItem.delete("items", number),
                TransactWriteItem.conditionCheck("pairs", key("a"),
                        Condition.attributeExists(p("pk"))));
        assertThat(keyed.cancellationReasons()).extracting(r -> r.message().orElse(null))
                .containsOnly("The provided key element does not match the schema");

        TransactionCanceledException get = catchThrowableOfType(
                () -> db.transactGetItems(TransactGetItemsRequest.of(
                        TransactGetItem.get("items", key("a")),
                        TransactGetItem.get("pairs", key("a")))),
                TransactionCanceledException.class);
        assertThat(get.cancellationReasons()).extracting(r -> r.code().dynamoName())
                .containsExactly("None", "ValidationError");
        assertThat(get.cancellationReasons().get(1).message())
                .contains("The provided key element does not match the schema");
        assertThat(items.approximateItemCount()).isZero();
    }

    @Test
    void aPutItemOverFourHundredKilobytesIsARequestError() {
        assertEngineError(() -> write(TransactWriteItem.put("items",
                sized("big", Table.MAX_ITEM_BYTES + 1))), ErrorCode.ITEM_TOO_LARGE,
                "Item size has exceeded the maximum allowed size");
        write(TransactWriteItem.put("items", sized("big", Table.MAX_ITEM_BYTES)));
        assertThat(items.getItem(key("big")).orElseThrow().sizeInBytes())
                .isEqualTo(Table.MAX_ITEM_BYTES);
    }

    @Test
    void anUpdateGrowingPastFourHundredKilobytesIsACancellationReason() {
        items.putItem(item("pk", "grow"));
        // pk (2 + 4) and data (4 + text): the text that makes the item exactly 409,600 bytes.
        String fits = "x".repeat(Table.MAX_ITEM_BYTES - 6 - 4);
        TransactionCanceledException e = cancelled(TransactWriteItem.update("items", key("grow"),
                UpdateExpression.of(UpdateAction.set(p("data"), v(fits + "x")))));
        assertThat(e.cancellationReasons().get(0).message())
                .contains("Item size to update has exceeded the maximum allowed size");
        assertThat(items.getItem(key("grow"))).contains(item("pk", "grow"));
        write(TransactWriteItem.update("items", key("grow"),
                UpdateExpression.of(UpdateAction.set(p("data"), v(fits)))));
        assertThat(items.getItem(key("grow")).orElseThrow().sizeInBytes())
                .isEqualTo(Table.MAX_ITEM_BYTES);
    }

    @Test
    void updatingAKeyAttributeIsARequestError() {
        assertEngineError(() -> write(TransactWriteItem.update("items", key("a"),
                UpdateExpression.of(UpdateAction.set(p("pk"), v("b"))))),
                ErrorCode.VALIDATION, "One or more parameter values were invalid: Cannot update "
                        + "attribute pk. This attribute is part of the key");
    }

    @Test
    void requestErrorsComeBeforeAnyCancellation() {
        items.putItem(item("pk", "taken"));
        assertEngineError(() -> write(
                TransactWriteItem.put("items", item("pk", "taken"))
                        .withCondition(Condition.attributeNotExists(p("pk"))),
                TransactWriteItem.put("items", item("pk", 5)),
                TransactWriteItem.put("missing", item("pk", "x"))),
                ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found");
    }
}
