package io.partidb.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partidb.ast.DeleteStatement;
import io.partidb.ast.InsertStatement;
import io.partidb.ast.Name;
import io.partidb.ast.PathExpr;
import io.partidb.ast.Returning;
import io.partidb.ast.SourcePosition;
import io.partidb.ast.Statement;
import io.partidb.ast.UpdateStatement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INSERT (both forms), UPDATE (both forms), DELETE and RETURNING. */
class DmlParsingTest {

    private static Statement parse(String text) {
        return StatementParser.parse(text).statement();
    }

    /** The actions of an UPDATE as {@code SET path = value} / {@code REMOVE path} strings. */
    private static String actions(UpdateStatement update) {
        return update.actions().stream().map(action -> {
            if (action instanceof UpdateStatement.SetAction set) {
                return "SET " + ExprPrinter.path(set.target()) + " = "
                        + ExprPrinter.print(set.value());
            }
            return "REMOVE " + ExprPrinter.path(((UpdateStatement.RemoveAction) action).target());
        }).collect(Collectors.joining("; "));
    }

    @Test
    void insertValueWithAMap() {
        InsertStatement insert = (InsertStatement) parse(
                "INSERT INTO \"Music\" VALUE {'Artist': 'Acme', 'Year': 2020, 'Tags': <<'a'>>}");
        assertThat(insert.into().table())
                .isEqualTo(new Name("Music", true, new SourcePosition(1, 13)));
        assertThat(insert.into().index()).isEmpty();
        assertThat(insert.form()).isInstanceOf(InsertStatement.ValueForm.class);
        assertThat(ExprPrinter.print(((InsertStatement.ValueForm) insert.form()).item()))
                .isEqualTo("{'Artist': 'Acme', 'Year': 2020, 'Tags': <<'a'>>}");
        assertThat(insert.position()).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void insertValueWithAParameter() {
        ParsedStatement parsed = StatementParser.parse("insert into t value ?");
        assertThat(parsed.parameterCount()).isEqualTo(1);
        InsertStatement insert = (InsertStatement) parsed.statement();
        assertThat(ExprPrinter.print(((InsertStatement.ValueForm) insert.form()).item()))
                .isEqualTo("?0");
    }

    @Test
    void insertValuesWithSeveralRows() {
        ParsedStatement parsed = StatementParser.parse(
                "INSERT INTO t (pk, \"sort key\", n) VALUES (?, 'a', 1), (?, 'b', -2.5)");
        InsertStatement.ValuesForm values = (InsertStatement.ValuesForm)
                ((InsertStatement) parsed.statement()).form();
        assertThat(values.columns()).extracting(ExprPrinter::name)
                .containsExactly("pk", "\"sort key\"", "n");
        assertThat(values.rows()).hasSize(2);
        assertThat(values.rows().get(0)).extracting(ExprPrinter::print)
                .containsExactly("?0", "'a'", "1");
        assertThat(values.rows().get(1)).extracting(ExprPrinter::print)
                .containsExactly("?1", "'b'", "-2.5");
        assertThat(parsed.parameterCount()).isEqualTo(2);
    }

    @Test
    void insertIntoATableNamedLikeAKeyword() {
        InsertStatement insert = (InsertStatement) parse("INSERT INTO value VALUE {'a': 1}");
        assertThat(insert.into().table().text()).isEqualTo("value");
        InsertStatement values = (InsertStatement) parse("INSERT INTO values (value) VALUES (1)");
        assertThat(values.into().table().text()).isEqualTo("values");
    }

    @Test
    void updateWithSetAndRemoveInTextualOrder() {
        UpdateStatement update = (UpdateStatement) parse("UPDATE \"T\" SET a = 1, m.x = 'v'"
                + " REMOVE b, l[2] SET l[0] = ?, n = n + 1 REMOVE m.\"y z\""
                + " WHERE pk = 'k' AND sk = 2");
        assertThat(actions(update)).isEqualTo("SET a = 1; SET m.x = 'v'; REMOVE b; REMOVE l[2];"
                + " SET l[0] = ?0; SET n = (+ n 1); REMOVE m.\"y z\"");
        assertThat(ExprPrinter.print(update.where())).isEqualTo("(AND (= pk 'k') (= sk 2))");
        assertThat(update.returning()).isEmpty();
        assertThat(update.table().table()).isEqualTo(new Name("T", true, new SourcePosition(1, 8)));
        UpdateStatement.SetAction first = (UpdateStatement.SetAction) update.actions().get(0);
        assertThat(first.position()).isEqualTo(new SourcePosition(1, 16));
        assertThat(first.target()).isEqualTo(new PathExpr(new Name("a", false,
                new SourcePosition(1, 16)), List.of(), new SourcePosition(1, 16)));
    }

    @ParameterizedTest
    @CsvSource({"ALL OLD, true, false", "ALL NEW, true, true", "MODIFIED OLD, false, false",
        "modified new, false, true"})
    void updateReturning(String variant, boolean all, boolean newImage) {
        UpdateStatement update = (UpdateStatement) parse(
                "UPDATE t SET a = 1 WHERE pk = 1 RETURNING " + variant + " *");
        assertThat(update.returning()).contains(new Returning(all, newImage,
                new SourcePosition(1, 33)));
    }

    @Test
    void fromFirstUpdateBuildsTheSameTreeAsUpdate() {
        UpdateStatement fromFirst = (UpdateStatement) parse(
                "FROM \"T\" WHERE pk = 'k' SET c = 2 REMOVE a RETURNING ALL NEW *");
        UpdateStatement classic = (UpdateStatement) parse(
                "UPDATE \"T\" SET c = 2 REMOVE a WHERE pk = 'k' RETURNING ALL NEW *");
        assertThat(actions(fromFirst)).isEqualTo(actions(classic)).isEqualTo("SET c = 2; REMOVE a");
        assertThat(ExprPrinter.print(fromFirst.where()))
                .isEqualTo(ExprPrinter.print(classic.where()));
        assertThat(fromFirst.table().table().text()).isEqualTo("T");
        assertThat(fromFirst.returning().map(r -> r.all() && r.newImage())).contains(true);
        assertThat(fromFirst.position()).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void fromFirstUpdateIsCaseInsensitiveAndTakesParameters() {
        ParsedStatement parsed = StatementParser.parse(
                "from \"T\" where pk = ? and attribute_exists(c) set e = ?");
        UpdateStatement update = (UpdateStatement) parsed.statement();
        assertThat(parsed.parameterCount()).isEqualTo(2);
        assertThat(ExprPrinter.print(update.where()))
                .isEqualTo("(AND (= pk ?0) attribute_exists(c))");
        assertThat(actions(update)).isEqualTo("SET e = ?1");
    }

    @Test
    void fromFirstUpdateWithOnlyRemove() {
        UpdateStatement update = (UpdateStatement) parse("FROM t WHERE pk = 1 REMOVE b");
        assertThat(actions(update)).isEqualTo("REMOVE b");
    }

    @Test
    void setAddAndSetDeleteAreFunctionCalls() {
        UpdateStatement update = (UpdateStatement) parse("UPDATE t SET s = set_add(s, <<'x'>>),"
                + " r = SET_DELETE(r, ?) WHERE pk = 1");
        assertThat(actions(update))
                .isEqualTo("SET s = set_add(s, <<'x'>>); SET r = SET_DELETE(r, ?0)");
    }

    @Test
    void deleteWithAndWithoutReturning() {
        DeleteStatement delete = (DeleteStatement) parse("DELETE FROM t WHERE pk = 1 AND x > 2");
        assertThat(delete.from().table().text()).isEqualTo("t");
        assertThat(ExprPrinter.print(delete.where())).isEqualTo("(AND (= pk 1) (> x 2))");
        assertThat(delete.returning()).isEmpty();
        DeleteStatement returning = (DeleteStatement) parse(
                "delete from \"T\" where pk = ? returning all old *");
        assertThat(returning.returning()).contains(new Returning(true, false,
                new SourcePosition(1, 30)));
    }

    @ParameterizedTest
    @CsvSource({"ALL NEW", "MODIFIED OLD", "modified new"})
    void deleteRefusesOtherReturningVariants(String variant) {
        assertThatThrownBy(() -> parse("DELETE FROM t WHERE pk = 1 RETURNING " + variant + " *"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail()).isEqualTo("Invalid returning clause: RETURNING "
                            + variant.toUpperCase(Locale.ROOT)
                            + " *. Only RETURNING ALL OLD * is allowed in DELETE statements.");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(28);
                });
    }

    @Test
    void valuesRowsMustMatchTheColumns() {
        assertThatThrownBy(() -> parse("INSERT INTO t (a, b) VALUES (1, 2), (3)"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail())
                            .isEqualTo("A VALUES row must have one value per column (2)");
                    assertThat(e.column()).isEqualTo(37);
                });
    }

    @Test
    void updateAndDeleteOnAnIndexParseForThePlannerToRefuse() {
        UpdateStatement update = (UpdateStatement) parse("UPDATE t.i SET a = 1 WHERE pk = 1");
        assertThat(update.table().index().map(Name::text)).contains("i");
        DeleteStatement delete = (DeleteStatement) parse("DELETE FROM \"t\".\"i\" WHERE pk = 1");
        assertThat(delete.from().index().map(Name::text)).contains("i");
    }
}
