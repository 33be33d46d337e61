package io.partidb.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    @Test
    void splitsAtSemicolonsAndDropsThem() {
        assertThat(StatementSplitter.split("SELECT 1;\nSELECT 2;\n"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void splitsSeveralStatementsOnOneLine() {
        assertThat(StatementSplitter.split("SELECT 1; SELECT 2;"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void keepsAStatementTogetherAcrossLines() {
        assertThat(StatementSplitter.split("SELECT *\n  FROM \"UsersGames\"\n  WHERE x = 1\n;"))
                .containsExactly("SELECT *\n  FROM \"UsersGames\"\n  WHERE x = 1");
    }

    @Test
    void ignoresSemicolonsInsideStringsIdentifiersAndIonLiterals() {
        String sql = "INSERT INTO \"a;b\" VALUE {'k': 'x;y', 'i': `{a: \"1;\"}`};";

        assertThat(StatementSplitter.split(sql))
                .containsExactly("INSERT INTO \"a;b\" VALUE {'k': 'x;y', 'i': `{a: \"1;\"}`}");
    }

    @Test
    void handlesDoubledQuotes() {
        assertThat(StatementSplitter.split("SELECT 'it''s;' FROM \"q\"\";\";\nSELECT 2;"))
                .containsExactly("SELECT 'it''s;' FROM \"q\"\";\"", "SELECT 2");
    }

    @Test
    void stringsMaySpanLines() {
        StatementSplitter splitter = new StatementSplitter();

        assertThat(splitter.accept("INSERT INTO t VALUE {'a': 'line one;")).isEmpty();
        assertThat(splitter.isIdle()).isFalse();
        assertThat(splitter.accept("line two'};")).containsExactly(
                "INSERT INTO t VALUE {'a': 'line one;\nline two'}");
        assertThat(splitter.isIdle()).isTrue();
    }

    @Test
    void ignoresSemicolonsInComments() {
        String script = """
                -- a comment; with a semicolon;
                SELECT 1 -- trailing; comment;
                ;
                /* block; comment;
                   over lines; */ SELECT 2 /* ; */;
                """;

        assertThat(StatementSplitter.split(script))
                .containsExactly("SELECT 1 -- trailing; comment;", "SELECT 2 /* ; */");
    }

    @Test
    void commentOnlyLinesLeaveTheSplitterIdle() {
        StatementSplitter splitter = new StatementSplitter();

        assertThat(splitter.accept("-- nothing here;")).isEmpty();
        assertThat(splitter.isIdle()).isTrue();
        assertThat(splitter.accept("   ")).isEmpty();
        assertThat(splitter.isIdle()).isTrue();
        assertThat(splitter.accept("/* open")).isEmpty();
        assertThat(splitter.isIdle()).isFalse();
        assertThat(splitter.accept("still open; */")).isEmpty();
        assertThat(splitter.isIdle()).isTrue();
    }

    @Test
    void textAfterTheLastSemicolonIsPendingUntilFlushed() {
        StatementSplitter splitter = new StatementSplitter();

        assertThat(splitter.accept("SELECT 1; SELECT")).containsExactly("SELECT 1");
        assertThat(splitter.isIdle()).isFalse();
        assertThat(splitter.accept("2")).isEmpty();
        assertThat(splitter.flush()).contains("SELECT\n2");
        assertThat(splitter.isIdle()).isTrue();
        assertThat(splitter.flush()).isEmpty();
    }

    @Test
    void aTrailingCommentAfterTheSemicolonLeavesNothingPending() {
        StatementSplitter splitter = new StatementSplitter();

        assertThat(splitter.accept("SELECT 1; -- done")).containsExactly("SELECT 1");
        assertThat(splitter.isIdle()).isTrue();
    }

    @Test
    void aScriptWithoutFinalSemicolonKeepsItsLastStatement() {
        assertThat(StatementSplitter.split("SELECT 1;\nSELECT 2  \n"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void emptyStatementsAreSkipped() {
        assertThat(StatementSplitter.split(";;\n ; -- x\nSELECT 1;;")).containsExactly("SELECT 1");
        assertThat(StatementSplitter.split("")).isEmpty();
        assertThat(StatementSplitter.split("-- only a comment")).isEmpty();
    }

    @Test
    void anUnterminatedStringIsFlushedAsIsForTheDriverToReject() {
        assertThat(StatementSplitter.split("SELECT 'abc;")).containsExactly("SELECT 'abc;");
    }

    @Test
    void leadingCommentsAreDroppedButInnerOnesKept() {
        List<String> statements = StatementSplitter.split(
                "/* header */ -- more\nSELECT a, -- the key\n b FROM t;");

        assertThat(statements).containsExactly("SELECT a, -- the key\n b FROM t");
    }

    @Test
    void clearForgetsAnOpenQuote() {
        StatementSplitter splitter = new StatementSplitter();
        splitter.accept("SELECT 'open");

        splitter.clear();

        assertThat(splitter.isIdle()).isTrue();
        assertThat(splitter.accept("SELECT 1;")).containsExactly("SELECT 1");
    }

    @Test
    void windowsLineEndsAreHandled() {
        assertThat(StatementSplitter.split("SELECT 1;\r\nSELECT\r\n 2;\r\n"))
                .containsExactly("SELECT 1", "SELECT\n 2");
    }
}
