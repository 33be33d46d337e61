package io.partidb.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The shell against the real PartiDB driver: the default URL with its sample data, failures,
 * help and piped scripts.
 */
class PartiDBShellEndToEndTest {

    @Test
    void queriesTheSampleDataOnTheDefaultUrl() {
        ShellRun run = ShellRun.of("", "-e",
                "SELECT * FROM \"UsersGames\" WHERE \"User_ID\" = 'u1'");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("User_ID", "Game_ID", "Score", " u1 ", " g1 ", " g2 ",
                " g3 ", "1200", "(3 rows)");
        assertThat(run.out()).doesNotContain(" u2 ", " u3 ");
        assertThat(run.out().lines().filter(line -> line.startsWith(" u1 "))).hasSize(3);
    }

    @Test
    void aSyntaxErrorReturnsOneWithoutAStackTrace() {
        ShellRun run = ShellRun.of("", "-e", "SELEC * FROM \"UsersGames\"");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Error: ").contains("(SQLState 42")
                .doesNotContain("\tat ", "Caused by");
    }

    @Test
    void helpReturnsZero() {
        ShellRun run = ShellRun.of("", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage:", "jdbc:partidb:mem:<name>");
    }

    @Test
    void runsAPipedScript() {
        String url = "jdbc:partidb:mem:shell-" + UUID.randomUUID();
        String script = """
                CREATE TABLE IF NOT EXISTS "Notes" (
                    "Id" STRING, "Text" STRING, "Stars" NUMBER,
                    PRIMARY KEY ("Id"));
                INSERT INTO "Notes" VALUE {'Id': 'n1', 'Text': 'one; two', 'Stars': 3};
                INSERT INTO "Notes" VALUE {'Id': 'n2', 'Text': 'second', 'Stars': 5};
                -- a comment between statements
                SELECT * FROM "Notes"
                WHERE "Id" = 'n1';
                SELECT "Stars" FROM "Notes" WHERE "Id" = 'n2';
                """;

        ShellRun run = ShellRun.of(script, "-u", url);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("OK\n1 item affected\n1 item affected\n")
                .contains("one; two", "(1 row)");
        assertThat(run.out().lines()).contains("     5");
    }

    @Test
    void loadsTheSampleDataOnAnotherUrlWhenAsked() {
        String url = "jdbc:partidb:mem:sample-" + UUID.randomUUID();

        ShellRun run = ShellRun.of("", "-u", url, "--sample", "-e", "SELECT * FROM \"Games\"");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Starfall Odyssey", "(5 rows)");
    }
}
