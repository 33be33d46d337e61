package io.partidb.planner.physical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import io.partidb.planner.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How read plans use what an execution gets: parameters resolved before the rows are read (the
 * caller's array may change afterwards), a cancellation token reused from one execution to the
 * next, and the one-row and no-row results of point reads.
 */
class ReadExecutionTest {
    private Planner planner;

    @BeforeEach
    void setUp() {
        Database database = Database.create("read-execution");
        planner = new Planner(database);
        execute("CREATE TABLE items (pk STRING, sk NUMBER, PRIMARY KEY (pk, sk))");
        for (String pk : new String[] {"a", "b"}) {
            for (int sk = 0; sk < 5; sk++) {
                execute("INSERT INTO items VALUE {'pk': '" + pk + "', 'sk': " + sk + ", 'v': " + sk
                        + "}");
            }
        }
    }

    private void execute(String sql) {
        planner.prepare(sql).execute(ExecutionContext.of());
    }

    private static RowIterator open(Plan plan, ExecutionContext context) {
        return ((ExecutionResult.Rows) plan.execute(context)).rows();
    }

    private static List<String> keys(RowIterator rows) {
        List<String> out = new ArrayList<>();
        rows.forEachRemaining(item -> out.add(((AttributeValue.S) item.get("pk")).value()
                + ((AttributeValue.N) item.get("sk")).value()));
        return out;
    }

    private static AttributeValue s(String text) {
        return AttributeValue.ofString(text);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    @Test
    void rowsDoNotChangeWhenTheParameterArrayChangesAfterExecution() {
        String[] statements = {
            "SELECT * FROM items WHERE pk = ? AND sk = ?",
            "SELECT * FROM items WHERE pk = ? AND sk >= ? ORDER BY sk",
            "SELECT * FROM items WHERE pk = ? AND v >= ?",
            "SELECT * FROM items WHERE pk IN ('b', ?) AND v >= ?",
            "SELECT * FROM items WHERE pk = ? AND v >= ? LIMIT 2",
            "SELECT * FROM items WHERE pk = ? AND sk = ? AND v = 3",
        };
        List<List<String>> expected = List.of(
                List.of("a3"), List.of("a3", "a4"), List.of("a3", "a4"),
                List.of("b3", "b4", "a3", "a4"), List.of("a3", "a4"), List.of("a3"));
        for (int i = 0; i < statements.length; i++) {
            Plan plan = planner.prepare(statements[i]);
            AttributeValue[] params = {s("a"), n(3)};
            RowIterator rows = open(plan, ExecutionContext.of(params));
            params[0] = s("b");
            params[1] = n(0);
            assertThat(keys(rows)).as(statements[i]).isEqualTo(expected.get(i));
        }
    }

    @Test
    void aReusableTokenServesOneExecutionAfterAnother() {
        Cancellation token = Cancellation.reusable();
        ExecutionContext context = new ExecutionContext(new AttributeValue[] {s("a")}, 1, false,
                token);
        Plan query = planner.prepare("SELECT * FROM items WHERE pk = ?");
        RowIterator cancelled = open(query, context);
        token.cancel();
        assertThatThrownBy(cancelled::hasNext).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        token.rearm();
        assertThat(keys(open(query, context))).hasSize(5);
        assertThat(context.checked(null)).as("no closure per execution")
                .isSameAs(context.checked(null));
    }

    @Test
    void tokensWithoutChecksOrWithADeadlineAreNotReused() {
        Cancellation.NONE.cancel();
        Cancellation.NONE.check();
        assertThat(ExecutionContext.of().checked(null)).isNull();
        assertThatThrownBy(() -> Cancellation.withTimeout(5).rearm())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pointReadsReturnOneRowOrNone() {
        Plan get = planner.prepare("SELECT * FROM items WHERE pk = ? AND sk = ?");
        RowIterator one = open(get, ExecutionContext.of(s("a"), n(1)));
        assertThat(one.hasNext()).isTrue();
        Item item = one.next();
        assertThat(item.get("v")).isEqualTo(n(1));
        assertThat(one.hasNext()).isFalse();
        assertThatThrownBy(one::next).isInstanceOf(NoSuchElementException.class);

        RowIterator none = open(get, ExecutionContext.of(s("a"), n(9)));
        assertThat(none.hasNext()).isFalse();
        none.close();
        assertThat(open(get, ExecutionContext.of(s("z"), n(1))).hasNext()).isFalse();
        assertThatThrownBy(() -> open(get, ExecutionContext.of(n(1), n(1))))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.KEY_MISMATCH));
    }

    @Test
    void aClosedQueryReadsNoFurther() {
        RowIterator rows = open(planner.prepare("SELECT * FROM items WHERE pk IN ('a', 'b')"),
                ExecutionContext.of());
        assertThat(rows.next()).isNotNull();
        rows.close();
        assertThat(rows.hasNext()).isFalse();
    }
}
