package io.partidb.planner;

import io.partidb.ast.ComparisonExpr;
import io.partidb.ast.Literal;
import io.partidb.ast.Name;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.SourcePosition;
import io.partidb.ast.TableRef;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.planner.access.AccessPath;
import io.partidb.planner.access.KeyConditionExtractor;
import io.partidb.planner.convert.RelConverter;
import io.partidb.planner.convert.TableColumns;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;

/**
 * Loads and initialises the Calcite classes a SELECT's planning needs (row types, row
 * expressions and Calcite's operator table, {@code RelBuilder}, the {@code HepPlanner} and its
 * rules, the relational metadata providers every cluster sets up) on a background daemon
 * thread, once per class loader, by converting one SELECT and choosing its access path. Without
 * it, the first SELECT pays for all of Calcite's start-up (most of a second, some 1,600
 * classes) on the caller's thread; with it, on a machine with a spare core, that work overlaps
 * with the caller's own start-up: connecting, DDL and INSERTs, which never touch Calcite.
 *
 * <p>A thread that is about to plan with Calcite while the warm-up runs waits for it to finish
 * ({@link #awaitCompletion}) rather than initialising Calcite's classes beside it: it would
 * wait for most of them anyway, and two threads first touching classes whose static
 * initialisers refer to each other can deadlock. For the same reason the warm-up touches no
 * engine storage and no parser, which the caller's thread is busy initialising meanwhile: its
 * statement is built in code over a table definition that no database holds.
 *
 * <p>Nothing here changes any result: the plan is thrown away, and any failure is ignored
 * (the caller's own planning meets and reports a real problem).
 */
public final class PlannerWarmUp {
    /** Name of the background thread. */
    public static final String THREAD_NAME = "partidb-planner-warm-up";

    /** Longest wait for the warm-up; past it, planning goes ahead regardless. */
    private static final long MAX_WAIT_SECONDS = 60;

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile Thread thread;

    private PlannerWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, unless it has been started already. */
    public static void startInBackground() {
        startInBackground(() -> { });
    }

    /**
     * Starts the warm-up on a daemon thread, unless it has been started already, and then, on
     * the same thread, {@code andThen}: start-up work of the caller's own that is best done
     * while the caller's first statement is planned and executed (its failures are ignored).
     */
    public static void startInBackground(Runnable andThen) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        try {
            Thread warmUp = new Thread(() -> run(andThen), THREAD_NAME);
            warmUp.setDaemon(true);
            thread = warmUp;
            warmUp.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            // no thread (a security manager, no native thread left): nobody waits for it
            FINISHED.countDown();
        }
    }

    /**
     * Waits until the warm-up, if one was started, has finished, loading (not initialising)
     * the classes it is about to need meanwhile ({@link WarmUpClassList}). Returns at once on
     * the warm-up's own thread, when none was started, and when it is over.
     */
    static void awaitCompletion() {
        if (!STARTED.get() || FINISHED.getCount() == 0 || Thread.currentThread() == thread) {
            return;
        }
        ClassList.LIST.loadAhead(() -> FINISHED.getCount() > 0);
        try {
            FINISHED.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // plan anyway, and leave the interrupt for the caller to see
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the class list when a thread first waits, not when the warm-up starts. */
    private static final class ClassList {
        static final WarmUpClassList LIST = WarmUpClassList.load();
    }

    private static void run(Runnable andThen) {
        try {
            warmUp();
        } catch (RuntimeException | LinkageError ignored) {
            // only an optimisation: the caller's own planning reports whatever is wrong
        } finally {
            FINISHED.countDown();
        }
        try {
            andThen.run();
        } catch (RuntimeException | LinkageError ignored) {
            // the same
        }
    }

    /**
     * Converts {@code SELECT * FROM "WarmUp" WHERE "pk" = 'a'} (the commonest shape, a Query
     * by partition key) over a table keyed by {@code pk} and {@code sk}, on the calling thread,
     * and chooses its access path as the planner does.
     *
     * @return the access path chosen
     */
    static AccessPath warmUp() {
        String table = "WarmUp";
        SourcePosition at = SourcePosition.NONE;
        TableColumns columns = TableColumns.of(TableDefinition.of(table, KeySchema.of(
                KeyElement.of("pk", ScalarType.S), KeyElement.of("sk", ScalarType.N))), Map.of());
        SelectStatement select = new SelectStatement(true, List.of(),
                new TableRef(Name.of(table), Optional.empty(), at),
                Optional.of(new ComparisonExpr(ComparisonExpr.Op.EQ,
                        new PathExpr(Name.of("pk"), List.of(), at),
                        new Literal.StringLiteral("a", at), at)),
                List.of(), Optional.empty(), Optional.empty(), at);
        RelConverter converter = new RelConverter();
        RelNode rel = converter.convertSelect(select, columns).rel();
        while (!(rel instanceof Filter) && !rel.getInputs().isEmpty()) {
            rel = rel.getInput(0);
        }
        return new KeyConditionExtractor(columns, converter.rexBuilder())
                .choose(rel instanceof Filter filter ? filter.getCondition() : null);
    }
}
