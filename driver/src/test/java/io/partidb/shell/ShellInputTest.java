package io.partidb.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.shell.ShellCommand.Kind;
import io.partidb.shell.ShellInput.Sql;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class ShellInputTest {

    @Test
    void recognisesCommandsWithOrWithoutSemicolon() {
        assertThat(ShellCommand.parse("help")).contains(new ShellCommand(Kind.HELP, ""));
        assertThat(ShellCommand.parse("  HELP; ")).contains(new ShellCommand(Kind.HELP, ""));
        assertThat(ShellCommand.parse("\\h")).contains(new ShellCommand(Kind.HELP, ""));
        assertThat(ShellCommand.parse("!help")).contains(new ShellCommand(Kind.HELP, ""));
        assertThat(ShellCommand.parse("quit")).contains(new ShellCommand(Kind.QUIT, ""));
        assertThat(ShellCommand.parse("exit;")).contains(new ShellCommand(Kind.QUIT, ""));
        assertThat(ShellCommand.parse("\\q")).contains(new ShellCommand(Kind.QUIT, ""));
        assertThat(ShellCommand.parse("!quit;")).contains(new ShellCommand(Kind.QUIT, ""));
        assertThat(ShellCommand.parse("!tables")).contains(new ShellCommand(Kind.TABLES, ""));
        assertThat(ShellCommand.parse("!tables User%;"))
                .contains(new ShellCommand(Kind.TABLES, "User%"));
        assertThat(ShellCommand.parse("!describe  \"UsersGames\" ;"))
                .contains(new ShellCommand(Kind.DESCRIBE, "\"UsersGames\""));
        assertThat(ShellCommand.parse("!frobnicate x"))
                .contains(new ShellCommand(Kind.UNKNOWN, "!frobnicate x"));
    }

    @Test
    void sqlIsNotACommand() {
        assertThat(ShellCommand.parse("SELECT 1;")).isEmpty();
        assertThat(ShellCommand.parse("help me")).isEmpty();
        assertThat(ShellCommand.parse("quitter;")).isEmpty();
        assertThat(ShellCommand.parse("")).isEmpty();
    }

    @Test
    void commandsCountOnlyAtTheStartOfAStatement() {
        ShellInput input = new ShellInput();

        assertThat(input.accept("SELECT *")).isEmpty();
        assertThat(input.accept("quit")).isEmpty();
        assertThat(input.accept(";")).containsExactly(new Sql("SELECT *\nquit"));
        assertThat(input.accept("quit")).containsExactly(new ShellCommand(Kind.QUIT, ""));
    }

    @Test
    void finishReturnsTheUnterminatedStatement() {
        ShellInput input = new ShellInput();
        input.accept("SELECT 1; SELECT 2");

        assertThat(input.finish()).containsExactly(new Sql("SELECT 2"));
        assertThat(input.finish()).isEmpty();
    }

    @Test
    void completeMeansEndingAtAStatementOrCommandBoundary() {
        assertThat(ShellInput.isComplete("")).isTrue();
        assertThat(ShellInput.isComplete("SELECT 1;")).isTrue();
        assertThat(ShellInput.isComplete("SELECT *\nFROM t;")).isTrue();
        assertThat(ShellInput.isComplete("!tables")).isTrue();
        assertThat(ShellInput.isComplete("quit")).isTrue();
        assertThat(ShellInput.isComplete("SELECT 1; -- done")).isTrue();
        assertThat(ShellInput.isComplete("SELECT 1")).isFalse();
        assertThat(ShellInput.isComplete("SELECT 1; SELECT")).isFalse();
        assertThat(ShellInput.isComplete("SELECT 'a;")).isFalse();
        assertThat(ShellInput.isComplete("/* ;")).isFalse();
    }

    @Test
    void theLineParserAsksJLineForMoreUntilTheStatementEnds() {
        StatementLineParser parser = new StatementLineParser();

        assertThatThrownBy(() -> parser.parse("SELECT *", 8, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class);
        assertThat(parser.parse("SELECT *\nFROM t;", 16, ParseContext.ACCEPT_LINE).line())
                .isEqualTo("SELECT *\nFROM t;");
        assertThat(parser.parse("\\q", 2, ParseContext.ACCEPT_LINE).line()).isEqualTo("\\q");
        assertThat(parser.parse("SELECT *", 8, ParseContext.COMPLETE).words())
                .contains("SELECT");
        assertThat(parser.isEscapeChar('\\')).isFalse();
    }
}
