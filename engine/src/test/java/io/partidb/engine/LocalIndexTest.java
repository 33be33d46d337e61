package io.partidb.engine;

import io.partidb.engine.capacity.IndexCapacity;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.index.IndexDescription;
import io.partidb.engine.index.IndexSettings;
import io.partidb.engine.index.IndexStatus;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.SortKeyCondition;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.queryAll;
import static io.partidb.engine.IndexTables.set;
import static io.partidb.engine.TestTables.item;
import static io.partidb.engine.TestTables.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local secondary indexes: changed with the table write, so strongly consistent reads see every
 * completed write; Query with the table's rules on the alternate sort key; the item collection
 * size limit.
 */
class LocalIndexTest {
    private static final AttributeValue P = value("p");

    private final Database db = Database.create("local");

    private Table table() {
        return db.createTable(composite("orders",
                lsi("byLk", "lk", ScalarType.S, Projection.all())));
    }

    private static List<String> attribute(List<Item> items, String name) {
        return items.stream().map(i -> ((AttributeValue.S) i.get(name)).value()).toList();
    }

    @Test
    void stronglyConsistentReadsSeeEveryCompletedWrite() {
        Table table = table();
        QueryRequest query = QueryRequest.of(P).withIndex("byLk").withConsistentRead(true);
        table.putItem(item("pk", "p", "sk", "1", "lk", "b"));
        assertThat(attribute(table.query(query).items(), "lk")).containsExactly("b");
        set(table, key("p", "1"), "lk", "a");
        table.putItem(item("pk", "p", "sk", "2", "lk", "c"));
        assertThat(attribute(table.query(query).items(), "lk")).containsExactly("a", "c");
        table.deleteItem(key("p", "1"));
        assertThat(attribute(table.query(query).items(), "lk")).containsExactly("c");

        IndexDescription description = table.describe().index("byLk").orElseThrow();
        assertThat(description.status()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(description.itemCount()).isEqualTo(1);
        assertThat(description.pendingChanges()).isZero();
        assertThat(description.sizeInBytes())
                .isEqualTo(item("pk", "p", "sk", "2", "lk", "c").sizeInBytes());
    }

    @Test
    void queryFollowsTheTableRulesOnTheIndexSortKey() {
        Table table = table();
        String[] lks = {"apple", "apricot", "banana", "cherry", "date"};
        for (int i = 0; i < lks.length; i++) {
            table.putItem(item("pk", "p", "sk", "s" + (lks.length - i), "lk", lks[i],
                    "n", (long) i));
            table.putItem(item("pk", "other", "sk", "s" + i, "lk", lks[i]));
        }
        QueryRequest base = QueryRequest.of(P).withIndex("byLk");
        assertThat(attribute(table.query(base).items(), "lk")).containsExactly(lks);
        assertThat(attribute(table.query(base.withScanIndexForward(false)).items(), "lk"))
                .containsExactly("date", "cherry", "banana", "apricot", "apple");
        assertThat(attribute(table.query(base.withSortKeyCondition(
                SortKeyCondition.beginsWith(value("ap")))).items(), "lk"))
                .containsExactly("apple", "apricot");
        assertThat(attribute(table.query(base.withSortKeyCondition(
                SortKeyCondition.between(value("apricot"), value("cherry")))).items(), "lk"))
                .containsExactly("apricot", "banana", "cherry");
        Page limited = table.query(base.withLimit(2).withFilter(
                i -> !i.get("lk").equals(value("apple"))));
        assertThat(attribute(limited.items(), "lk")).containsExactly("apricot");
        assertThat(limited.scannedCount()).isEqualTo(2);
        assertThat(limited.lastEvaluatedIndexKey())
                .isEqualTo(IndexKey.of(P, value("apricot"), key("p", "s4")));
    }

    @Test
    void equalIndexKeysAreOrderedByTheTableKeyAndPagedOneByOne() {
        Table table = table();
        for (String sk : List.of("d", "a", "c", "b")) {
            table.putItem(item("pk", "p", "sk", sk, "lk", "same"));
        }
        QueryRequest query = QueryRequest.of(P).withIndex("byLk")
                .withSortKeyCondition(SortKeyCondition.eq(value("same"))).withLimit(1);
        Page first = table.query(query);
        assertThat(first.lastEvaluated()).isEqualTo(IndexKey.of(P, value("same"), key("p", "a")));
        assertThat(first.lastEvaluatedKey()).isEqualTo(key("p", "a"));
        assertThat(attribute(queryAll(table, query), "sk")).containsExactly("a", "b", "c", "d");
        assertThat(attribute(queryAll(table, query.withScanIndexForward(false)), "sk"))
                .containsExactly("d", "c", "b", "a");
    }

    @Test
    void readsAreChargedToTheIndexAndMayBeStronglyConsistent() {
        Table table = table();
        table.putItem(item("pk", "p", "sk", "1", "lk", "x"));
        Page eventual = table.query(QueryRequest.of(P).withIndex("byLk"));
        assertThat(eventual.consumedCapacity().readUnits()).isEqualTo(0.5);
        assertThat(eventual.consumedCapacity().tableReadUnits()).isZero();
        assertThat(eventual.consumedCapacity().index("byLk"))
                .isEqualTo(new IndexCapacity(IndexKind.LOCAL, 0.5, 0));
        Page strong = table.query(QueryRequest.of(P).withIndex("byLk").withConsistentRead(true));
        assertThat(strong.consumedCapacity().index("byLk").readUnits()).isEqualTo(1.0);
    }

    @Test
    void itemCollectionsStopAtTheirSizeLimit() {
        Item one = item("pk", "p", "sk", "1", "lk", "x", "pad", "0123456789");
        // The item, plus its index entry (the keys, as the projection is KEYS_ONLY) and
        // DynamoDB's 100 bytes of overhead per index entry.
        long perItem = one.sizeInBytes() + item("pk", "p", "sk", "1", "lk", "x").sizeInBytes()
                + 100;
        Database limited = Database.create("limited", ChangeLogPolicy.defaults(),
                Clock.systemUTC(),
                IndexSettings.defaults().withItemCollectionSizeLimit(3 * perItem));
        Table table = limited.createTable(composite("orders",
                lsi("byLk", "lk", ScalarType.S, Projection.keysOnly())));
        for (String sk : List.of("1", "2", "3")) {
            table.putItem(item("pk", "p", "sk", sk, "lk", "x", "pad", "0123456789"));
        }
        Item fourth = item("pk", "p", "sk", "4", "lk", "x", "pad", "0123456789");
        assertEngineError(() -> table.putItem(fourth),
                ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, "Collection size exceeded.");
        assertEngineError(() -> set(table, key("p", "1"), "pad", "01234567890"),
                ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, "Collection size exceeded.");
        assertThat(table.getItem(key("p", "4"))).isEmpty();
        assertThat(table.getItem(key("p", "1")).orElseThrow().get("pad"))
                .isEqualTo(value("0123456789"));
        assertThat(queryAll(table, QueryRequest.of(P).withIndex("byLk"))).hasSize(3);

        // Other collections have their own budget; shrinking and deleting make room.
        table.putItem(item("pk", "q", "sk", "4", "lk", "x", "pad", "0123456789"));
        set(table, key("p", "1"), "pad", "0");
        table.deleteItem(key("p", "2"));
        table.putItem(fourth);
        assertThat(queryAll(table, QueryRequest.of(P).withIndex("byLk"))).hasSize(3);
    }

    @Test
    void tablesWithoutLocalIndexesHaveNoCollectionLimit() {
        Database limited = Database.create("unlimited", ChangeLogPolicy.defaults(),
                Clock.systemUTC(), IndexSettings.defaults().withItemCollectionSizeLimit(10));
        Table table = limited.createTable(composite("orders",
                IndexTables.gsi("gsi", "gk", ScalarType.S, Projection.all())));
        table.putItem(item("pk", "p", "sk", "1", "pad", "0123456789"));
        assertThat(table.approximateItemCount()).isEqualTo(1);
    }
}
