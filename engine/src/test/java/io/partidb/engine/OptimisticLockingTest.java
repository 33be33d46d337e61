package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.Operand;
import io.partidb.engine.expr.SetValue;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic locking under contention: threads read a version, update with the condition that
 * the version is unchanged, and retry when it is not. Conditional updates are atomic, so no
 * increment is lost and none is applied twice.
 */
class OptimisticLockingTest {
    private static final int THREADS = 8;
    private static final int ITEMS = 3;
    private static final int INCREMENTS_PER_THREAD = 300;

    private static final UpdateExpression BUMP = UpdateExpression.of(
            UpdateAction.set(p("v"), SetValue.plus(SetValue.path(p("v")), SetValue.value(v(1)))),
            UpdateAction.set(p("version"), SetValue.plus(SetValue.path(p("version")),
                    SetValue.value(v(1)))));

    @Test
    void versionedIncrementsOnHotItemsEndWithExactCounts() throws Exception {
        Database db = Database.create("optimistic");
        Table table = db.createTable(TestTables.hashTable("counters", ScalarType.S));
        for (int i = 0; i < ITEMS; i++) {
            table.putItem(item("pk", "hot" + i, "v", 0, "version", 0));
        }
        AtomicIntegerArray successes = new AtomicIntegerArray(ITEMS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < INCREMENTS_PER_THREAD; n++) {
                        int target = (thread + n) % ITEMS;
                        Key key = Key.of(AttributeValue.ofString("hot" + target));
                        while (true) {
                            Item read = table.getItem(GetItemRequest.of(key)
                                    .withConsistentRead(true)).item().orElseThrow();
                            Condition unchanged = Condition.eq(Operand.attribute("version"),
                                    Operand.value(read.get("version")));
                            try {
                                table.updateItem(UpdateItemRequest.of(key, BUMP)
                                        .withCondition(unchanged));
                                successes.incrementAndGet(target);
                                break;
                            } catch (ConditionalCheckFailedException e) {
                                // Another thread won this version: read again and retry.
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long total = 0;
        for (int i = 0; i < ITEMS; i++) {
            Item counter = table.getItem(Key.of(AttributeValue.ofString("hot" + i)))
                    .orElseThrow();
            assertThat(counter.get("v")).isEqualTo(v(successes.get(i)));
            assertThat(counter.get("version")).isEqualTo(counter.get("v"));
            total += successes.get(i);
        }
        assertThat(total).isEqualTo((long) THREADS * INCREMENTS_PER_THREAD);
    }
}
