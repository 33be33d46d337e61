package io.partidb.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.partidb.ast.CountAll;
import io.partidb.ast.ExplainStatement;
import io.partidb.ast.Name;
import io.partidb.ast.OrderItem;
import io.partidb.ast.SelectItem;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.SourcePosition;
import io.partidb.ast.TableRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SELECT in all its clauses, names, comments, case and EXPLAIN. */
class SelectParsingTest {

    private static SelectStatement select(String text) {
        return (SelectStatement) StatementParser.parse(text).statement();
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(line, column);
    }

    @Test
    void selectStarFromQuotedTable() {
        SelectStatement select = select("SELECT * FROM \"Music\"");
        assertThat(select.star()).isTrue();
        assertThat(select.items()).isEmpty();
        assertThat(select.from()).isEqualTo(new TableRef(new Name("Music", true, at(1, 15)),
                Optional.empty(), at(1, 15)));
        assertThat(select.where()).isEmpty();
        assertThat(select.orderBy()).isEmpty();
        assertThat(select.limit()).isEmpty();
        assertThat(select.offset()).isEmpty();
        assertThat(select.position()).isEqualTo(at(1, 1));
    }

    @Test
    void countAllIsASelectItemOnly() {
        SelectStatement select = select("SELECT COUNT(*), count ( * ) AS n FROM t WHERE a = 1");
        assertThat(select.items()).extracting(i -> ExprPrinter.print(i.expr()))
                .containsExactly("COUNT(*)", "COUNT(*)");
        assertThat(select.items()).extracting(i -> i.alias().map(ExprPrinter::name).orElse("-"))
                .containsExactly("-", "n");
        assertThat(select.items().get(0).expr()).isEqualTo(new CountAll(at(1, 8)));
        assertThatThrownBy(() -> select("SELECT MAX(*) FROM t")).isInstanceOf(SyntaxError.class)
                .hasMessage("Statement wasn't well formed, can't be processed: Only COUNT takes "
                        + "* as its argument, not MAX at 1:8 near 'MAX'");
        assertThatThrownBy(() -> select("SELECT a FROM t WHERE COUNT(*) > 1"))
                .isInstanceOf(SyntaxError.class).hasMessageContaining("Unexpected token");
    }

    @Test
    void selectItemsWithAndWithoutAliases() {
        SelectStatement select =
                select("SELECT a, b AS x, c y, \"d\".e \"Q\", size(f) AS n FROM t");
        assertThat(select.star()).isFalse();
        assertThat(select.items()).extracting(i -> ExprPrinter.print(i.expr()))
                .containsExactly("a", "b", "c", "\"d\".e", "size(f)");
        assertThat(select.items()).extracting(i -> i.alias().map(ExprPrinter::name).orElse("-"))
                .containsExactly("-", "x", "y", "\"Q\"", "n");
        assertThat(select.items().get(1)).isEqualTo(new SelectItem(
                select.items().get(1).expr(), Optional.of(new Name("x", false, at(1, 16))),
                at(1, 11)));
    }

    @Test
    void tableWithIndexQuotedOrBare() {
        assertThat(select("SELECT * FROM \"T\".\"by_date\"").from()).isEqualTo(new TableRef(
                new Name("T", true, at(1, 15)),
                Optional.of(new Name("by_date", true, at(1, 19))), at(1, 15)));
        TableRef bare = select("SELECT * FROM Orders.gsi1").from();
        assertThat(bare.table()).isEqualTo(new Name("Orders", false, at(1, 15)));
        assertThat(bare.index()).contains(new Name("gsi1", false, at(1, 22)));
    }

    @Test
    void allClauses() {
        SelectStatement select = select(
                "SELECT pk, sk FROM t.idx WHERE pk = 'a' AND sk > 3"
                        + " ORDER BY sk DESC, pk ASC, x LIMIT 10 OFFSET 5");
        assertThat(ExprPrinter.print(select.where().orElseThrow()))
                .isEqualTo("(AND (= pk 'a') (> sk 3))");
        assertThat(select.orderBy()).extracting(o -> ExprPrinter.print(o.expr()),
                OrderItem::descending)
                .containsExactly(
                        tuple("sk", true),
                        tuple("pk", false),
                        tuple("x", false));
        assertThat(select.limit().map(ExprPrinter::print)).contains("10");
        assertThat(select.offset().map(ExprPrinter::print)).contains("5");
    }

    @Test
    void limitWithoutOffset() {
        SelectStatement select = select("SELECT * FROM t LIMIT 3");
        assertThat(select.limit().map(ExprPrinter::print)).contains("3");
        assertThat(select.offset()).isEmpty();
    }

    @Test
    void keywordsAreCaseInsensitive() {
        SelectStatement lower = select("select * from T where A = 1 and b between 1 and 2"
                + " order by A desc limit 1 offset 2");
        SelectStatement mixed = select("SeLeCt * FrOm T WhErE A = 1 AnD b BeTwEeN 1 aNd 2"
                + " OrDeR bY A dEsC LiMiT 1 OfFsEt 2");
        assertThat(lower).isEqualTo(mixed);
        assertThat(lower.orderBy().get(0).descending()).isTrue();
        assertThat(lower.from().table().text()).isEqualTo("T");
    }

    @Test
    void bareNamesKeepTheirCase() {
        SelectStatement select = select("SELECT Artist, artist FROM Music");
        assertThat(select.items()).extracting(i -> ExprPrinter.print(i.expr()))
                .containsExactly("Artist", "artist");
        assertThat(select.from().table().text()).isEqualTo("Music");
    }

    @Test
    void nonReservedKeywordsWorkAsBareNames() {
        SelectStatement select = select("SELECT status, count, value, values, key, limit, offset,"
                + " index, table, string, number, map, list, new, old, all, if, exists, desc"
                + " FROM table WHERE index = 1 AND key = 2 AND text = 'x'"
                + " ORDER BY asc DESC, desc LIMIT 1");
        assertThat(select.items()).extracting(i -> ExprPrinter.print(i.expr()))
                .containsExactly("status", "count", "value", "values", "key", "limit", "offset",
                        "index", "table", "string", "number", "map", "list", "new", "old", "all",
                        "if", "exists", "desc");
        assertThat(select.from().table().text()).isEqualTo("table");
        assertThat(select.orderBy()).extracting(o -> ExprPrinter.print(o.expr()),
                OrderItem::descending)
                .containsExactly(tuple("asc", true),
                        tuple("desc", false));
    }

    @Test
    void reservedWordsWorkWhenQuoted() {
        SelectStatement select = select("SELECT \"select\", \"from\" FROM \"where\""
                + " WHERE \"and\" = 1");
        assertThat(select.items()).extracting(i -> ExprPrinter.print(i.expr()))
                .containsExactly("\"select\"", "\"from\"");
        assertThat(select.from().table()).isEqualTo(new Name("where", true, at(1, 30)));
    }

    @Test
    void commentsAndLineBreaksAreWhitespace() {
        SelectStatement plain = select("SELECT a FROM t WHERE pk = 1");
        SelectStatement commented = select("-- leading comment\n"
                + "SELECT /* inline */ a -- after the list\n"
                + "FROM t /* multi\n line\n comment ** with stars */ WHERE pk = 1 -- trailing");
        assertThat(ExprPrinter.print(commented.where().orElseThrow()))
                .isEqualTo(ExprPrinter.print(plain.where().orElseThrow()));
        assertThat(commented.position()).isEqualTo(at(2, 1));
        assertThat(commented.items().get(0).position()).isEqualTo(at(2, 21));
        assertThat(commented.from().position()).isEqualTo(at(3, 6));
        assertThat(commented.where().orElseThrow().position()).isEqualTo(at(5, 33));
    }

    @Test
    void tabsAndCarriageReturnsAreWhitespace() {
        SelectStatement select = select("SELECT\ta\r\nFROM\tt\r\nWHERE\tpk = 1");
        assertThat(select.where().orElseThrow().position()).isEqualTo(at(3, 7));
    }

    @Test
    void optionalTrailingSemicolon() {
        assertThat(select("SELECT * FROM t;")).isEqualTo(select("SELECT * FROM t"));
        assertThat(select("SELECT * FROM t ; -- done")).isEqualTo(select("SELECT * FROM t"));
    }

    @Test
    void explainWrapsTheStatement() {
        ExplainStatement explain = (ExplainStatement) StatementParser
                .parse("EXPLAIN SELECT * FROM t WHERE pk = ?").statement();
        assertThat(explain.position()).isEqualTo(at(1, 1));
        SelectStatement inner = (SelectStatement) explain.statement();
        assertThat(inner.position()).isEqualTo(at(1, 9));
        assertThat(ExprPrinter.print(inner.where().orElseThrow())).isEqualTo("(= pk ?0)");
        assertThat(StatementParser.parse("explain select * from t where pk = ?").parameterCount())
                .isEqualTo(1);
    }
}
