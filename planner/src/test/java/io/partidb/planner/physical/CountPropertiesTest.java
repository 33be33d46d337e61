package io.partidb.planner.physical;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.Plan;
import io.partidb.planner.Planner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code COUNT(*)} with any WHERE clause, through whichever access path the planner chooses and
 * with any number of scan threads, equals the number of rows {@code SELECT *} returns for the
 * same clause, and the number of items of the model that match it.
 */
class CountPropertiesTest {
    private static final int PARTITIONS = 300;
    private static final int PER_PARTITION = 10;
    private static final String[] TAGS = {"a", "b", "c"};

    private static final Planner PLANNER = load();
    private static final List<Row> MODEL = model();

    /** One stored item, as the model sees it. */
    private record Row(int partition, int sort, int v, String t) {
    }

    /** A WHERE clause and the same condition over the model. */
    private record Clause(String text, Predicate<Row> matches) {
        Clause and(Clause other) {
            if (text.isEmpty()) {
                return other;
            }
            if (other.text.isEmpty()) {
                return this;
            }
            return new Clause(text + " AND " + other.text, matches.and(other.matches));
        }
    }

    private static List<Row> model() {
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            for (int s = 0; s < PER_PARTITION; s++) {
                int i = p * PER_PARTITION + s;
                rows.add(new Row(p, s, i * 7 % 13, TAGS[i % 3]));
            }
        }
        return rows;
    }

    private static Planner load() {
        Planner planner = new Planner(Database.create("count-properties"));
        planner.prepare("CREATE TABLE items (pk STRING, sk NUMBER, PRIMARY KEY (pk, sk))")
                .execute(ExecutionContext.of());
        Plan insert = planner.prepare("INSERT INTO items VALUE {'pk': ?, 'sk': ?, 'v': ?, 't': ?}");
        for (Row row : model()) {
            insert.execute(ExecutionContext.of(AttributeValue.ofString("p" + row.partition()),
                    AttributeValue.ofNumber(row.sort()), AttributeValue.ofNumber(row.v()),
                    AttributeValue.ofString(row.t())));
        }
        return planner;
    }

    @Provide
    Arbitrary<Clause> clauses() {
        Arbitrary<Clause> partition = Arbitraries.oneOf(
                Arbitraries.just(new Clause("", row -> true)),
                Arbitraries.integers().between(0, PARTITIONS).map(p -> new Clause(
                        "pk = 'p" + p + "'", row -> row.partition() == p)),
                Combinators.combine(Arbitraries.integers().between(0, PARTITIONS - 1),
                        Arbitraries.integers().between(0, PARTITIONS - 1)).as((a, b) -> new Clause(
                        "pk IN ('p" + a + "', 'p" + b + "')",
                        row -> row.partition() == a || row.partition() == b)));
        Arbitrary<Integer> sortValue = Arbitraries.integers().between(-1, PER_PARTITION);
        Arbitrary<Clause> sort = Arbitraries.oneOf(
                Arbitraries.just(new Clause("", row -> true)),
                sortValue.map(s -> new Clause("sk = " + s, row -> row.sort() == s)),
                sortValue.map(s -> new Clause("sk > " + s, row -> row.sort() > s)),
                Combinators.combine(sortValue, sortValue).as((a, b) -> new Clause(
                        "sk BETWEEN " + Math.min(a, b) + " AND " + Math.max(a, b),
                        row -> row.sort() >= Math.min(a, b) && row.sort() <= Math.max(a, b))));
        Arbitrary<Integer> vValue = Arbitraries.integers().between(0, 13);
        Arbitrary<Clause> filter = Arbitraries.oneOf(
                Arbitraries.just(new Clause("", row -> true)),
                vValue.map(n -> new Clause("v < " + n, row -> row.v() < n)),
                Arbitraries.of(TAGS).map(t -> new Clause("t = '" + t + "'",
                        row -> row.t().equals(t))),
                Combinators.combine(vValue, Arbitraries.of(TAGS)).as((n, t) -> new Clause(
                        "(v <> " + n + " OR t = '" + t + "')",
                        row -> row.v() != n || row.t().equals(t))));
        return Combinators.combine(partition, sort, filter)
                .as((p, s, f) -> p.and(s).and(f));
    }

    @Property(tries = 150)
    void countAllEqualsTheRowsOfTheSameSelect(@ForAll("clauses") Clause clause,
            @ForAll("segments") int segments) {
        String where = clause.text().isEmpty() ? "" : " WHERE " + clause.text();
        long expected = MODEL.stream().filter(clause.matches()).count();

        ExecutionContext context = ExecutionContext.of(segments);
        long rows = 0;
        try (RowIterator all = open("SELECT * FROM items" + where, context)) {
            while (all.hasNext()) {
                all.next();
                rows++;
            }
        }
        List<Item> counted = new ArrayList<>();
        try (RowIterator count = open("SELECT COUNT(*) FROM items" + where, context)) {
            count.forEachRemaining(counted::add);
        }
        assertThat(rows).as("rows of %s", where).isEqualTo(expected);
        assertThat(counted).as("COUNT(*)%s", where).hasSize(1);
        assertThat(((AttributeValue.N) counted.get(0).get("COUNT(*)")).value())
                .as("COUNT(*)%s", where).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @Provide
    Arbitrary<Integer> segments() {
        return Arbitraries.integers().between(1, 4);
    }

    private static RowIterator open(String select, ExecutionContext context) {
        return ((ExecutionResult.Rows) PLANNER.prepare(select).execute(context)).rows();
    }
}
