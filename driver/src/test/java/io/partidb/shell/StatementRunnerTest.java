package io.partidb.shell;

import static io.partidb.shell.FakeDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.shell.FakeDatabase.Count;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementRunnerTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private FakeDatabase database;
    private StatementRunner runner;

    @BeforeEach
    void connect() {
        database = FakeDatabase.create("runner");
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        runner = new StatementRunner(database.connection(), out, new ErrorReporter(err, false),
                new TableRenderer());
    }

    @Test
    void printsAResultSetAsATable() throws SQLException {
        database.answer("SELECT x", rows(List.of("Game_ID", "Score"),
                List.of(Types.VARCHAR, Types.NUMERIC), List.of("g1", 1200), List.of("g2", 850)));

        runner.run("SELECT x");

        assertThat(out()).isEqualTo("""
                 Game_ID | Score
                ---------+-------
                 g1      |  1200
                 g2      |   850
                (2 rows)
                """);
        assertThat(database.escapeProcessing).isFalse();
    }

    @Test
    void printsUpdateCountsWithTheRightNoun() throws SQLException {
        database.answer("UPDATE one", new Count(1)).answer("DELETE none", new Count(0))
                .answer("UPDATE many", new Count(3));

        runner.run("UPDATE one");
        runner.run("DELETE none");
        runner.run("UPDATE many");

        assertThat(out()).isEqualTo("""
                1 item affected
                0 items affected
                3 items affected
                """);
    }

    @Test
    void printsOkForDdl() throws SQLException {
        runner.run("CREATE TABLE \"T\" (\"k\" STRING, PRIMARY KEY (\"k\"))");

        assertThat(out()).isEqualTo("OK\n");
    }

    @Test
    void printsEveryResultOfAStatementThatHasSeveral() throws SQLException {
        database.answer("BATCH", new Count(2),
                rows(List.of("n"), List.of(Types.INTEGER), List.of(1)), new Count(0));

        runner.run("BATCH");

        assertThat(out()).isEqualTo("""
                2 items affected
                 n
                ---
                 1
                (1 row)
                OK
                """);
    }

    @Test
    void printsWarningsToTheErrorStream() throws SQLException {
        database.statementWarning = new SQLWarning("ignored property 'x'", "01000");

        runner.run("DROP TABLE \"T\"");

        assertThat(err()).isEqualTo("Warning: ignored property 'x' (SQLState 01000)\n");
    }

    @Test
    void passesFailuresOn() {
        assertThatThrownBy(() -> runner.run("SELEC 1"))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("ValidationException:");
        assertThat(runner.isRunning()).isFalse();
    }

    @Test
    void cancelIsANoOpWhenNothingRuns() throws SQLException {
        assertThat(runner.cancel()).isFalse();
    }

    @Test
    void zeroCountsOfDmlAreNewsButOfOtherStatementsAreOk() {
        assertThat(StatementRunner.updateMessage("INSERT INTO t VALUE {}", 0))
                .isEqualTo("0 items affected");
        assertThat(StatementRunner.updateMessage("  update t SET a = 1", 0))
                .isEqualTo("0 items affected");
        assertThat(StatementRunner.updateMessage("DROP TABLE t", 0)).isEqualTo("OK");
        assertThat(StatementRunner.updateMessage("CREATE INDEX i ON t (a)", 2))
                .isEqualTo("2 items affected");
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
