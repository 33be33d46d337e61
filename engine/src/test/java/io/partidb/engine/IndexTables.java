package io.partidb.engine;

import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.read.ScanRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Builders and readers shared by the secondary index tests. */
final class IndexTables {
    /** Long enough for any background work of a test; tests never wait this long. */
    static final Duration AWAIT = Duration.ofSeconds(60);

    private IndexTables() {
    }

    /** A local index on the table partition key {@code pk} with sort key {@code sortKey}. */
    static IndexDefinition lsi(String name, String sortKey, ScalarType type,
            Projection projection) {
        return new IndexDefinition(name, IndexKind.LOCAL,
                KeySchema.of(KeyElement.of("pk", ScalarType.S), KeyElement.of(sortKey, type)),
                projection);
    }

    /** A global index with a partition key only. */
    static IndexDefinition gsi(String name, String partitionKey, ScalarType type,
            Projection projection) {
        return new IndexDefinition(name, IndexKind.GLOBAL,
                KeySchema.of(KeyElement.of(partitionKey, type)), projection);
    }

    /** A global index with a partition key and a sort key. */
    static IndexDefinition gsi(String name, String partitionKey, ScalarType partitionType,
            String sortKey, ScalarType sortType, Projection projection) {
        return new IndexDefinition(name, IndexKind.GLOBAL,
                KeySchema.of(KeyElement.of(partitionKey, partitionType),
                        KeyElement.of(sortKey, sortType)),
                projection);
    }

    /** A table with {@code pk} (S) and {@code sk} (S) and the given indexes. */
    static TableDefinition composite(String name, IndexDefinition... indexes) {
        return new TableDefinition(name,
                KeySchema.of(KeyElement.of("pk", ScalarType.S), KeyElement.of("sk", ScalarType.S)),
                List.of(), List.of(indexes), null);
    }

    /** A table with only {@code pk} (S) and the given global indexes. */
    static TableDefinition hashOnly(String name, IndexDefinition... indexes) {
        return new TableDefinition(name, KeySchema.of(KeyElement.of("pk", ScalarType.S)),
                List.of(), List.of(indexes), null);
    }

    /** UpdateItem {@code SET attribute = value} (Strings, Longs or AttributeValues). */
    static WriteResult set(Table table, Key key, String attribute, Object value) {
        return table.updateItem(UpdateItemRequest.of(key, UpdateExpression.of(
                UpdateAction.set(DocumentPath.of(attribute), TestTables.value(value)))));
    }

    /** UpdateItem {@code REMOVE attribute}. */
    static WriteResult remove(Table table, Key key, String attribute) {
        return table.updateItem(UpdateItemRequest.of(key, UpdateExpression.of(
                UpdateAction.remove(DocumentPath.of(attribute)))));
    }

    /** The key of the composite test tables. */
    static Key key(String pk, String sk) {
        return Key.of(TestTables.value(pk), TestTables.value(sk));
    }

    /** Waits for the named index and fails the test if it does not catch up. */
    static void await(Table table, String index) {
        assertThat(table.awaitIndex(index, AWAIT)).as("index %s caught up", index).isTrue();
    }

    /** Every page of a Query, joined. */
    static List<Item> queryAll(Table table, QueryRequest request) {
        List<Item> items = new ArrayList<>();
        QueryRequest next = request;
        while (true) {
            Page page = table.query(next);
            items.addAll(page.items());
            if (!page.hasMore()) {
                return items;
            }
            next = next.after(page);
        }
    }

    /** Every page of a Scan (one segment), joined. */
    static List<Item> scanAll(Table table, ScanRequest request) {
        List<Item> items = new ArrayList<>();
        ScanRequest next = request;
        while (true) {
            Page page = table.scan(next);
            items.addAll(page.items());
            if (!page.hasMore()) {
                return items;
            }
            next = next.after(page);
        }
    }
}
