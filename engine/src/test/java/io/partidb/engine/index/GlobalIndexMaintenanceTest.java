package io.partidb.engine.index;

import io.partidb.engine.Item;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.log.ChangeLog;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.stats.AttributeStatistics;
import io.partidb.engine.storage.HashRange;
import io.partidb.engine.storage.TableStore;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of a global index, step by step: its maintaining tasks run only when the test runs
 * them, so every intermediate state (CREATING, pending changes, a rebuild after the change log
 * dropped records it had not read) is observed deterministically.
 */
class GlobalIndexMaintenanceTest {
    private static final IndexDefinition GSI = new IndexDefinition("gsi", IndexKind.GLOBAL,
            KeySchema.of(KeyElement.of("gk", ScalarType.S)), Projection.keysOnly());
    private static final TableDefinition TABLE = new TableDefinition("tbl",
            KeySchema.of(KeyElement.of("pk", ScalarType.S)), List.of(), List.of(GSI), null);

    /** Runs tasks only when asked. */
    private static final class ManualExecutor implements Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final ManualExecutor executor = new ManualExecutor();

    private static TableStore store(ChangeLogPolicy policy) {
        return TableStore.create(false, ChangeLog.create("tbl", policy, Clock.systemUTC()),
                new AttributeStatistics(TableStore.PARTITION_COUNT, () -> { }));
    }

    private static void put(TableStore store, String pk, String gk) {
        Item item = Item.of(gk == null ? Map.of("pk", AttributeValue.ofString(pk))
                : Map.of("pk", AttributeValue.ofString(pk), "gk", AttributeValue.ofString(gk)));
        store.write(item.get("pk"), null, current -> item);
    }

    private static List<Item> entries(SecondaryIndexes indexes) {
        List<Item> out = new ArrayList<>();
        indexes.view("gsi", false).entries().scan(HashRange.ALL, null).forEachRemaining(out::add);
        return out;
    }

    @Test
    void anIndexCannotBeReadWhileItIsCreating() {
        TableStore store = store(ChangeLogPolicy.defaults());
        put(store, "a", "g");
        SecondaryIndexes indexes = SecondaryIndexes.create(TABLE, store, IndexSettings.defaults(),
                executor);
        IndexDescription creating = indexes.describe().get(0);
        assertThat(creating.status()).isEqualTo(IndexStatus.CREATING);
        assertThat(creating.backfilling()).isTrue();
        assertThatThrownBy(() -> indexes.view("gsi", false))
                .isInstanceOf(EngineException.class)
                .hasMessage("Cannot read from backfilling global secondary index: gsi");
        assertThat(indexes.awaitCaughtUp("gsi", Duration.ZERO)).isFalse();

        executor.runAll();
        IndexDescription active = indexes.describe().get(0);
        assertThat(active.status()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(active.backfilling()).isFalse();
        assertThat(active.itemCount()).isEqualTo(1);
        assertThat(indexes.awaitCaughtUp("gsi", Duration.ZERO)).isTrue();
    }

    @Test
    void pendingChangesShowTheLagUntilTheyAreApplied() {
        TableStore store = store(ChangeLogPolicy.defaults());
        SecondaryIndexes indexes = SecondaryIndexes.create(TABLE, store, IndexSettings.defaults(),
                executor);
        executor.runAll();
        put(store, "a", "g");
        put(store, "b", "g");
        put(store, "a", "h");
        assertThat(indexes.describe().get(0).pendingChanges()).isEqualTo(3);
        assertThat(entries(indexes)).isEmpty();
        assertThat(indexes.awaitCaughtUp("gsi", Duration.ZERO)).isFalse();
        // One task was scheduled for the three signals.
        assertThat(executor.tasks).hasSize(1);

        executor.runAll();
        assertThat(indexes.describe().get(0).pendingChanges()).isZero();
        assertThat(entries(indexes)).extracting(i -> i.get("gk"))
                .containsExactlyInAnyOrder(AttributeValue.ofString("g"),
                        AttributeValue.ofString("h"));
    }

    @Test
    void anIndexThatFellBehindATrimmedLogIsRebuilt() {
        TableStore store = store(ChangeLogPolicy.defaults().withMaxRecords(5));
        SecondaryIndexes indexes = SecondaryIndexes.create(TABLE, store, IndexSettings.defaults(),
                executor);
        put(store, "old", "g");
        executor.runAll();
        assertThat(entries(indexes)).hasSize(1);

        for (int i = 0; i < 20; i++) {
            put(store, "k" + i, i % 2 == 0 ? "g" + i : null);
        }
        put(store, "old", null);
        assertThat(store.changeLog().firstSequence()).isGreaterThan(2);
        executor.runAll();
        IndexDescription rebuilt = indexes.describe().get(0);
        assertThat(rebuilt.status()).isEqualTo(IndexStatus.ACTIVE);
        assertThat(rebuilt.pendingChanges()).isZero();
        assertThat(entries(indexes)).extracting(i -> ((AttributeValue.S) i.get("pk")).value())
                .containsExactlyInAnyOrder("k0", "k2", "k4", "k6", "k8", "k10", "k12", "k14",
                        "k16", "k18");
    }

    @Test
    void droppingAnIndexStopsItsTaskAndClosesItsSubscription() {
        TableStore store = store(ChangeLogPolicy.defaults());
        SecondaryIndexes indexes = SecondaryIndexes.create(TABLE, store, IndexSettings.defaults(),
                executor);
        executor.runAll();
        assertThat(store.changeLog().subscriptions()).hasSize(1);
        indexes.reconcile(TABLE.withIndexes(List.of()));
        executor.runAll();
        assertThat(store.changeLog().subscriptions()).isEmpty();
        assertThat(indexes.describe()).isEmpty();
        put(store, "a", "g");
        assertThat(executor.tasks).isEmpty();
    }
}
