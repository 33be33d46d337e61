package io.partidb.tck.bench;

import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.Key;
import io.partidb.engine.ReturnValues;
import io.partidb.engine.Table;
import io.partidb.engine.UpdateItemRequest;
import io.partidb.engine.WriteResult;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.expr.Condition;
import io.partidb.engine.expr.DocumentPath;
import io.partidb.engine.expr.Operand;
import io.partidb.engine.expr.SetValue;
import io.partidb.engine.expr.UpdateAction;
import io.partidb.engine.expr.UpdateExpression;
import io.partidb.engine.log.ChangeLogPolicy;
import io.partidb.engine.read.Page;
import io.partidb.engine.read.QueryRequest;
import io.partidb.engine.value.AttributeValue;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's own single-item operations, below SQL and JDBC: what a statement costs at the
 * bottom of the stack. Data: 100,000 items in 10,000 partitions of 10 (string partition key,
 * number sort key), a payload of about 200 bytes and three more attributes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EngineBenchmark {
    static final int PARTITIONS = 10_000;
    static final int PER_PARTITION = 10;

    /**
     * The table's change log: {@code default} (100,000 records, 64 MiB, 24 h, as every table
     * has) or {@code minimal} (one record), to show what keeping the history costs a write.
     */
    @Param({"default", "minimal"})
    public String changeLog;

    private Table table;
    private AttributeValue[] partitionKeys;
    private AttributeValue[] sortKeys;
    private Item[] items;

    @Setup
    public void load() {
        Database database = changeLog.equals("minimal")
                ? Database.create("bench", ChangeLogPolicy.defaults().withMaxRecords(1),
                        Clock.systemUTC())
                : Database.create("bench");
        table = database.createTable(TableDefinition.of("bench", KeySchema.of(
                KeyElement.of("pk", ScalarType.S), KeyElement.of("sk", ScalarType.N))));
        partitionKeys = new AttributeValue[PARTITIONS];
        sortKeys = new AttributeValue[PER_PARTITION];
        for (int s = 0; s < PER_PARTITION; s++) {
            sortKeys[s] = AttributeValue.ofNumber(s);
        }
        items = new Item[PARTITIONS * PER_PARTITION];
        String payload = "x".repeat(200);
        for (int p = 0; p < PARTITIONS; p++) {
            partitionKeys[p] = AttributeValue.ofString("user-" + p);
            for (int s = 0; s < PER_PARTITION; s++) {
                Map<String, AttributeValue> attributes = new LinkedHashMap<>();
                attributes.put("pk", partitionKeys[p]);
                attributes.put("sk", sortKeys[s]);
                attributes.put("payload", AttributeValue.ofString(payload));
                attributes.put("v", AttributeValue.ofNumber(0));
                attributes.put("version", AttributeValue.ofNumber(0));
                attributes.put("status", AttributeValue.ofString(s % 2 == 0 ? "open" : "done"));
                Item item = Item.of(attributes);
                items[p * PER_PARTITION + s] = item;
                table.putItem(item);
            }
        }
    }

    @Benchmark
    public Optional<Item> getItem() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return table.getItem(Key.of(partitionKeys[random.nextInt(PARTITIONS)],
                sortKeys[random.nextInt(PER_PARTITION)]));
    }

    @Benchmark
    public void putItem() {
        table.putItem(items[ThreadLocalRandom.current().nextInt(items.length)]);
    }

    /**
     * Optimistic lock: {@code SET v = v + 1, version = version + 1} if {@code version} is still
     * the one read. Single-threaded, so the read version always matches.
     */
    @Benchmark
    public WriteResult conditionalUpdate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Key key = Key.of(partitionKeys[random.nextInt(PARTITIONS)],
                sortKeys[random.nextInt(PER_PARTITION)]);
        AttributeValue version = table.getItem(key).orElseThrow().get("version");
        return table.updateItem(new UpdateItemRequest(key, INCREMENT,
                Condition.eq(VERSION, Operand.value(version)), ReturnValues.NONE));
    }

    /** One partition of 10 items in sort-key order. */
    @Benchmark
    public Page queryPartition() {
        return table.query(QueryRequest.of(
                partitionKeys[ThreadLocalRandom.current().nextInt(PARTITIONS)]));
    }

    private static final Operand VERSION = Operand.attribute("version");
    private static final AttributeValue ONE = AttributeValue.ofNumber(1);
    private static final UpdateExpression INCREMENT = UpdateExpression.of(
            UpdateAction.set(DocumentPath.of("v"),
                    SetValue.plus(SetValue.path(DocumentPath.of("v")), SetValue.value(ONE))),
            UpdateAction.set(DocumentPath.of("version"),
                    SetValue.plus(SetValue.path(DocumentPath.of("version")),
                            SetValue.value(ONE))));
}
