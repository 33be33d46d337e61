package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.expr.SetValue;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.a;
import static io.partidb.engine.expr.Docs.c;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.ns;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.ss;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UpdateItem: upserts, conditions, return values, key protection, size and capacity. */
class UpdateItemTest {
    private final Database db = Database.create("updates");
    private final Table table = db.createTable(TestTables.hashTable("items", ScalarType.S));
    private final Table composite = db.createTable(
            TestTables.compositeTable("pairs", ScalarType.S, ScalarType.N));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    private static UpdateAction set(DocumentPath path, Object value) {
        return UpdateAction.set(path, v(value));
    }

    private WriteResult update(String pk, ReturnValues returnValues, UpdateAction... actions) {
        return table.updateItem(UpdateItemRequest.of(key(pk), UpdateExpression.of(actions))
                .withReturnValues(returnValues));
    }

    private Optional<Item> stored(String pk) {
        return table.getItem(key(pk));
    }

    @Test
    void updatingAMissingItemCreatesItFromTheKey() {
        WriteResult result = update("a", ReturnValues.ALL_NEW, set(p("b"), 4));
        assertThat(result.attributes()).contains(item("pk", "a", "b", 4));
        assertThat(stored("a")).contains(item("pk", "a", "b", 4));
        assertThat(result.consumedCapacity()).isEqualTo(ConsumedCapacity.write("items", 1.0));
        composite.updateItem(UpdateItemRequest.of(Key.of(v("p"), v(7)),
                UpdateExpression.of(UpdateAction.add(p("n"), v(1)))));
        assertThat(composite.getItem(Key.of(v("p"), v(7)))).contains(item("pk", "p", "sk", 7,
                "n", 1));
    }

    @Test
    void anUpdateThatWritesNothingOnAMissingItemCreatesNothing() {
        WriteResult result = update("a", ReturnValues.ALL_NEW, UpdateAction.remove(p("b")),
                UpdateAction.remove(p("x").field("y")), UpdateAction.delete(p("s"), ss("q")));
        assertThat(result.attributes()).isEmpty();
        assertThat(result.consumedCapacity().writeUnits()).isEqualTo(1.0);
        assertThat(stored("a")).isEmpty();
        assertThat(table.approximateItemCount()).isZero();
    }

    @Test
    void anUpdateMergesIntoTheStoredItem() {
        table.putItem(item("pk", "a", "a", "hi"));
        update("a", ReturnValues.NONE, set(p("b"), "hello"));
        assertThat(stored("a")).contains(item("pk", "a", "a", "hi", "b", "hello"));
        update("a", ReturnValues.NONE, set(p("a"), "hey"), UpdateAction.remove(p("b")));
        assertThat(stored("a")).contains(item("pk", "a", "a", "hey"));
    }

    @Test
    void aFalseConditionFailsAndLeavesTheItemAsItWas() {
        Item original = item("pk", "a", "s", "dog", "n", 1);
        table.putItem(original);
        UpdateItemRequest request = UpdateItemRequest.of(key("a"), UpdateExpression.of(
                set(p("s"), "cat"), UpdateAction.add(p("n"), v(1))))
                .withCondition(Condition.eq(a("s"), c("rat")));
        assertThatThrownBy(() -> table.updateItem(request))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessage("The conditional request failed")
                .satisfies(e -> assertThat(((ConditionalCheckFailedException) e)
                        .consumedCapacity().writeUnits()).isEqualTo(1.0));
        assertThat(stored("a")).contains(original);
        table.updateItem(request.withCondition(Condition.eq(a("s"), c("dog"))));
        assertThat(stored("a")).contains(item("pk", "a", "s", "cat", "n", 2));
    }

    @Test
    void aConditionOnAMissingItemSeesNoAttributes() {
        UpdateItemRequest onlyIfPresent = UpdateItemRequest.of(key("a"), UpdateExpression.of(
                set(p("b"), 1))).withCondition(Condition.attributeExists(p("pk")));
        assertThatThrownBy(() -> table.updateItem(onlyIfPresent))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(stored("a")).isEmpty();
        table.updateItem(onlyIfPresent.withCondition(Condition.attributeNotExists(p("pk"))));
        assertThat(stored("a")).contains(item("pk", "a", "b", 1));
    }

    @Test
    void anUpdateErrorLeavesTheItemAsItWas() {
        Item original = item("pk", "a", "s", "str", "n", 1);
        table.putItem(original);
        assertEngineError(() -> update("a", ReturnValues.NONE, UpdateAction.add(p("n"), v(1)),
                UpdateAction.add(p("s"), v(1))), ErrorCode.VALIDATION,
                "An operand in the update expression has an incorrect data type");
        assertEngineError(() -> update("a", ReturnValues.NONE, set(p("n"), 5),
                set(p("s").field("x"), 1)), ErrorCode.VALIDATION,
                "The document path provided in the update expression is invalid for update");
        assertThat(stored("a")).contains(original);
        assertEngineError(() -> update("b", ReturnValues.NONE, set(p("x"), 1),
                set(p("m").index(0), 1)), ErrorCode.VALIDATION,
                "The document path provided in the update expression is invalid for update");
        assertThat(stored("b")).isEmpty();
    }

    @Test
    void returnValuesAllOldAndAllNew() {
        table.putItem(item("pk", "a", "a", "hi", "b", "dog"));
        assertThat(update("a", ReturnValues.ALL_OLD, set(p("b"), "cat")).attributes())
                .contains(item("pk", "a", "a", "hi", "b", "dog"));
        assertThat(update("a", ReturnValues.ALL_NEW, set(p("b"), "cow")).attributes())
                .contains(item("pk", "a", "a", "hi", "b", "cow"));
        assertThat(update("a", ReturnValues.ALL_NEW, UpdateAction.remove(p("b"))).attributes())
                .contains(item("pk", "a", "a", "hi"));
        assertThat(update("a", ReturnValues.NONE, set(p("b"), "x")).attributes()).isEmpty();
        assertThat(update("new", ReturnValues.ALL_OLD, set(p("b"), "cat")).attributes())
                .isEmpty();
    }

    @Test
    void returnValuesUpdatedOldGivesTheOverwrittenAttributesOnly() {
        table.putItem(item("pk", "a", "a", "hi", "b", "dog"));
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("b"), "cat"), set(p("c"),
                "hello")).attributes()).contains(item("b", "dog"));
        // Writing the same value counts as an update.
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("b"), "cat")).attributes())
                .contains(item("b", "cat"));
        assertThat(update("a", ReturnValues.UPDATED_OLD, UpdateAction.remove(p("b")))
                .attributes()).contains(item("b", "cat"));
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("b"), "cat")).attributes())
                .isEmpty();
    }

    @Test
    void returnValuesUpdatedNewGivesTheWrittenAttributesOnly() {
        table.putItem(item("pk", "a", "a", 1, "b", "dog"));
        assertThat(update("a", ReturnValues.UPDATED_NEW, set(p("b"), "cat"), set(p("c"),
                "hello")).attributes()).contains(item("b", "cat", "c", "hello"));
        assertThat(update("a", ReturnValues.UPDATED_NEW, UpdateAction.remove(p("b")))
                .attributes()).isEmpty();
        assertThat(update("a", ReturnValues.UPDATED_NEW, UpdateAction.set(p("a"),
                SetValue.plus(SetValue.path(p("a")), SetValue.value(v(1))))).attributes())
                .contains(item("a", 2));
        // The key is never among the updated attributes, even of a new item.
        assertThat(update("new", ReturnValues.UPDATED_NEW, set(p("a"), 1)).attributes())
                .contains(item("a", 1));
    }

    @Test
    void updatedReturnValuesOfNestedUpdatesHoldOnlyTheNestedParts() {
        table.putItem(item("pk", "a", "a", m("b", "dog", "c", l(1, 2, 3)), "d", "cat"));
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("a").field("b"), "hi"))
                .attributes()).contains(item("a", m("b", "dog")));
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("a").field("c").index(1), 7))
                .attributes()).contains(item("a", m("c", l(2))));
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("a").field("c").index(1), 8),
                set(p("a").field("b"), "dog")).attributes())
                .contains(item("a", m("c", l(7), "b", "hi")));
        assertThat(update("a", ReturnValues.UPDATED_NEW, set(p("a").field("c").index(1), 3),
                set(p("a").field("b"), "yo")).attributes())
                .contains(item("a", m("b", "yo", "c", l(3))));
        assertThat(update("a", ReturnValues.ALL_NEW, set(p("a").field("b"), "hi")).attributes())
                .contains(item("pk", "a", "a", m("b", "hi", "c", l(1, 3, 3)), "d", "cat"));
        // REMOVE of one present and one absent element: only the present one is returned.
        assertThat(update("a", ReturnValues.UPDATED_OLD, UpdateAction.remove(p("a").field("c")
                .index(1)), UpdateAction.remove(p("a").field("c").index(3))).attributes())
                .contains(item("a", m("c", l(3))));
        assertThat(update("a", ReturnValues.UPDATED_OLD, set(p("a").field("x1"), 8))
                .attributes()).isEmpty();
        assertThat(update("a", ReturnValues.UPDATED_NEW, set(p("a").field("x2"), 8))
                .attributes()).contains(item("a", m("x2", 8)));
        // As on DynamoDB: an element appended past the end is not at the index written...
        assertThat(update("a", ReturnValues.UPDATED_NEW, set(p("a").field("c").index(100), 70))
                .attributes()).isEmpty();
        // ...and after removing an element, the one shifted into its place is returned.
        assertThat(update("a", ReturnValues.UPDATED_NEW, UpdateAction.remove(p("a").field("c")
                .index(1))).attributes()).contains(item("a", m("c", l(70))));
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        String pk = "One or more parameter values were invalid: Cannot update attribute pk. "
                + "This attribute is part of the key";
        assertEngineError(() -> update("a", ReturnValues.NONE, set(p("pk"), "b")),
                ErrorCode.VALIDATION, pk);
        assertEngineError(() -> update("a", ReturnValues.NONE, UpdateAction.remove(p("pk"))),
                ErrorCode.VALIDATION, pk);
        assertEngineError(() -> update("a", ReturnValues.NONE, UpdateAction.add(p("pk")
                .field("b"), v(1))), ErrorCode.VALIDATION, pk);
        assertEngineError(() -> update("a", ReturnValues.NONE, set(p("x"), 1),
                UpdateAction.delete(p("pk"), ss("q"))), ErrorCode.VALIDATION, pk);
        assertEngineError(() -> composite.updateItem(UpdateItemRequest.of(Key.of(v("p"), v(1)),
                UpdateExpression.of(set(p("d").index(1), 1), UpdateAction.add(p("sk"), v(1))))),
                ErrorCode.VALIDATION, "One or more parameter values were invalid: Cannot update "
                        + "attribute sk. This attribute is part of the key");
        assertThat(stored("a")).isEmpty();
        // Reading a key attribute on the right is fine.
        table.putItem(item("pk", "a"));
        update("a", ReturnValues.NONE, UpdateAction.set(p("copy"), SetValue.path(p("pk"))));
        assertThat(stored("a")).contains(item("pk", "a", "copy", "a"));
    }

    @Test
    void theUpdatedItemMayBeExactly400Kb() {
        // pk 'a' is 3 bytes, attribute "data" is 4 + its length.
        int fits = Table.MAX_ITEM_BYTES - 3 - 4;
        update("a", ReturnValues.NONE, set(p("data"), "x".repeat(fits - 1)));
        WriteResult grown = update("a", ReturnValues.NONE, set(p("data"), "x".repeat(fits)));
        assertThat(stored("a").orElseThrow().sizeInBytes()).isEqualTo(Table.MAX_ITEM_BYTES);
        assertThat(grown.consumedCapacity().writeUnits()).isEqualTo(400.0);
        assertEngineError(() -> update("a", ReturnValues.NONE, set(p("b"), true)),
                ErrorCode.ITEM_TOO_LARGE, "Item size to update has exceeded the maximum allowed "
                        + "size");
        assertEngineError(() -> update("b", ReturnValues.NONE, set(p("data"),
                "x".repeat(fits + 1))), ErrorCode.ITEM_TOO_LARGE,
                "Item size to update has exceeded the maximum allowed size");
        assertThat(stored("a").orElseThrow().sizeInBytes()).isEqualTo(Table.MAX_ITEM_BYTES);
        assertThat(stored("b")).isEmpty();
    }

    @Test
    void updateCapacityIsTheLargerOfBeforeAndAfter() {
        table.putItem(item("pk", "a", "data", "x".repeat(3000)));
        assertThat(update("a", ReturnValues.NONE, UpdateAction.remove(p("data")))
                .consumedCapacity().writeUnits()).isEqualTo(3.0);
        assertThat(update("a", ReturnValues.NONE, set(p("data"), "y".repeat(1500)))
                .consumedCapacity().writeUnits()).isEqualTo(2.0);
    }

    @Test
    void atomicCountersWithAddOrIfNotExists() {
        for (int i = 0; i < 5; i++) {
            update("a", ReturnValues.NONE, UpdateAction.add(p("hits"), v(1)));
            update("a", ReturnValues.NONE, UpdateAction.set(p("views"), SetValue.plus(
                    SetValue.ifNotExists(p("views"), SetValue.value(v(10))),
                    SetValue.value(v(2)))));
        }
        assertThat(stored("a")).contains(item("pk", "a", "hits", 5, "views", 20));
        assertThat(update("a", ReturnValues.UPDATED_NEW, UpdateAction.add(p("hits"), v(-2)))
                .attributes()).contains(item("hits", 3));
    }

    @Test
    void setAddAndDeleteThroughUpdateItem() {
        update("a", ReturnValues.NONE, UpdateAction.add(p("tags"), ss("x", "y")),
                UpdateAction.add(p("nums"), ns(1)));
        update("a", ReturnValues.NONE, UpdateAction.add(p("tags"), ss("z")),
                UpdateAction.delete(p("nums"), ns(1)));
        assertThat(stored("a")).contains(item("pk", "a", "tags", ss("x", "y", "z")));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheStoredItem() {
        Item original = item("pk", "a", "v", 1);
        table.putItem(original);
        WriteResult result = update("a", ReturnValues.ALL_NEW, set(p("v"), 1),
                UpdateAction.remove(p("zz")));
        assertThat(result.attributes()).contains(original);
        assertThat(stored("a").orElseThrow()).isSameAs(original);
    }

    @Test
    void updateValidatesTheKeyAndTheTable() {
        assertEngineError(() -> table.updateItem(UpdateItemRequest.of(Key.of(v(1)),
                UpdateExpression.of(set(p("a"), 1)))), ErrorCode.KEY_MISMATCH,
                "The provided key element does not match the schema");
        db.dropTable("items");
        assertEngineError(() -> update("a", ReturnValues.NONE, set(p("a"), 1)),
                ErrorCode.RESOURCE_NOT_FOUND, "Requested resource not found: Table: items not "
                        + "found");
    }
}
