package io.partidb.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.engine.Database;
import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import io.partidb.planner.physical.ExecutionContext;
import io.partidb.planner.physical.ExecutionResult;
import io.partidb.planner.physical.ResultColumn;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access-path choice, EXPLAIN text, caching and PartiQL semantics of the planner's plans. */
class PlannerTest {
    private Database database;
    private Planner planner;

    @BeforeEach
    void setUp() {
        database = Database.create("planner-test");
        planner = new Planner(database);
        run("CREATE TABLE \"Games\" (\"User\" STRING, \"Game\" NUMBER, \"Score\" NUMBER, "
                + "PRIMARY KEY (\"User\", \"Game\"))");
        run("INSERT INTO \"Games\" VALUE {'User': 'u1', 'Game': 1, 'Score': 10, 'Tags': <<'a'>>,"
                + " 'Info': {'level': 2, 'path': ['x', 'y']}, 'Gone': NULL}");
        run("INSERT INTO \"Games\" VALUE {'User': 'u1', 'Game': 2, 'Score': 30}");
        run("INSERT INTO \"Games\" VALUE {'User': 'u2', 'Game': 1, 'Score': 'high'}");
    }

    private ExecutionResult run(String sql, AttributeValue... params) {
        return planner.prepare(sql).execute(ExecutionContext.of(params));
    }

    private List<String> rows(String sql, AttributeValue... params) {
        Plan plan = planner.prepare(sql);
        ExecutionResult.Rows rows = (ExecutionResult.Rows) plan.execute(
                ExecutionContext.of(params));
        List<String> out = new ArrayList<>();
        Iterator<Item> it = rows.rows();
        while (it.hasNext()) {
            Item item = it.next();
            List<String> cells = new ArrayList<>();
            for (ResultColumn column : plan.columns()) {
                AttributeValue value = column.read(item);
                cells.add(value == null ? "MISSING" : value.toString());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    @Test
    void fullKeyEqualityIsGetItemWithResidualFilter() {
        assertThat(planner.prepare("SELECT * FROM \"Games\" WHERE \"User\" = ? AND "
                + "\"Game\" = ?").explain(ExecutionContext.of())).containsExactly(
                "Project(columns=[User, Game, Score, Gone, Info, Tags])",
                "  GetItem(table=Games, key=[User=?0, Game=?1])");
        assertThat(planner.prepare("SELECT Score FROM Games WHERE Score > 5 AND Game = 1 AND "
                + "User = 'u1'").explain(ExecutionContext.of())).containsExactly(
                "Project(columns=[Score])",
                "  GetItem(table=Games, key=[User='u1', Game=1], filter=Score > 5)");
        assertThat(rows("SELECT Score FROM Games WHERE Game = ? AND User = ?",
                AttributeValue.ofNumber(2), AttributeValue.ofString("u1"))).containsExactly("30");
        assertThat(rows("SELECT Score FROM Games WHERE Score > 50 AND Game = 1 AND User = 'u1'"))
                .isEmpty();
    }

    @Test
    void countAllCountsWhatTheAccessPathReads() {
        assertThat(planner.prepare("SELECT COUNT(*) FROM Games WHERE Score > ?")
                .explain(ExecutionContext.of())).containsExactly(
                "Project(columns=[\"COUNT(*)\"])",
                "  Count(columns=[COUNT(*)])",
                "    Scan(table=Games, segments=1, filter=Score > ?0)");
        assertThat(rows("SELECT COUNT(*) FROM Games WHERE Score > ?", AttributeValue.ofNumber(5)))
                .containsExactly("2");
        assertThat(rows("SELECT COUNT(*) FROM Games")).containsExactly("3");
        assertThat(planner.prepare("SELECT COUNT(*) AS n FROM Games WHERE User = 'u1'")
                .explain(ExecutionContext.of())).containsExactly(
                "Project(columns=[n])", "  Count(columns=[n])",
                "    Query(table=Games, key=[User='u1'], order=ASC)");
        assertThat(rows("SELECT COUNT(*) AS n, COUNT(*) FROM Games WHERE User = 'u1'"))
                .containsExactly("2|2");
        assertThat(rows("SELECT COUNT(*) FROM Games WHERE User = 'u1' AND Game = 9"))
                .containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM Games WHERE User = 'nobody'")).containsExactly("0");
        assertThat(rows("SELECT COUNT(*) FROM Games LIMIT 0")).isEmpty();
        assertThat(planner.prepare("SELECT COUNT(*) FROM Games").columns())
                .extracting(ResultColumn::label).containsExactly("COUNT(*)");
    }

    @Test
    void attributeTypeWithANumberForTheTypeNameIsAValidationError() {
        // found by StatementFuzzTest: Calcite's RexLiteral.getValueAs threw an AssertionError
        assertThatThrownBy(() -> rows("SELECT Game FROM Games WHERE attribute_type(Score, 1)"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage("Invalid attribute type name found; type: 1, valid types: "
                        + "{ S,SS,N,NS,B,BS,BOOL,NULL,L,M }");
        assertThat(rows("SELECT Game FROM Games WHERE attribute_type(Score, 'N')"))
                .containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void countAllRefusesWhatItCannotMean() {
        assertThatThrownBy(() -> planner.prepare("SELECT COUNT(*), Score FROM Games"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SUPPORTED))
                .hasMessage("Selecting attributes together with COUNT(*) needs GROUP BY, which "
                        + "is not supported");
        assertThatThrownBy(() -> planner.prepare("SELECT sum(Score) FROM Games"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SUPPORTED))
                .hasMessage("Aggregate function SUM(...) is not supported; COUNT(*) is "
                        + "(at 1:8)");
        assertThatThrownBy(() -> planner.prepare(
                "SELECT COUNT(*) FROM Games WHERE User = 'u1' ORDER BY Game"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage("ORDER BY cannot be used with COUNT(*), which returns one row");
    }

    @Test
    void limitAndOffsetTakeIntegersFromZeroToIntMax() {
        for (String bad : new String[] {"-1", "1.5", "2147483648"}) {
            assertThatThrownBy(() -> planner.prepare("SELECT Score FROM Games LIMIT " + bad))
                    .isInstanceOfSatisfying(EngineException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                    .hasMessage("LIMIT and OFFSET take an integer from 0 to 2147483647, not "
                            + bad);
        }
        assertThat(rows("SELECT Score FROM Games LIMIT 2147483647 OFFSET 2")).hasSize(1);
        assertThatThrownBy(() -> rows("SELECT Score FROM Games LIMIT ?",
                AttributeValue.ofNumber(2147483648L)))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage("LIMIT must be an integer from 0 to 2147483647, not 2147483648");
    }

    @Test
    void limitZeroReturnsNoRows() {
        assertThat(rows("SELECT Score FROM Games LIMIT 0")).isEmpty();
        assertThat(planner.prepare("SELECT Score FROM Games LIMIT 0")
                .explain(ExecutionContext.of())).containsExactly("Project(columns=[Score])",
                "  Limit(limit=0)", "    Scan(table=Games, segments=1)");
    }

    @Test
    void textOutsideLatin1IsALiteralAndAName() {
        run("INSERT INTO Games VALUE {'User': 'u\u2603', 'Game': 7, 'Score': 1, "
                + "'\u540D': {'\uD83D\uDE00': 'x\u2603'}}");
        assertThat(planner.prepare("SELECT Game FROM Games WHERE User = 'u\u2603' AND "
                + "\"\u540D\".\"\uD83D\uDE00\" = 'x\u2603'").explain(ExecutionContext.of()))
                .containsExactly("Project(columns=[Game])",
                        "  Query(table=Games, key=[User='u\u2603'], order=ASC, "
                                + "filter=\"\u540D\".\"\uD83D\uDE00\" = 'x\u2603')");
        assertThat(rows("SELECT Game FROM Games WHERE User = 'u\u2603' AND "
                + "\"\u540D\".\"\uD83D\uDE00\" = 'x\u2603'")).containsExactly("7");
        assertThat(rows("SELECT Game FROM Games WHERE \"\u540D\" = {'\uD83D\uDE00': 'x\u2603'}"))
                .containsExactly("7");
        // an unpaired surrogate cannot be a literal (UTF-8 cannot encode it), but a parameter
        assertThatThrownBy(() -> planner.prepare("SELECT Game FROM Games WHERE User = 'u\uD800'"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessageContaining("unpaired surrogate U+D800; bind such text as a parameter");
        run("INSERT INTO Games VALUE {'User': ?, 'Game': 8}", AttributeValue.ofString("u\uD800"));
        assertThat(rows("SELECT Game FROM Games WHERE User = ?", AttributeValue.ofString(
                "u\uD800"))).containsExactly("8");
    }

    @Test
    void partitionKeyInListWithFixedSortKeyIsBatchGetItem() {
        assertThat(planner.prepare("SELECT Score FROM Games WHERE User IN ('u1', ?, 'u1') "
                + "AND Game = 1 AND Score > 0").explain(ExecutionContext.of())).containsExactly(
                "Project(columns=[Score])",
                "  BatchGetItem(table=Games, keys=[User IN ('u1', ?0, 'u1'), Game=1], "
                        + "filter=Score > 0)");
        assertThat(rows("SELECT User FROM Games WHERE User IN ('u1', ?, 'u1', 'nobody') "
                + "AND Game = 1", AttributeValue.ofString("u2")))
                .containsExactly("'u1'", "'u2'");
        assertThat(planner.prepare("SELECT Score FROM Games WHERE User IN ('u1', 'u2')")
                .explain(ExecutionContext.of())).last().asString()
                .isEqualTo("  Query(table=Games, key=[User IN ('u1', 'u2')], order=ASC)");
    }

    @Test
    void partitionKeyWithSortKeyConditionIsQuery() {
        assertThat(planner.prepare("SELECT Game FROM Games WHERE User = ? AND Game >= 1 "
                + "AND Game <= ? AND Score > 0").explain(ExecutionContext.of())).containsExactly(
                "Project(columns=[Game])",
                "  Query(table=Games, key=[User=?0, Game BETWEEN 1 AND ?1], order=ASC, "
                        + "filter=Score > 0)");
        assertThat(planner.prepare("SELECT Game FROM Games WHERE 1 < Game AND User = 'u1'")
                .explain(ExecutionContext.of())).last().asString()
                .isEqualTo("  Query(table=Games, key=[User='u1', Game > 1], order=ASC)");
        assertThat(planner.prepare("SELECT Game FROM Games WHERE User = 'u1' AND "
                + "begins_with(Game, 'x')").explain(ExecutionContext.of())).last().asString()
                .contains("key=[User='u1', begins_with(Game, 'x')]");
        for (int i = 3; i <= 12; i++) {
            run("INSERT INTO Games VALUE {'User': 'u1', 'Game': ?, 'Score': 1}",
                    AttributeValue.ofNumber(i));
        }
        assertThat(rows("SELECT Game FROM Games WHERE User = 'u1'"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(rows("SELECT Game FROM Games WHERE User = ? AND Game BETWEEN 3 AND 5 "
                + "ORDER BY Game DESC", AttributeValue.ofString("u1")))
                .containsExactly("5", "4", "3");
        assertThat(rows("SELECT User, Game FROM Games WHERE User IN ('u1', 'u2') AND Game < 3 "
                + "ORDER BY User DESC, Game DESC"))
                .containsExactly("'u2'|1", "'u1'|2", "'u1'|1");
    }

    @Test
    void orderByFollowsDynamoDbRules() {
        assertThatThrownBy(() -> planner.prepare("SELECT * FROM Games ORDER BY Game"))
                .hasMessage("Must have WHERE clause in the statement when using ORDER BY clause.");
        assertThatThrownBy(() -> planner.prepare(
                "SELECT * FROM Games WHERE User = 'u1' ORDER BY Score"))
                .hasMessage("Attribute Score in ORDER BY clause must be part of the primary key");
        assertThatThrownBy(() -> planner.prepare(
                "SELECT * FROM Games WHERE Score = 1 ORDER BY Game"))
                .hasMessage("Must have at least one non-optional hash key condition in WHERE "
                        + "clause when using ORDER BY clause.");
        assertThatThrownBy(() -> planner.prepare(
                "SELECT * FROM Games WHERE User IN ('a', 'b') ORDER BY Game"))
                .hasMessage("Must have hash key in ORDER BY clause when more than one hash key "
                        + "condition specified in WHERE clause.");
    }

    @Test
    void partialKeyOrOtherConditionsScan() {
        assertThat(planner.prepare("SELECT Game FROM Games WHERE Game = 1")
                .explain(ExecutionContext.of())).containsExactly("Project(columns=[Game])",
                        "  Scan(table=Games, segments=1, filter=Game = 1)");
        assertThat(planner.prepare("SELECT * FROM Games").explain(ExecutionContext.of()))
                .containsExactly("Project(columns=[User, Game, Score, Gone, Info, Tags])",
                        "  Scan(table=Games, segments=1)");
        assertThat(planner.prepare("SELECT Game FROM Games WHERE User = 'u1' OR Game = 1")
                .explain(ExecutionContext.of())).containsExactly("Project(columns=[Game])",
                        "  Scan(table=Games, segments=1, filter=(User = 'u1' OR Game = 1))");
        assertThat(rows("SELECT User FROM Games WHERE Game = 1"))
                .containsExactlyInAnyOrder("'u1'", "'u2'");
    }

    @Test
    void parallelScanReturnsEveryMatchingItemOnceAndStopsWhenClosed() {
        // more items than ScanOp.MIN_PARALLEL_ITEMS, below which one thread reads a scan
        for (int i = 0; i < 2100; i++) {
            run("INSERT INTO Games VALUE {'User': ?, 'Game': ?, 'Score': ?}",
                    AttributeValue.ofString("p" + (i % 97)), AttributeValue.ofNumber(i),
                    AttributeValue.ofNumber(i % 5));
        }
        Plan plan = planner.prepare("SELECT User, Game FROM Games WHERE Score = 3");
        List<String> single = drain(plan, 1);
        assertThat(single).hasSize(420).doesNotHaveDuplicates();
        for (int segments : new int[] {2, 3, 7, 64}) {
            assertThat(drain(plan, segments)).as("segments=%d", segments)
                    .isEqualTo(single);
        }
        assertThat(plan.explain(ExecutionContext.of(4)))
                .containsExactly("Project(columns=[User, Game])",
                        "  Scan(table=Games, segments=4, filter=Score = 3)");
        ExecutionResult.Rows rows = (ExecutionResult.Rows) planner.prepare(
                "SELECT * FROM Games").execute(ExecutionContext.of(4));
        assertThat(rows.rows().hasNext()).isTrue();
        rows.rows().next();
        rows.rows().close();
        assertThat(rows.rows().hasNext()).as("closed rows end").isFalse();
    }

    private static List<String> drain(Plan plan, int segments) {
        List<String> out = new ArrayList<>();
        ExecutionResult.Rows rows = (ExecutionResult.Rows) plan.execute(
                ExecutionContext.of(segments));
        while (rows.rows().hasNext()) {
            Item item = rows.rows().next();
            out.add(item.get("User") + "/" + item.get("Game"));
        }
        return out;
    }

    @Test
    void limitAndOffsetAreOperators() {
        assertThat(planner.prepare("SELECT Game FROM Games LIMIT ? OFFSET 1").explain(ExecutionContext.of()))
                .containsExactly("Project(columns=[Game])", "  Limit(limit=?0, offset=1)",
                        "    Scan(table=Games, segments=1)");
        assertThat(rows("SELECT Game FROM Games LIMIT 2")).hasSize(2);
        assertThat(rows("SELECT Game FROM Games LIMIT 5 OFFSET 2")).hasSize(1);
        assertThatThrownBy(() -> rows("SELECT Game FROM Games LIMIT ?",
                AttributeValue.ofString("x")))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
    }

    @Test
    void missingNullAndTypesFollowDynamoDb() {
        assertThat(rows("SELECT Game FROM Games WHERE Gone IS NULL")).containsExactly("1");
        assertThat(rows("SELECT Game FROM Games WHERE Tags IS MISSING"))
                .containsExactlyInAnyOrder("2", "1");
        assertThat(rows("SELECT Game FROM Games WHERE NOT Score = 10"))
                .containsExactlyInAnyOrder("2", "1");
        // a string never compares with a number: 'high' > 5 is false, not an error
        assertThat(rows("SELECT User FROM Games WHERE Score > 5"))
                .containsExactlyInAnyOrder("'u1'", "'u1'");
        assertThat(rows("SELECT User FROM Games WHERE Score IS STRING")).containsExactly("'u2'");
        assertThat(rows("SELECT Game FROM Games WHERE begins_with(User, 'u') AND "
                + "contains(Tags, 'a') AND size(Info.path) = 2 AND Info.path[1] = 'y' AND "
                + "attribute_type(Info, 'M') AND attribute_exists(Info.level)"))
                .containsExactly("1");
        assertThat(rows("SELECT Game FROM Games WHERE Score BETWEEN 10 AND 20 AND "
                + "Game IN (1, 3)")).containsExactly("1");
        // a stored value of a type that cannot be ordered is simply not greater; a constant of
        // such a type is a statement error (reference §1.5)
        assertThat(rows("SELECT Game FROM Games WHERE Tags > 1")).isEmpty();
        assertThatThrownBy(() -> rows("SELECT Game FROM Games WHERE Score < TRUE"))
                .hasMessageContaining("Incorrect operand type for operator or function; "
                        + "operator or function: <, operand type: BOOL");
    }

    @Test
    void nestedPathProjectionIsLabelledByItsLastName() {
        Plan plan = planner.prepare("SELECT Info.path[0], Info.level AS lvl FROM Games "
                + "WHERE User = 'u1' AND Game = 1");
        assertThat(plan.columns()).extracting(ResultColumn::label).containsExactly("path", "lvl");
        assertThat(rows("SELECT Info.path[0], Info.level AS lvl, Nope FROM Games "
                + "WHERE User = 'u1' AND Game = 1")).containsExactly("'x'|2|MISSING");
    }

    @Test
    void plansAreCachedPerTextAndCatalogVersion() {
        Plan first = planner.prepare("SELECT * FROM Games");
        assertThat(planner.prepare("SELECT * FROM Games")).isSameAs(first);
        run("CREATE TABLE Other (k STRING, PRIMARY KEY (k))");
        Plan second = planner.prepare("SELECT * FROM Games");
        assertThat(second).isNotSameAs(first);
        assertThat(planner.prepare("SELECT * FROM Games")).isSameAs(second);
    }

    @Test
    void errorsCarryTheCatalogueCode() {
        assertThatThrownBy(() -> planner.prepare("SELECT * FROM Nowhere"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
        assertThatThrownBy(() -> planner.prepare("SELECT * FORM Games"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
                    assertThat(e.getMessage()).contains("1:10");
                });
        assertThatThrownBy(() -> planner.prepare("SELECT * FROM Games WHERE frob(User)"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_FUNCTION));
        assertThatThrownBy(() -> planner.prepare("INSERT INTO Games VALUE {'User': Score}"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        assertThatThrownBy(() -> run("INSERT INTO Games VALUE {'User': 'u1', 'Game': 1}"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ITEM));
        assertThatThrownBy(() -> run("INSERT INTO Games VALUE {'User': 'u9'}"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.KEY_MISMATCH));
    }

    @Test
    void explainOfInsertAndDdl() {
        assertThat(planner.prepare("EXPLAIN INSERT INTO Games VALUE {'User': ?, 'Game': 1}")
                .explain(ExecutionContext.of())).containsExactly(
                "Insert(table=Games, condition=attribute_not_exists(key))",
                "  Values(item={'User': ?0, 'Game': 1})");
        assertThat(planner.prepare("EXPLAIN CREATE TABLE T22 (a STRING, b NUMBER, "
                + "PRIMARY KEY (a, b), GLOBAL INDEX byB (b))").explain(ExecutionContext.of())).containsExactly(
                "CreateTable(table=T22, key=[a S, b N], indexes=[byB GLOBAL])");
    }

    @Test
    void insertValuesFormBuildsTheItem() {
        run("INSERT INTO Games (User, Game, Score) VALUES (?, ?, 5)",
                AttributeValue.ofString("u3"), AttributeValue.ofNumber(4));
        assertThat(rows("SELECT Score FROM Games WHERE User = 'u3' AND Game = 4"))
                .containsExactly("5");
    }
}
