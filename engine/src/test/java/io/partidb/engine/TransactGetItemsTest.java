package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.expr.Projection;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.p;
import static org.assertj.core.api.Assertions.assertThat;

/** TransactGetItems: responses in request order, misses, projections, capacity. */
class TransactGetItemsTest {
    private final Database db = Database.create("txn-get");
    private final Table items = db.createTable(TestTables.hashTable("items", ScalarType.S));
    private final Table pairs = db.createTable(
            TestTables.compositeTable("pairs", ScalarType.S, ScalarType.N));

    private static Key key(String pk) {
        return Key.of(AttributeValue.ofString(pk));
    }

    @Test
    void responsesFollowTheRequestAcrossTablesAndMissesAreEmpty() {
        items.putItem(item("pk", "a", "n", 1));
        items.putItem(item("pk", "b", "n", 2));
        pairs.putItem(item("pk", "p", "sk", 7, "what", "pair"));
        TransactGetItemsResult result = db.transactGetItems(TransactGetItemsRequest.of(
                TransactGetItem.get("items", key("b")),
                TransactGetItem.get("pairs", Key.of(AttributeValue.ofString("p"),
                        AttributeValue.ofNumber(7))),
                TransactGetItem.get("items", key("none")),
                TransactGetItem.get("items", key("a"))));
        assertThat(result.responses()).containsExactly(
                Optional.of(item("pk", "b", "n", 2)),
                Optional.of(item("pk", "p", "sk", 7, "what", "pair")),
                Optional.empty(),
                Optional.of(item("pk", "a", "n", 1)));
    }

    @Test
    void projectionsApplyPerGetAndAnItemWithoutTheProjectedPathsIsEmptyNotMissing() {
        items.putItem(item("pk", "a", "m", m("x", 1, "y", 2), "z", "zed"));
        TransactGetItemsResult result = db.transactGetItems(TransactGetItemsRequest.of(
                TransactGetItem.get("items", key("a"))
                        .withProjection(Projection.of(p("m").field("y"), p("pk"))),
                TransactGetItem.get("pairs", Key.of(AttributeValue.ofString("a"),
                        AttributeValue.ofNumber(1))).withProjection(Projection.of(p("q")))));
        assertThat(result.responses().get(0)).contains(item("pk", "a", "m", m("y", 2)));
        assertThat(result.responses().get(1)).isEmpty();
        assertThat(db.transactGetItems(TransactGetItemsRequest.of(TransactGetItem.get("items",
                key("a")).withProjection(Projection.of(p("q"))))).responses())
                .containsExactly(Optional.of(Item.of(Map.of())));
    }

    @Test
    void eachGetCostsTwiceAStronglyConsistentReadMissesIncluded() {
        items.putItem(item("pk", "small", "n", 1));
        items.putItem(item("pk", "big", "data", "x".repeat(5000)));
        TransactGetItemsResult result = db.transactGetItems(TransactGetItemsRequest.of(
                TransactGetItem.get("items", key("small")),
                TransactGetItem.get("pairs", Key.of(AttributeValue.ofString("a"),
                        AttributeValue.ofNumber(1))),
                // Charged on the whole item, before the projection: 8 KB, doubled.
                TransactGetItem.get("items", key("big")).withProjection(Projection.of(p("pk"))),
                TransactGetItem.get("items", key("none"))));
        assertThat(result.consumedCapacity()).containsExactly(
                ConsumedCapacity.read("items", 2.0 + 4.0 + 2.0),
                ConsumedCapacity.read("pairs", 2.0));
    }
}
