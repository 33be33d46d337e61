package io.partidb.engine;

import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.ScanRequest;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.remove;
import static io.partidb.engine.IndexTables.scanAll;
import static io.partidb.engine.IndexTables.set;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** An item is in an index only when it has every index key attribute, typed and non-empty. */
class SparseIndexTest {
    private final Database db = Database.create("sparse");

    private static List<String> sortKeys(List<Item> entries) {
        return entries.stream().map(e -> ((AttributeValue.S) e.get("sk")).value()).sorted()
                .toList();
    }

    private static List<String> indexed(Table table, String index) {
        return sortKeys(scanAll(table, ScanRequest.all().withIndex(index)));
    }

    @Test
    void itemsWithoutEveryIndexKeyAreLeftOut() {
        Table table = db.createTable(composite("tbl",
                lsi("lsi", "lk", ScalarType.S, Projection.keysOnly()),
                gsi("hash", "gk", ScalarType.S, Projection.keysOnly()),
                gsi("both", "gk", ScalarType.S, "gs", ScalarType.N, Projection.keysOnly())));
        table.putItem(item("pk", "p", "sk", "none"));
        table.putItem(item("pk", "p", "sk", "lk", "lk", "x"));
        table.putItem(item("pk", "p", "sk", "gk", "gk", "g"));
        table.putItem(item("pk", "p", "sk", "gs", "gs", 1L));
        table.putItem(item("pk", "p", "sk", "gk+gs", "gk", "g", "gs", 1L));
        assertThat(table.awaitIndexes(IndexTables.AWAIT)).isTrue();

        assertThat(indexed(table, "lsi")).containsExactly("lk");
        assertThat(indexed(table, "hash")).containsExactly("gk", "gk+gs");
        assertThat(indexed(table, "both")).containsExactly("gk+gs");
        assertThat(table.describe().index("both").orElseThrow().itemCount()).isEqualTo(1);
    }

    @Test
    void removingOrAddingAKeyAttributeMovesTheItemOutOrIn() {
        Table table = db.createTable(composite("moves",
                lsi("lsi", "lk", ScalarType.S, Projection.all()),
                gsi("gsi", "gk", ScalarType.S, Projection.all())));
        table.putItem(item("pk", "p", "sk", "1", "lk", "x", "gk", "g"));
        remove(table, key("p", "1"), "lk");
        remove(table, key("p", "1"), "gk");
        await(table, "gsi");
        assertThat(indexed(table, "lsi")).isEmpty();
        assertThat(indexed(table, "gsi")).isEmpty();

        set(table, key("p", "1"), "gk", "h");
        set(table, key("p", "1"), "lk", "y");
        await(table, "gsi");
        assertThat(indexed(table, "lsi")).containsExactly("1");
        assertThat(indexed(table, "gsi")).containsExactly("1");
    }

    @Test
    void itemsStoredBeforeAGlobalIndexWithAWrongTypeOrEmptyKeyAreLeftOut() {
        Table table = db.createTable(composite("older"));
        table.putItem(item("pk", "p", "sk", "number", "gk", 7L));
        table.putItem(item("pk", "p", "sk", "empty", "gk", ""));
        table.putItem(item("pk", "p", "sk", "list", "gk",
                AttributeValue.ofList(List.of(AttributeValue.ofString("g")))));
        table.putItem(item("pk", "p", "sk", "good", "gk", "g"));
        db.createGlobalIndex("older", gsi("gsi", "gk", ScalarType.S, Projection.keysOnly()));
        await(table, "gsi");
        assertThat(indexed(table, "gsi")).containsExactly("good");

        // An update that leaves the stored key alone is allowed and changes nothing in the index.
        set(table, key("p", "number"), "other", "o");
        // Giving the key its declared type brings the item in.
        set(table, key("p", "number"), "gk", "now");
        await(table, "gsi");
        assertThat(indexed(table, "gsi")).containsExactly("good", "number");
    }
}
