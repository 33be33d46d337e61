package io.partidb.engine;

import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.SetValue;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import static io.partidb.engine.expr.Docs.a;
import static io.partidb.engine.expr.Docs.c;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transactions under contention: all-or-nothing and serializable against single-item writes,
 * GetItem and TransactGetItems, and free of deadlock whatever order their actions come in.
 */
class TransactionConcurrencyTest {
    private static final int ACCOUNTS = 10;
    private static final long OPENING_BALANCE = 100;

    /** An account: five in a table of their own, five in one item collection of another. */
    private record Account(String table, Key key) {
    }

    private static List<Account> openAccounts(Database db) {
        Table single = db.createTable(TestTables.hashTable("single", ScalarType.S));
        Table shared = db.createTable(
                TestTables.compositeTable("shared", ScalarType.S, ScalarType.N));
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS / 2; i++) {
            single.putItem(item("pk", "a" + i, "balance", OPENING_BALANCE, "touches", 0));
            accounts.add(new Account("single", Key.of(AttributeValue.ofString("a" + i))));
            shared.putItem(item("pk", "s", "sk", i, "balance", OPENING_BALANCE, "touches", 0));
            accounts.add(new Account("shared",
                    Key.of(AttributeValue.ofString("s"), AttributeValue.ofNumber(i))));
        }
        return accounts;
    }

    private static UpdateExpression addTo(String attribute, long amount) {
        return UpdateExpression.of(UpdateAction.set(p(attribute),
                SetValue.plus(SetValue.path(p(attribute)), SetValue.value(v(amount)))));
    }

    private static long number(Item item, String attribute) {
        return ((AttributeValue.N) item.get(attribute)).value().longValueExact();
    }

    /** Runs the tasks together; fails if any throws or all have not ended within a minute. */
    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void transfersKeepTheSumWhileSingleWritesAndReadersRun() throws Exception {
        Database db = Database.create("bank");
        List<Account> accounts = openAccounts(db);
        AtomicIntegerArray touches = new AtomicIntegerArray(ACCOUNTS);
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger snapshots = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger writersLeft = new AtomicInteger(5);
        AtomicReference<String> violation = new AtomicReference<>();
        TransactGetItemsRequest everything = new TransactGetItemsRequest(accounts.stream()
                .map(account -> TransactGetItem.get(account.table(), account.key())).toList());

        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            tasks.add(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 1500; i++) {
                    int from = random.nextInt(ACCOUNTS);
                    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    long amount = 1 + random.nextInt(20);
                    List<TransactWriteItem> actions = new ArrayList<>(List.of(
                            TransactWriteItem.update(accounts.get(from).table(),
                                    accounts.get(from).key(), addTo("balance", -amount))
                                    .withCondition(Condition.ge(a("balance"), c(amount))),
                            TransactWriteItem.update(accounts.get(to).table(),
                                    accounts.get(to).key(), addTo("balance", amount))));
                    Collections.shuffle(actions, random);
                    try {
                        db.transactWriteItems(new TransactWriteItemsRequest(actions));
                        committed.incrementAndGet();
                    } catch (TransactionCanceledException e) {
                        assertThat(e.cancellationReasons()).extracting(r -> r.code())
                                .contains(CancellationReason.Code.CONDITIONAL_CHECK_FAILED);
                    }
                }
                if (writersLeft.decrementAndGet() == 0) {
                    writing.set(false);
                }
                return null;
            });
        }
        for (int t = 0; t < 2; t++) {
            tasks.add(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 3000; i++) {
                    int index = random.nextInt(ACCOUNTS);
                    Account account = accounts.get(index);
                    db.table(account.table()).updateItem(UpdateItemRequest.of(account.key(),
                            UpdateExpression.of(UpdateAction.add(p("touches"), v(1)))));
                    touches.incrementAndGet(index);
                }
                if (writersLeft.decrementAndGet() == 0) {
                    writing.set(false);
                }
                return null;
            });
        }
        tasks.add(() -> {
            while (writing.get() || snapshots.get() == 0) {
                long sum = 0;
                for (Optional<Item> account : db.transactGetItems(everything).responses()) {
                    sum += number(account.orElseThrow(), "balance");
                }
                if (sum != ACCOUNTS * OPENING_BALANCE) {
                    violation.compareAndSet(null, "a snapshot summed to " + sum);
                }
                snapshots.incrementAndGet();
            }
            return null;
        });
        runTogether(tasks);

        assertThat(violation.get()).isNull();
        assertThat(committed.get()).isPositive();
        assertThat(snapshots.get()).isPositive();
        long sum = 0;
        for (int i = 0; i < ACCOUNTS; i++) {
            Account account = accounts.get(i);
            Item stored = db.table(account.table()).getItem(account.key()).orElseThrow();
            assertThat(number(stored, "balance")).isNotNegative();
            // No single write was lost to a transaction, nor a transaction's write to one.
            assertThat(number(stored, "touches")).as("touches of %s", account)
                    .isEqualTo(touches.get(i));
            sum += number(stored, "balance");
        }
        assertThat(sum).isEqualTo(ACCOUNTS * OPENING_BALANCE);
    }

    @Test
    void getItemNeverSeesHalfOfATransaction() throws Exception {
        Database db = Database.create("pairs");
        Table left = db.createTable(TestTables.hashTable("left", ScalarType.S));
        Table right = db.createTable(TestTables.hashTable("right", ScalarType.S));
        Key key = Key.of(AttributeValue.ofString("x"));
        left.putItem(item("pk", "x", "v", 0));
        right.putItem(item("pk", "x", "v", 0));
        int transactions = 4000;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<String> violation = new AtomicReference<>();

        List<Callable<Void>> tasks = new ArrayList<>();
        tasks.add(() -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < transactions; i++) {
                List<TransactWriteItem> actions = new ArrayList<>(List.of(
                        TransactWriteItem.update("left", key, addTo("v", 1)),
                        TransactWriteItem.update("right", key, addTo("v", 1))));
                Collections.shuffle(actions, random);
                db.transactWriteItems(new TransactWriteItemsRequest(actions));
            }
            writing.set(false);
            return null;
        });
        for (int t = 0; t < 2; t++) {
            boolean leftFirst = t == 0;
            tasks.add(() -> {
                while (writing.get()) {
                    Table first = leftFirst ? left : right;
                    Table second = leftFirst ? right : left;
                    long earlier = number(first.getItem(key).orElseThrow(), "v");
                    long later = number(second.getItem(key).orElseThrow(), "v");
                    // Every transaction raises both: whatever the first read saw committed,
                    // the second, which starts after it, must see too.
                    if (later < earlier) {
                        violation.compareAndSet(null, first + " read " + earlier + ", then "
                                + second + " read " + later);
                    }
                    reads.incrementAndGet();
                }
                return null;
            });
        }
        runTogether(tasks);

        assertThat(violation.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(left.getItem(key)).contains(item("pk", "x", "v", transactions));
        assertThat(right.getItem(key)).contains(item("pk", "x", "v", transactions));
    }

    @Test
    void transactionsOverOverlappingPartitionsInAnyOrderDoNotDeadlock() throws Exception {
        Database db = Database.create("overlap");
        Table one = db.createTable(TestTables.hashTable("one", ScalarType.S));
        Table two = db.createTable(TestTables.hashTable("two", ScalarType.S));
        List<Account> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            one.putItem(item("pk", "k" + i, "n", 0));
            two.putItem(item("pk", "k" + i, "n", 0));
            keys.add(new Account("one", Key.of(AttributeValue.ofString("k" + i))));
            keys.add(new Account("two", Key.of(AttributeValue.ofString("k" + i))));
        }
        AtomicInteger increments = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            boolean reversed = t % 2 == 1;
            tasks.add(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 400; i++) {
                    List<Account> chosen = new ArrayList<>(keys);
                    Collections.shuffle(chosen, random);
                    chosen = new ArrayList<>(chosen.subList(0, 2 + random.nextInt(12)));
                    // Half the threads name their items in descending key order, half at random.
                    if (reversed) {
                        chosen.sort((x, y) -> y.toString().compareTo(x.toString()));
                    }
                    if (random.nextInt(4) == 0) {
                        db.transactGetItems(new TransactGetItemsRequest(chosen.stream()
                                .map(k -> TransactGetItem.get(k.table(), k.key())).toList()));
                        continue;
                    }
                    db.transactWriteItems(new TransactWriteItemsRequest(chosen.stream()
                            .map(k -> (TransactWriteItem) TransactWriteItem.update(k.table(),
                                    k.key(), addTo("n", 1))).toList()));
                    increments.addAndGet(chosen.size());
                }
                return null;
            });
        }
        tasks.add(() -> {
            for (int i = 0; i < 3000; i++) {
                Account k = keys.get(i % keys.size());
                db.table(k.table()).updateItem(UpdateItemRequest.of(k.key(), addTo("n", 1)));
                increments.incrementAndGet();
            }
            return null;
        });
        runTogether(tasks);

        BigDecimal total = BigDecimal.ZERO;
        for (Account k : keys) {
            Item stored = db.table(k.table()).getItem(k.key()).orElseThrow();
            total = total.add(((AttributeValue.N) stored.get("n")).value());
        }
        assertThat(total.intValueExact()).isEqualTo(increments.get());
    }
}
