package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.Operand;
import io.partidb.engine.expr.Projection;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.a;
import static io.partidb.engine.expr.Docs.c;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GetItem, PutItem and DeleteItem requests: conditions, return values, capacity. */
class ItemRequestsTest {
    private final Database db = Database.create("requests");
    private final Table table = db.createTable(TestTables.hashTable("items", ScalarType.S));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    /** An item of exactly {@code bytes} bytes: pk (3 bytes) and data (4 + its length). */
    private static Item sized(String pk, int bytes) {
        return item("pk", pk, "data", "x".repeat(bytes - 3 - 4 - (pk.length() - 1)));
    }

    private static final Condition EXISTS = Condition.attributeExists(p("pk"));
    private static final Condition NEW = Condition.attributeNotExists(p("pk"));

    @Test
    void getItemReadsAndChargesPerItem() {
        table.putItem(sized("a", 4096));
        table.putItem(sized("b", 4097));
        GetItemResult strong = table.getItem(GetItemRequest.of(key("a")).withConsistentRead(true));
        assertThat(strong.item()).contains(sized("a", 4096));
        assertThat(strong.consumedCapacity()).isEqualTo(ConsumedCapacity.read("items", 1.0));
        assertThat(table.getItem(GetItemRequest.of(key("a"))).consumedCapacity().readUnits())
                .isEqualTo(0.5);
        assertThat(table.getItem(GetItemRequest.of(key("b")).withConsistentRead(true))
                .consumedCapacity().readUnits()).isEqualTo(2.0);
        assertThat(table.getItem(GetItemRequest.of(key("b"))).consumedCapacity().readUnits())
                .isEqualTo(1.0);
    }

    @Test
    void aMissedGetItemStillCostsOneRead() {
        GetItemResult miss = table.getItem(GetItemRequest.of(key("none")).withConsistentRead(true));
        assertThat(miss.item()).isEmpty();
        assertThat(miss.consumedCapacity().readUnits()).isEqualTo(1.0);
        assertThat(table.getItem(GetItemRequest.of(key("none"))).consumedCapacity().readUnits())
                .isEqualTo(0.5);
    }

    @Test
    void getItemProjectsTopLevelAndNestedPathsAndChargesTheWholeItem() {
        Item stored = item("pk", "a", "m", m("x", l(1, 2, 3), "y", "why"), "big", "z".repeat(5000));
        table.putItem(stored);
        GetItemResult projected = table.getItem(GetItemRequest.of(key("a")).withProjection(
                Projection.of(p("m").field("x").index(2), p("pk"))).withConsistentRead(true));
        assertThat(projected.item()).contains(item("pk", "a", "m", m("x", l(3))));
        assertThat(projected.consumedCapacity().readUnits()).isEqualTo(2.0);
        GetItemResult nothing = table.getItem(GetItemRequest.of(key("a"))
                .withProjection(Projection.of(p("q"))));
        assertThat(nothing.item()).contains(Item.of(Map.of()));
        assertThat(table.getItem(GetItemRequest.of(key("zz")).withProjection(
                Projection.of(p("q")))).item()).isEmpty();
    }

    @Test
    void getItemValidatesTheKey() {
        Key numeric = Key.of(AttributeValue.ofNumber(1));
        assertEngineError(() -> table.getItem(GetItemRequest.of(numeric)),
                ErrorCode.KEY_MISMATCH, "The provided key element does not match the schema");
    }

    @Test
    void putItemWithAConditionWritesOnlyWhenItHolds() {
        Item first = item("pk", "a", "v", 1);
        WriteResult created = table.putItem(PutItemRequest.of(first).withCondition(NEW));
        assertThat(created.attributes()).isEmpty();
        assertThat(created.consumedCapacity()).isEqualTo(ConsumedCapacity.write("items", 1.0));
        assertThatThrownBy(() -> table.putItem(PutItemRequest.of(item("pk", "a", "v", 2))
                .withCondition(NEW)))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessage("The conditional request failed");
        assertThat(table.getItem(key("a"))).contains(first);
        table.putItem(PutItemRequest.of(item("pk", "a", "v", 3))
                .withCondition(Condition.eq(a("v"), c(1))));
        assertThat(table.getItem(key("a"))).contains(item("pk", "a", "v", 3));
    }

    @Test
    void aFailedConditionalWriteChargesTheExistingItemOrOneUnit() {
        table.putItem(sized("a", 2500));
        ConditionalCheckFailedException onExisting = failure(() -> table.putItem(
                PutItemRequest.of(item("pk", "a")).withCondition(NEW)));
        assertThat(onExisting.consumedCapacity()).isEqualTo(ConsumedCapacity.write("items", 3));
        assertThat(onExisting.item()).contains(sized("a", 2500));
        assertThat(onExisting.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED);
        ConditionalCheckFailedException onNothing = failure(() -> table.putItem(
                PutItemRequest.of(sized("b", 5000)).withCondition(EXISTS)));
        assertThat(onNothing.consumedCapacity().writeUnits()).isEqualTo(1.0);
        assertThat(onNothing.item()).isEmpty();
        assertThat(table.getItem(key("b"))).isEmpty();
    }

    @Test
    void putItemChargesTheLargerOfTheOldAndNewItem() {
        assertThat(table.putItem(PutItemRequest.of(sized("a", 1024))).consumedCapacity()
                .writeUnits()).isEqualTo(1.0);
        assertThat(table.putItem(PutItemRequest.of(sized("a", 1025))).consumedCapacity()
                .writeUnits()).isEqualTo(2.0);
        assertThat(table.putItem(PutItemRequest.of(sized("a", 100))).consumedCapacity()
                .writeUnits()).isEqualTo(2.0);
        assertThat(table.putItem(PutItemRequest.of(sized("a", 100))).consumedCapacity()
                .writeUnits()).isEqualTo(1.0);
    }

    @Test
    void putItemReturnsTheOldItemWhenAsked() {
        Item first = item("pk", "a", "v", "hi");
        assertThat(table.putItem(PutItemRequest.of(first).withReturnValues(ReturnValues.ALL_OLD))
                .attributes()).isEmpty();
        WriteResult replaced = table.putItem(PutItemRequest.of(item("pk", "a", "v", "hello"))
                .withReturnValues(ReturnValues.ALL_OLD));
        assertThat(replaced.attributes()).contains(first);
        assertThat(table.putItem(PutItemRequest.of(first)).attributes()).isEmpty();
    }

    @Test
    void putAndDeleteAcceptOnlyNoneOrAllOld() {
        Item it = item("pk", "a");
        for (ReturnValues bad : new ReturnValues[] {ReturnValues.UPDATED_OLD,
                ReturnValues.ALL_NEW, ReturnValues.UPDATED_NEW}) {
            assertEngineError(() -> new PutItemRequest(it, null, bad), ErrorCode.VALIDATION,
                    "ReturnValues can only be ALL_OLD or NONE");
            assertEngineError(() -> DeleteItemRequest.of(key("a")).withReturnValues(bad),
                    ErrorCode.VALIDATION, "ReturnValues can only be ALL_OLD or NONE");
        }
        assertThat(new PutItemRequest(it, null, null).returnValues()).isEqualTo(ReturnValues.NONE);
    }

    @Test
    void putItemChecksKeysAndSizeBeforeAnything() {
        assertEngineError(() -> table.putItem(PutItemRequest.of(item("v", 1))),
                ErrorCode.KEY_MISMATCH, "One or more parameter values were invalid: Missing the "
                        + "key pk in the item");
        assertEngineError(() -> table.putItem(PutItemRequest.of(sized("a", Table.MAX_ITEM_BYTES
                + 1))), ErrorCode.ITEM_TOO_LARGE,
                "Item size has exceeded the maximum allowed size");
        table.putItem(PutItemRequest.of(sized("a", Table.MAX_ITEM_BYTES)));
        assertThat(table.getItem(key("a")).orElseThrow().sizeInBytes())
                .isEqualTo(Table.MAX_ITEM_BYTES);
    }

    @Test
    void anIdenticalPutKeepsTheStoredItem() {
        Item first = item("pk", "a", "v", 1);
        table.putItem(PutItemRequest.of(first));
        table.putItem(PutItemRequest.of(item("pk", "a", "v", 1)));
        assertThat(table.getItem(key("a")).orElseThrow()).isSameAs(first);
    }

    @Test
    void deleteItemDeletesWhenTheConditionHolds() {
        Item stored = item("pk", "a", "s", "dog");
        table.putItem(stored);
        ConditionalCheckFailedException failed = failure(() -> table.deleteItem(
                DeleteItemRequest.of(key("a")).withCondition(Condition.eq(a("s"), c("cat")))));
        assertThat(failed.consumedCapacity().writeUnits()).isEqualTo(1.0);
        assertThat(table.getItem(key("a"))).contains(stored);
        WriteResult deleted = table.deleteItem(DeleteItemRequest.of(key("a"))
                .withCondition(Condition.eq(a("s"), c("dog")))
                .withReturnValues(ReturnValues.ALL_OLD));
        assertThat(deleted.attributes()).contains(stored);
        assertThat(deleted.consumedCapacity()).isEqualTo(ConsumedCapacity.write("items", 1.0));
        assertThat(table.getItem(key("a"))).isEmpty();
    }

    @Test
    void deletingAMissingItemSucceedsUnlessItsConditionNeedsTheItem() {
        WriteResult nothing = table.deleteItem(DeleteItemRequest.of(key("a"))
                .withReturnValues(ReturnValues.ALL_OLD));
        assertThat(nothing.attributes()).isEmpty();
        assertThat(nothing.consumedCapacity().writeUnits()).isEqualTo(1.0);
        assertThatThrownBy(() -> table.deleteItem(DeleteItemRequest.of(key("a"))
                .withCondition(EXISTS))).isInstanceOf(ConditionalCheckFailedException.class);
        table.deleteItem(DeleteItemRequest.of(key("a")).withCondition(Condition.not(
                Condition.eq(a("s"), c("x")))));
    }

    @Test
    void deleteItemChargesTheDeletedItem() {
        table.putItem(sized("a", 3000));
        assertThat(table.deleteItem(DeleteItemRequest.of(key("a"))).consumedCapacity()
                .writeUnits()).isEqualTo(3.0);
    }

    @Test
    void requestsOnADroppedTableFail() {
        db.dropTable("items");
        String message = "Requested resource not found: Table: items not found";
        assertEngineError(() -> table.getItem(GetItemRequest.of(key("a"))),
                ErrorCode.RESOURCE_NOT_FOUND, message);
        assertEngineError(() -> table.putItem(PutItemRequest.of(item("pk", "a"))),
                ErrorCode.RESOURCE_NOT_FOUND, message);
        assertEngineError(() -> table.deleteItem(DeleteItemRequest.of(key("a"))),
                ErrorCode.RESOURCE_NOT_FOUND, message);
    }

    @Test
    void conditionsSeeNestedAttributesOfTheStoredItem() {
        table.putItem(item("pk", "a", "b", m("x", 1, "y", l(-1, 2, 0))));
        table.putItem(PutItemRequest.of(item("pk", "a", "v", 1)).withCondition(Condition.lt(
                Operand.path(p("b").field("x")), Operand.path(p("b").field("y").index(1)))));
        assertThatThrownBy(() -> table.putItem(PutItemRequest.of(item("pk", "a")).withCondition(
                Condition.lt(Operand.path(p("b").field("x")), c(0)))))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    private static ConditionalCheckFailedException failure(Runnable write) {
        try {
            write.run();
        } catch (ConditionalCheckFailedException e) {
            return e;
        }
        throw new AssertionError("expected a failed condition");
    }
}
