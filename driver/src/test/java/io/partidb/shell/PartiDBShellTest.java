package io.partidb.shell;

import static io.partidb.shell.FakeDatabase.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.shell.FakeDatabase.Count;
import java.sql.SQLWarning;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shell's behaviour end to end, against a scripted JDBC driver instead of PartiDB's. */
class PartiDBShellTest {

    private static final FakeDatabase.Rows GAMES = rows(List.of("Game_ID", "ReleaseYear"),
            List.of(Types.VARCHAR, Types.DECIMAL), List.of("g1", 2023));

    private FakeDatabase database;

    @BeforeEach
    void createDatabase() {
        database = FakeDatabase.create(UUID.randomUUID().toString())
                .answer("SELECT * FROM \"Games\"", GAMES);
    }

    @Test
    void executeOptionPrintsTheResultAndNothingElse() {
        ShellRun run = ShellRun.of("", "-u", database.url(), "-e", "SELECT * FROM \"Games\";");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                 Game_ID | ReleaseYear
                ---------+-------------
                 g1      |        2023
                (1 row)
                """);
        assertThat(run.err()).isEmpty();
        assertThat(database.executed).containsExactly("SELECT * FROM \"Games\"");
        assertThat(database.closed).isTrue();
    }

    @Test
    void aFailingStatementPrintsOneErrorLineAndReturnsOne() {
        ShellRun run = ShellRun.of("", "-u", database.url(), "-e", "SELEC nonsense");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Error: ValidationException: Statement wasn't well "
                + "formed, can't be processed: unexpected token at 1:1 (SQLState 42000)\n");
    }

    @Test
    void verboseAddsTheStackTrace() {
        ShellRun run = ShellRun.of("", "--verbose", "-u", database.url(), "-e", "SELEC 1");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: ValidationException:")
                .contains("java.sql.SQLException: ValidationException", "\tat ");
    }

    @Test
    void pipedInputRunsEveryStatementAndReportsFailureAtTheEnd() {
        String script = """
                -- a script
                INSERT INTO "Games" VALUE {'Game_ID': 'g9'};
                SELEC broken;
                SELECT *
                  FROM "Games";
                !tables
                """;

        database.answer("SELECT *\n  FROM \"Games\"", GAMES);

        ShellRun run = ShellRun.of(script, "-u", database.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                1 item affected
                 Game_ID | ReleaseYear
                ---------+-------------
                 g1      |        2023
                (1 row)
                 Table | Type
                -------+------
                (0 rows)
                """);
        assertThat(run.err()).startsWith("Error: ValidationException:").hasLineCount(1);
        assertThat(database.executed).containsExactly(
                "INSERT INTO \"Games\" VALUE {'Game_ID': 'g9'}", "SELEC broken",
                "SELECT *\n  FROM \"Games\"");
    }

    @Test
    void pipedInputWithoutFailuresReturnsZeroAndRunsALastUnterminatedStatement() {
        ShellRun run = ShellRun.of("CREATE TABLE \"T\" (\"k\" STRING, PRIMARY KEY (\"k\"));\n"
                + "SELECT * FROM \"Games\"", "-u", database.url());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("OK\n Game_ID").endsWith("(1 row)\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void quitStopsReadingInput() {
        ShellRun run = ShellRun.of("quit\nSELECT * FROM \"Games\";\n", "-u", database.url());

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(database.executed).isEmpty();
    }

    @Test
    void helpCommandAndUnknownCommands() {
        ShellRun run = ShellRun.of("help\n!bogus\n", "-u", database.url());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(ShellSession.HELP);
        assertThat(run.out()).contains("  help, \\h, !help          show this help",
                "  quit, exit, \\q, !quit    leave the shell");
        assertThat(run.err()).isEqualTo(
                "Error: unknown command '!bogus'; type help for the list of commands\n");
    }

    @Test
    void describeListsColumnsWithTheirKeyPositions() {
        database.table("UsersGames", List.of("User_ID", "Game_ID"), "User_ID", "STRING",
                "Game_ID", "STRING", "Score", "NUMBER");

        ShellRun run = ShellRun.of("!describe \"UsersGames\"\n!tables User%\n!describe nope\n",
                "-u", database.url());

        assertThat(run.out()).isEqualTo("""
                 Column  | Type   | Nullable | Key
                ---------+--------+----------+-----
                 User_ID | STRING | YES      |   1
                 Game_ID | STRING | YES      |   2
                 Score   | NUMBER | YES      |
                (3 rows)
                 Table      | Type
                ------------+-------
                 UsersGames | TABLE
                (1 row)
                """);
        assertThat(run.err()).isEqualTo("Error: no table named nope\n");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void describeFindsUnquotedNamesInTheCaseTheDatabaseFoldsTo() {
        database.storesUpperCase = true;
        database.table("T_1", List.of("ID"), "ID", "INTEGER");
        database.table("TX1", List.of(), "OTHER", "INTEGER");

        ShellRun run = ShellRun.of("!describe t_1\n", "-u", database.url());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(" ID     | INTEGER | YES      |   1")
                .doesNotContain("OTHER");
    }

    @Test
    void helpOptionPrintsUsageToStandardOutput() {
        ShellRun run = ShellRun.of("", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(ShellOptions.USAGE);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badOptionsPrintUsageToStandardErrorAndReturnTwo() {
        ShellRun run = ShellRun.of("", "--bogus");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Error: unknown option --bogus\n\nUsage: ")
                .endsWith(ShellOptions.USAGE);
    }

    @Test
    void aConnectionFailureReturnsOne() {
        ShellRun run = ShellRun.of("", "-u", "jdbc:fake:no-such-database", "-e", "SELECT 1");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(
                "Error: Database not found: jdbc:fake:no-such-database (SQLState 08001)\n");
        ShellRun noDriver = ShellRun.of("", "-u", "jdbc:nobody:x", "-e", "SELECT 1");
        assertThat(noDriver.status()).isEqualTo(1);
        assertThat(noDriver.err()).startsWith("Error: No suitable driver");
    }

    @Test
    void userAndPasswordReachTheDriverAndConnectionWarningsAreShown() {
        database.connectionWarning = new SQLWarning("unknown property 'x' ignored", "01000");

        ShellRun run = ShellRun.of("", "-u", database.url(), "-n", "ann", "-p", "pw", "-e",
                "SELECT * FROM \"Games\"");

        assertThat(run.status()).isZero();
        assertThat(database.connectProperties).containsEntry("user", "ann")
                .containsEntry("password", "pw");
        assertThat(run.err()).isEqualTo(
                "Warning: unknown property 'x' ignored (SQLState 01000)\n");
    }

    @Test
    void sampleDataLoadsOnlyIntoADatabaseWithoutIt() {
        ShellRun first = ShellRun.of("", "-u", database.url(), "--sample", "-e", "!tables");
        ShellRun second = ShellRun.of("", "-u", database.url(), "--sample", "-e", "!tables");

        assertThat(first.status()).isZero();
        assertThat(first.out()).contains(" UsersGames | TABLE", " Games      | TABLE");
        assertThat(second.status()).isZero();
        assertThat(database.executed).hasSize(SampleData.statements().size());
        assertThat(database.executed).isEqualTo(SampleData.statements());
    }

    @Test
    void sampleDataIsNotLoadedWithoutAskingOnOtherUrls() {
        ShellRun run = ShellRun.of("", "-u", database.url(), "-e", "!tables");

        assertThat(run.status()).isZero();
        assertThat(database.executed).isEmpty();
    }

    @Test
    void withoutMetadataTheSampleScriptRunsAndSkipsItemsThatExist() {
        database.metadataFails = true;
        for (String sql : SampleData.statements()) {
            if (sql.startsWith("INSERT")) {
                database.answer(sql, FakeDatabase.failure("ConditionalCheckFailedException: "
                        + "The conditional request failed", "23505"));
            }
        }

        ShellRun run = ShellRun.of("", "-u", database.url(), "--sample", "-e", "quit");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(database.executed).hasSize(SampleData.statements().size());
    }

    @Test
    void aSampleDataFailureEndsTheShell() {
        database.answer(SampleData.statements().get(1),
                FakeDatabase.failure("ValidationException: bad item", "22000"));

        ShellRun run = ShellRun.of("", "-u", database.url(), "--sample", "-e", "!tables");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Error: loading the sample data failed at statement 2: "
                + "ValidationException: bad item (SQLState 22000)\n");
        assertThat(database.executed).hasSize(2);
    }

    @Test
    void aFailingCreateTableIsFatalEvenWithoutMetadata() {
        database.metadataFails = true;
        database.answer(SampleData.statements().get(0),
                FakeDatabase.failure("unsupported type", "0A000"));

        ShellRun run = ShellRun.of("", "-u", database.url(), "--sample", "-e", "quit");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("Error: loading the sample data failed at statement 1");
    }

    @Test
    void multipleResultsAndCountsAllPrint() {
        database.answer("BOTH", new Count(2), new Count(0));

        ShellRun run = ShellRun.of("", "-u", database.url(), "-e", "BOTH");

        assertThat(run.out()).isEqualTo("2 items affected\nOK\n");
    }
}
