package io.partidb.engine;

import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.partidb.engine.IndexTables.await;
import static io.partidb.engine.IndexTables.composite;
import static io.partidb.engine.IndexTables.gsi;
import static io.partidb.engine.IndexTables.key;
import static io.partidb.engine.IndexTables.lsi;
import static io.partidb.engine.IndexTables.queryAll;
import static io.partidb.engine.IndexTables.set;
import static io.partidb.engine.TestTables.item;
import static org.assertj.core.api.Assertions.assertThat;

/** KEYS_ONLY, INCLUDE and ALL projections of local and global indexes. */
class IndexProjectionTest {
    private static final Item FULL = item("pk", "a", "sk", "1", "lk", "x", "gk", "g", "gs", 5L,
            "other", "o", "more", "m");

    private final Database db = Database.create("projections");

    private Table tableProjecting(Projection projection) {
        Table table = db.createTable(composite("t_" + projection.type().name().toLowerCase(),
                lsi("lsi", "lk", ScalarType.S, projection),
                gsi("gsi", "gk", ScalarType.S, "gs", ScalarType.N, projection)));
        table.putItem(FULL);
        await(table, "gsi");
        return table;
    }

    private static Item onlyEntry(Table table, String index, AttributeValue partition) {
        List<Item> entries = queryAll(table, QueryRequest.of(partition).withIndex(index));
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    @Test
    void keysOnlyHoldsTheTableKeysAndTheIndexKeys() {
        Table table = tableProjecting(Projection.keysOnly());
        assertThat(onlyEntry(table, "lsi", TestTables.value("a")))
                .isEqualTo(item("pk", "a", "sk", "1", "lk", "x"));
        assertThat(onlyEntry(table, "gsi", TestTables.value("g")))
                .isEqualTo(item("pk", "a", "sk", "1", "gk", "g", "gs", 5L));
    }

    @Test
    void includeAddsTheListedAttributesThatAreThere() {
        Table table = tableProjecting(Projection.include(List.of("other", "absent")));
        assertThat(onlyEntry(table, "lsi", TestTables.value("a")))
                .isEqualTo(item("pk", "a", "sk", "1", "lk", "x", "other", "o"));
        assertThat(onlyEntry(table, "gsi", TestTables.value("g")))
                .isEqualTo(item("pk", "a", "sk", "1", "gk", "g", "gs", 5L, "other", "o"));
    }

    @Test
    void allHoldsTheWholeItem() {
        Table table = tableProjecting(Projection.all());
        assertThat(onlyEntry(table, "lsi", TestTables.value("a"))).isEqualTo(FULL);
        assertThat(onlyEntry(table, "gsi", TestTables.value("g"))).isEqualTo(FULL);
    }

    @Test
    void entriesFollowChangesOfProjectedAttributesOnly() {
        Table table = tableProjecting(Projection.include(List.of("other")));
        set(table, key("a", "1"), "other", "o2");
        set(table, key("a", "1"), "more", "m2");
        await(table, "gsi");
        assertThat(onlyEntry(table, "gsi", TestTables.value("g")))
                .isEqualTo(item("pk", "a", "sk", "1", "gk", "g", "gs", 5L, "other", "o2"));
        assertThat(onlyEntry(table, "lsi", TestTables.value("a")))
                .isEqualTo(item("pk", "a", "sk", "1", "lk", "x", "other", "o2"));
    }

    @Test
    void indexProjectsTellsWhetherAnIndexHoldsAttributes() {
        Table table = db.createTable(composite("projects",
                lsi("keys", "lk", ScalarType.S, Projection.keysOnly()),
                gsi("some", "gk", ScalarType.S, Projection.include(List.of("other"))),
                gsi("all", "gk", ScalarType.S, Projection.all())));
        assertThat(table.indexProjects("keys", List.of("pk", "sk", "lk"))).isTrue();
        assertThat(table.indexProjects("keys", List.of("pk", "other"))).isFalse();
        assertThat(table.indexProjects("some", List.of("gk", "other", "sk"))).isTrue();
        assertThat(table.indexProjects("some", List.of("more"))).isFalse();
        assertThat(table.indexProjects("all", List.of("anything", "at", "all"))).isTrue();
    }
}
