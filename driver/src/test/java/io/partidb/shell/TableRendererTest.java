package io.partidb.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.shell.ResultTable.Cell;
import io.partidb.shell.ResultTable.Column;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    private final TableRenderer renderer = new TableRenderer();

    @Test
    void alignsTextLeftAndNumbersRight() {
        ResultTable table = new ResultTable(
                List.of(new Column("User_ID", false), new Column("Score", true),
                        new Column("Active", false)),
                List.of(List.of(Cell.text("u1"), Cell.number("1200"), Cell.text("true")),
                        List.of(Cell.text("u10"), Cell.number("40"), Cell.text("false"))));

        assertThat(renderer.render(table)).containsExactly(
                " User_ID | Score | Active",
                "---------+-------+--------",
                " u1      |  1200 | true",
                " u10     |    40 | false",
                "(2 rows)");
    }

    @Test
    void showsNullAndWidensColumnsForIt() {
        ResultTable table = new ResultTable(
                List.of(new Column("a", false), new Column("n", true)),
                List.of(List.of(Cell.text(null), Cell.number(null))));

        assertThat(renderer.render(table)).containsExactly(
                " a    |    n",
                "------+------",
                " NULL | NULL",
                "(1 row)");
    }

    @Test
    void rendersZeroRowsWithHeaderAndFooter() {
        ResultTable table = new ResultTable(List.of(new Column("Game_ID", false)), List.of());

        assertThat(renderer.render(table)).containsExactly(" Game_ID", "---------", "(0 rows)");
    }

    @Test
    void rendersAResultWithoutColumnsAsItsFooterAlone() {
        assertThat(renderer.render(new ResultTable(List.of(), List.of()))).containsExactly(
                "(0 rows)");
    }

    @Test
    void capsWideValuesWithAnEllipsis() {
        ResultTable table = new ResultTable(List.of(new Column("Stats", false)),
                List.of(List.of(Cell.text("x".repeat(200)))));

        List<String> lines = renderer.render(table);

        assertThat(lines.get(2)).isEqualTo(" " + "x".repeat(77) + "...");
        assertThat(lines.get(1)).hasSize(82);
    }

    @Test
    void capsAtAConfiguredWidthCountingCharactersNotUtf16Units() {
        TableRenderer narrow = new TableRenderer(6);
        ResultTable table = new ResultTable(List.of(new Column("v", false)),
                List.of(List.of(Cell.text("\uD83C\uDFAEgames!")),
                        List.of(Cell.text("\uD83C\uDFAE"))));

        assertThat(narrow.render(table)).containsExactly(
                " v",
                "--------",
                " \uD83C\uDFAEga...",
                " \uD83C\uDFAE",
                "(2 rows)");
    }

    @Test
    void escapesLineBreaksSoThatARowStaysOnOneLine() {
        ResultTable table = new ResultTable(List.of(new Column("note", false)),
                List.of(List.of(Cell.text("a\nb\tc\u0001"))));

        assertThat(renderer.render(table).get(2)).isEqualTo(" a\\nb\\tc\\u0001");
    }

    @Test
    void rightAlignsNumbersInColumnsOfMixedTypes() {
        ResultTable table = new ResultTable(List.of(new Column("v", false)),
                List.of(List.of(Cell.text("abc")), List.of(Cell.number("7"))));

        assertThat(renderer.render(table)).containsExactly(" v", "-----", " abc", "   7",
                "(2 rows)");
    }

    @Test
    void rejectsRowsOfTheWrongLength() {
        assertThatThrownBy(() -> new ResultTable(List.of(new Column("a", false)),
                List.of(List.of(Cell.text("1"), Cell.text("2")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsACapTooSmallForTheEllipsis() {
        assertThatThrownBy(() -> new TableRenderer(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
