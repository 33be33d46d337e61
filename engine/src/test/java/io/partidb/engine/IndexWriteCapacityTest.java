package io.partidb.engine;

import io.partidb.engine.capacity.ConsumedCapacity;
import io.partidb.engine.capacity.IndexCapacity;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.read.QueryRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.remove;
import static io.partidb.engine.IndexTables.set;
import static io.partidb.engine.TestTables.item;
import static io.partidb.engine.TestTables.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Write amplification: what a table write costs each index, reported per table and index. The
 * cases and numbers are those nubo-db's conformance suite measured on AWS
 * ({@code tests/tier1/putItem/indexConsumedCapacity.test.ts}): a GSI {@code gsi-inc} on
 * {@code gsiPk} projecting INCLUDE [proj], and an LSI {@code lsi1} on {@code lsiSk} projecting
 * ALL; larger entries as dynoxide's captures ({@code src/actions/index_capacity.rs}).
 */
class IndexWriteCapacityTest {
    private final Database db = Database.create("capacity");
    private final Table table = db.createTable(composite("idx_wcu",
            gsi("gsi-inc", "gsiPk", ScalarType.S, Projection.include(List.of("proj"))),
            lsi("lsi1", "lsiSk", ScalarType.S, Projection.all())));
    private int counter;

    private String fresh() {
        return "item-" + counter++;
    }

    private static void assertArms(ConsumedCapacity capacity, double total, double table,
            Double gsi, Double lsi) {
        assertThat(capacity.writeUnits()).as("total").isEqualTo(total);
        assertThat(capacity.tableWriteUnits()).as("table").isEqualTo(table);
        assertThat(capacity.index("gsi-inc")).as("gsi")
                .isEqualTo(gsi == null ? null : new IndexCapacity(IndexKind.GLOBAL, 0, gsi));
        assertThat(capacity.index("lsi1")).as("lsi")
                .isEqualTo(lsi == null ? null : new IndexCapacity(IndexKind.LOCAL, 0, lsi));
    }

    private ConsumedCapacity put(Item item) {
        return table.putItem(PutItemRequest.of(item)).consumedCapacity();
    }

    @Test
    void putItemChargesEachIndexItEnters() {
        assertArms(put(item("pk", fresh(), "sk", "1", "gsiPk", "g1", "proj", "p")), 2, 1, 1.0,
                null);
        assertArms(put(item("pk", fresh(), "sk", "1", "other", "o")), 1, 1, null, null);
        assertArms(put(item("pk", fresh(), "sk", "1", "lsiSk", "L1")), 2, 1, null, 1.0);
        assertArms(put(item("pk", fresh(), "sk", "1", "gsiPk", "g3", "lsiSk", "L1",
                "proj", "p")), 3, 1, 1.0, 1.0);
    }

    @Test
    void anIdenticalOverwriteChargesNoIndex() {
        Item item = item("pk", fresh(), "sk", "1", "gsiPk", "g4", "lsiSk", "L1", "proj", "p");
        assertArms(put(item), 3, 1, 1.0, 1.0);
        assertArms(put(item), 1, 1, null, null);
    }

    @Test
    void updateItemWalksTheLadder() {
        String[] pks = new String[5];
        for (int i = 0; i < pks.length; i++) {
            pks[i] = fresh();
            put(item("pk", pks[i], "sk", "1", "gsiPk", "g-ladder", "lsiSk", "L1", "proj", "p",
                    "other", "o"));
        }
        // Not projected by the INCLUDE index; the ALL index holds everything.
        assertArms(set(table, key(pks[0], "1"), "other", "o2").consumedCapacity(), 2, 1, null,
                1.0);
        assertArms(set(table, key(pks[1], "1"), "proj", "p2").consumedCapacity(), 3, 1, 1.0, 1.0);
        // A key change is a delete and an insert.
        assertArms(set(table, key(pks[2], "1"), "gsiPk", "g-moved").consumedCapacity(), 4, 1,
                2.0, 1.0);
        assertArms(remove(table, key(pks[3], "1"), "gsiPk").consumedCapacity(), 3, 1, 1.0, 1.0);
        assertArms(set(table, key(pks[4], "1"), "lsiSk", "L2").consumedCapacity(), 3, 1, null,
                2.0);
    }

    @Test
    void deleteItemChargesEachIndexTheItemLeaves() {
        String indexed = fresh();
        put(item("pk", indexed, "sk", "1", "gsiPk", "g-del", "lsiSk", "L1", "proj", "p"));
        assertArms(table.deleteItem(DeleteItemRequest.of(key(indexed, "1"))).consumedCapacity(),
                3, 1, 1.0, 1.0);
        String sparse = fresh();
        put(item("pk", sparse, "sk", "1", "other", "o"));
        assertArms(table.deleteItem(DeleteItemRequest.of(key(sparse, "1"))).consumedCapacity(),
                1, 1, null, null);
    }

    @Test
    void batchWritesReportTheArmsTheyTouched() {
        BatchWriteItemResult result = db.batchWriteItem(new BatchWriteItemRequest(Map.of(
                "idx_wcu", List.of(
                        WriteRequest.put(item("pk", fresh(), "sk", "1", "gsiPk", "g-batch",
                                "proj", "p")),
                        WriteRequest.put(item("pk", fresh(), "sk", "1", "other", "o"))))));
        assertThat(result.consumedCapacity()).hasSize(1);
        assertArms(result.consumedCapacity().get(0), 3, 2, 1.0, null);
    }

    @Test
    void largerEntriesCostMoreAndAMoveRoundsEachHalf() {
        String pk = fresh();
        String big = "x".repeat(3000);
        // The base item is larger than the projected entry; only the entry counts.
        ConsumedCapacity created = put(item("pk", pk, "sk", "1", "gsiPk", "A", "proj", big,
                "other", "y".repeat(3000)));
        assertThat(created.index("gsi-inc").writeUnits()).isEqualTo(3.0);
        String mid = "m".repeat(1500);
        put(item("pk", pk, "sk", "2", "gsiPk", "A", "proj", mid));
        assertThat(set(table, key(pk, "2"), "gsiPk", "B").consumedCapacity()
                .index("gsi-inc").writeUnits()).isEqualTo(4.0);
        assertThat(set(table, key(pk, "1"), "proj", "p").consumedCapacity()
                .index("gsi-inc").writeUnits()).isEqualTo(3.0);
    }

    @Test
    void aFailedConditionChargesNoIndex() {
        String pk = fresh();
        put(item("pk", pk, "sk", "1", "gsiPk", "g", "lsiSk", "L1", "proj", "p"));
        PutItemRequest conditional = new PutItemRequest(
                item("pk", pk, "sk", "1", "gsiPk", "h", "lsiSk", "L2"),
                Condition.attributeNotExists(DocumentPath.of("pk")), ReturnValues.NONE);
        assertThatThrownBy(() -> table.putItem(conditional))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertArms(e.consumedCapacity(), 1, 1, null, null));
    }

    @Test
    void indexReadsAreChargedToTheIndexOnItsEntrySizes() {
        Table keysOnly = db.createTable(composite("reads",
                gsi("gsi", "gk", ScalarType.S, Projection.keysOnly())));
        for (int i = 0; i < 10; i++) {
            keysOnly.putItem(item("pk", "p" + i, "sk", "1", "gk", "g", "pad", "z".repeat(4000)));
        }
        await(keysOnly, "gsi");
        ConsumedCapacity read = keysOnly.query(QueryRequest.of(value("g")).withIndex("gsi"))
                .consumedCapacity();
        assertThat(read.readUnits()).isEqualTo(0.5);
        assertThat(read.tableReadUnits()).isZero();
        assertThat(read.index("gsi")).isEqualTo(new IndexCapacity(IndexKind.GLOBAL, 0.5, 0));
    }
}
