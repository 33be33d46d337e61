package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.bs;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.nul;
import static io.partidb.engine.expr.Docs.ns;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.ss;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;

/** Every update action, its errors, and how actions of one update combine. */
class UpdateExpressionTest {
    private static final Item KEY = item("pk", "k");
    private static final String INVALID_PATH =
            "The document path provided in the update expression is invalid for update";
    private static final String WRONG_TYPE =
            "An operand in the update expression has an incorrect data type";
    private static final String MISSING =
            "The provided expression refers to an attribute that does not exist in the item";

    private static Item apply(Item current, UpdateAction... actions) {
        return UpdateExpression.of(actions).apply(current, KEY);
    }

    private static UpdateAction set(DocumentPath path, Object value) {
        return UpdateAction.set(path, v(value));
    }

    private static SetValue path(DocumentPath path) {
        return SetValue.path(path);
    }

    private static SetValue value(Object value) {
        return SetValue.value(v(value));
    }

    @Test
    void setCreatesAndReplacesTopLevelAttributes() {
        Item old = item("pk", "k", "a", "hi");
        assertThat(apply(old, set(p("b"), "hello"))).isEqualTo(item("pk", "k", "a", "hi",
                "b", "hello"));
        assertThat(apply(old, set(p("a"), 7))).isEqualTo(item("pk", "k", "a", 7));
        assertThat(apply(null, set(p("a"), 7), set(p("b"), l()), set(p("c"), m())))
                .isEqualTo(item("pk", "k", "a", 7, "b", l(), "c", m()));
    }

    @Test
    void rightHandSidesReadTheItemBeforeTheUpdate() {
        Item old = item("pk", "k", "a", 1, "b", 2);
        Item swapped = apply(old, UpdateAction.set(p("a"), path(p("b"))),
                UpdateAction.set(p("b"), path(p("a"))));
        assertThat(swapped).isEqualTo(item("pk", "k", "a", 2, "b", 1));
        // A path set earlier in the same update is not visible to later right-hand sides.
        assertEngineError(() -> apply(old, set(p("x"), 4), UpdateAction.set(p("y"),
                path(p("x")))), ErrorCode.VALIDATION, MISSING);
        // REMOVE a SET b = a moves the value.
        assertThat(apply(old, UpdateAction.remove(p("a")), UpdateAction.set(p("c"),
                path(p("a"))))).isEqualTo(item("pk", "k", "b", 2, "c", 1));
    }

    @Test
    void copyingAMissingPathFails() {
        assertEngineError(() -> apply(item("pk", "k"), UpdateAction.set(p("c"), path(p("z")))),
                ErrorCode.VALIDATION, MISSING);
        assertEngineError(() -> apply(null, UpdateAction.set(p("c"), path(p("z")))),
                ErrorCode.VALIDATION, MISSING);
        Item deep = item("pk", "k", "a", m("c", l(1, m("x", 9))));
        assertThat(apply(deep, UpdateAction.set(p("z"), path(p("a").field("c").index(1)
                .field("x")))).get("z")).isEqualTo(v(9));
    }

    @Test
    void setWritesIntoExistingMapsAndLists() {
        Item old = item("pk", "k", "a", m("b", 3, "c", m("x", 7)), "l", l("one", "two", "three"));
        assertThat(apply(old, set(p("a").field("c"), 9)).get("a"))
                .isEqualTo(m("b", 3, "c", 9));
        assertThat(apply(old, set(p("a").field("d"), "new")).get("a"))
                .isEqualTo(m("b", 3, "c", m("x", 7), "d", "new"));
        assertThat(apply(old, set(p("a").field("c").field("y"), 1)).get("a"))
                .isEqualTo(m("b", 3, "c", m("x", 7, "y", 1)));
        assertThat(apply(old, set(p("l").index(1), "hello")).get("l"))
                .isEqualTo(l("one", "hello", "three"));
        Item several = apply(old, set(p("a").field("b"), 10), set(p("a").field("c")
                .field("d"), "dog"), set(p("l").index(0), 0), set(p("l").index(2), 2));
        assertThat(several).isEqualTo(item("pk", "k", "a", m("b", 10, "c", m("x", 7, "d",
                "dog")), "l", l(0, "two", 2)));
    }

    @Test
    void setPastTheEndOfAListAppendsInIndexOrder() {
        Item old = item("pk", "k", "a", l("one", "two", "three"));
        assertThat(apply(old, set(p("a").index(7), "hello")).get("a"))
                .isEqualTo(l("one", "two", "three", "hello"));
        assertThat(apply(old, set(p("a").index(84), "a1"), set(p("a").index(37), "a2"),
                set(p("a").index(17), "a3"), set(p("a").index(50), "a4")).get("a"))
                .isEqualTo(l("one", "two", "three", "a3", "a2", "a4", "a1"));
        assertThat(apply(item("pk", "k", "e", l()), set(p("e").index(5), 1)).get("e"))
                .isEqualTo(l(1));
    }

    @Test
    void setThroughAMissingOrWrongParentIsAnInvalidPath() {
        Item old = item("pk", "k", "a", "hello", "b", l("hi"), "m", m("x", 1), "z", nul());
        for (DocumentPath bad : List.of(p("a").field("c"), p("b").field("c"),
                p("c").field("c"), p("a").index(0), p("c").index(0), p("m").index(0),
                p("z").field("x"), p("m").field("y").field("z"), p("b").index(3).field("x"))) {
            assertEngineError(() -> apply(old, set(bad, 7)), ErrorCode.VALIDATION, INVALID_PATH);
        }
        assertEngineError(() -> apply(null, set(p("c").field("c"), 7)), ErrorCode.VALIDATION,
                INVALID_PATH);
        assertEngineError(() -> apply(null, set(p("b").index(0), 7)), ErrorCode.VALIDATION,
                INVALID_PATH);
    }

    @Test
    void removeDeletesAttributesKeysAndListElements() {
        Item old = item("pk", "k", "a", m("b", 3, "c", l("hi", m("x", m("y", l(3, 5, 7)),
                "q", 2))), "d", "gone");
        Item after = apply(old, UpdateAction.remove(p("d")),
                UpdateAction.remove(p("a").field("c").index(1).field("x").field("y").index(1)),
                UpdateAction.remove(p("a").field("c").index(1).field("q")));
        assertThat(after).isEqualTo(item("pk", "k", "a", m("b", 3, "c", l("hi", m("x",
                m("y", l(3, 7)))))));
        // Singleton documents stay as empty documents.
        assertThat(apply(item("pk", "k", "a", m("b", 1)), UpdateAction.remove(p("a")
                .field("b"))).get("a")).isEqualTo(m());
        assertThat(apply(item("pk", "k", "a", l(1)), UpdateAction.remove(p("a").index(0)))
                .get("a")).isEqualTo(l());
    }

    @Test
    void removingSomethingAbsentDoesNothing() {
        Item old = item("pk", "k", "a", m("x", 3), "b", l("hi"));
        assertThat(apply(old, UpdateAction.remove(p("a").field("y")),
                UpdateAction.remove(p("b").index(7)), UpdateAction.remove(p("c"))))
                .isEqualTo(old);
    }

    @Test
    void removeThroughAMissingOrWrongParentFailsExceptOnAMissingItem() {
        Item old = item("pk", "k", "a", "hello", "b", l("hi"));
        for (DocumentPath bad : List.of(p("a").field("c"), p("b").field("c"), p("c").field("c"),
                p("a").index(0), p("c").index(0))) {
            assertEngineError(() -> apply(old, UpdateAction.remove(bad)), ErrorCode.VALIDATION,
                    INVALID_PATH);
        }
        assertThat(apply(null, UpdateAction.remove(p("x").field("y")),
                UpdateAction.remove(p("z").index(0)))).isEqualTo(KEY);
    }

    @Test
    void listIndexesReferToTheListBeforeTheUpdate() {
        Item old = item("pk", "k", "a", l(2, 3, 4, 5, 6, 7));
        assertThat(apply(old, UpdateAction.remove(p("a").index(1)), set(p("a").index(3), 17))
                .get("a")).isEqualTo(l(2, 4, 17, 6, 7));
        assertThat(apply(old, set(p("a").index(3), 17), UpdateAction.remove(p("a").index(1)))
                .get("a")).isEqualTo(l(2, 4, 17, 6, 7));
        assertThat(apply(old, UpdateAction.remove(p("a").index(0)),
                UpdateAction.remove(p("a").index(1)), UpdateAction.remove(p("a").index(5)))
                .get("a")).isEqualTo(l(4, 5, 6));
        assertThat(apply(old, UpdateAction.remove(p("a").index(0)), set(p("a").index(10), 8))
                .get("a")).isEqualTo(l(3, 4, 5, 6, 7, 8));
    }

    @Test
    void plusAndMinusAreExactDecimalArithmetic() {
        Item old = item("pk", "k", "a", 2, "f", new BigDecimal("0.1"));
        assertThat(apply(old, UpdateAction.set(p("a"), SetValue.plus(path(p("a")), value(3))))
                .get("a")).isEqualTo(v(5));
        assertThat(apply(old, UpdateAction.set(p("b"), SetValue.minus(value(7), path(p("a")))))
                .get("b")).isEqualTo(v(5));
        assertThat(apply(old, UpdateAction.set(p("f"), SetValue.plus(path(p("f")),
                value(new BigDecimal("0.2"))))).get("f")).isEqualTo(v(new BigDecimal("0.3")));
        assertThat(apply(old, UpdateAction.set(p("c"), SetValue.minus(path(p("a")), value(5))))
                .get("c")).isEqualTo(v(-3));
    }

    @Test
    void arithmeticOnMissingOrNonNumbersFails() {
        Item old = item("pk", "k", "s", "dog", "l", l(1));
        assertEngineError(() -> apply(old, UpdateAction.set(p("a"), SetValue.plus(path(p("q")),
                value(1)))), ErrorCode.VALIDATION, MISSING);
        assertEngineError(() -> apply(old, UpdateAction.set(p("a"), SetValue.plus(path(p("s")),
                value(1)))), ErrorCode.VALIDATION, WRONG_TYPE);
        assertEngineError(() -> apply(old, UpdateAction.set(p("a"), SetValue.minus(value(1),
                path(p("l"))))), ErrorCode.VALIDATION, WRONG_TYPE);
        assertEngineError(() -> SetValue.plus(value("dog"), value(3)), ErrorCode.VALIDATION,
                "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                        + "operator or function: +, operand type: S");
        assertEngineError(() -> SetValue.minus(path(p("a")), value(l())), ErrorCode.VALIDATION,
                "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                        + "operator or function: -, operand type: L");
    }

    @Test
    void arithmeticOutsideDynamoDbsNumberRangeFails() {
        Item old = item("pk", "k", "big",
                new BigDecimal("9.9999999999999999999999999999999999999E+125"),
                "tiny", new BigDecimal("1E-130"));
        String overflow = "Number overflow. Attempting to store a number with magnitude larger "
                + "than supported range";
        assertEngineError(() -> apply(old, UpdateAction.set(p("big"), SetValue.plus(
                path(p("big")), path(p("big"))))), ErrorCode.NUMBER_OUT_OF_RANGE, overflow);
        assertEngineError(() -> apply(old, UpdateAction.set(p("x"), SetValue.minus(
                value(new BigDecimal("9E125")), value(new BigDecimal("-9E125"))))),
                ErrorCode.NUMBER_OUT_OF_RANGE, overflow);
        // DynamoDB reports a result needing more than 38 digits as an overflow too.
        assertEngineError(() -> apply(old, UpdateAction.set(p("x"), SetValue.plus(
                value(new BigDecimal("1E50")), value(1)))), ErrorCode.NUMBER_OUT_OF_RANGE,
                overflow);
        assertEngineError(() -> apply(old, UpdateAction.set(p("x"), SetValue.plus(
                path(p("big")), path(p("tiny"))))), ErrorCode.NUMBER_OUT_OF_RANGE, overflow);
        assertEngineError(() -> apply(old, UpdateAction.add(p("tiny"), v(1))),
                ErrorCode.NUMBER_OUT_OF_RANGE, overflow);
        assertThat(apply(old, UpdateAction.set(p("x"), SetValue.plus(value(1),
                value(new BigDecimal("10000000000000000000000"))))).get("x"))
                .isEqualTo(v(new BigDecimal("10000000000000000000001")));
        assertEngineError(() -> apply(old, UpdateAction.add(p("big"),
                v(new BigDecimal("1E125")))), ErrorCode.NUMBER_OUT_OF_RANGE, overflow);
    }

    @Test
    void ifNotExistsReadsThePathOrFallsBack() {
        Item old = item("pk", "k", "a", 2, "m", m("x", 1));
        SetValue orFour = SetValue.ifNotExists(p("c"), value(4));
        assertThat(apply(old, UpdateAction.set(p("b"), orFour)).get("b")).isEqualTo(v(4));
        assertThat(apply(old, UpdateAction.set(p("b"), SetValue.ifNotExists(p("a"), value(4))))
                .get("b")).isEqualTo(v(2));
        assertThat(apply(old, UpdateAction.set(p("b"), SetValue.ifNotExists(p("m").field("x"),
                value(4)))).get("b")).isEqualTo(v(1));
        assertThat(apply(old, UpdateAction.set(p("b"), SetValue.ifNotExists(p("c"),
                SetValue.ifNotExists(p("a"), value(4))))).get("b")).isEqualTo(v(2));
        assertThat(apply(null, UpdateAction.set(p("n"), SetValue.plus(SetValue.ifNotExists(
                p("n"), value(0)), value(1))))).isEqualTo(item("pk", "k", "n", 1));
        assertEngineError(() -> SetValue.ifNotExists(p("a"), path(p("a"))), ErrorCode.VALIDATION,
                "Invalid UpdateExpression: The first operand must be distinct from the remaining "
                        + "operands for this operator or function; operator: if_not_exists, "
                        + "first operand: [a]");
    }

    @Test
    void listAppendConcatenatesLists() {
        Item old = item("pk", "k", "a", l("hi", 2), "s", "str");
        assertThat(apply(old, UpdateAction.set(p("a"), SetValue.listAppend(path(p("a")),
                value(l(4, "hello"))))).get("a")).isEqualTo(l("hi", 2, 4, "hello"));
        assertThat(apply(old, UpdateAction.set(p("a"), SetValue.listAppend(value(l("dog")),
                path(p("a"))))).get("a")).isEqualTo(l("dog", "hi", 2));
        assertThat(apply(old, UpdateAction.set(p("b"), SetValue.listAppend(path(p("a")),
                path(p("a"))))).get("b")).isEqualTo(l("hi", 2, "hi", 2));
        assertThat(apply(null, UpdateAction.set(p("a"), SetValue.listAppend(
                SetValue.ifNotExists(p("a"), value(l())), value(l(1)))))).isEqualTo(
                        item("pk", "k", "a", l(1)));
        assertEngineError(() -> apply(old, UpdateAction.set(p("a"), SetValue.listAppend(
                path(p("b")), value(l(1))))), ErrorCode.VALIDATION, MISSING);
        assertEngineError(() -> apply(old, UpdateAction.set(p("a"), SetValue.listAppend(
                value(l(1)), path(p("s"))))), ErrorCode.VALIDATION, WRONG_TYPE);
    }

    @Test
    void listAppendRefusesNonListConstantsAndNesting() {
        assertEngineError(() -> SetValue.listAppend(value(l(1)), value("hi")),
                ErrorCode.VALIDATION, "Invalid UpdateExpression: Incorrect operand type for "
                        + "operator or function; operator or function: list_append, operand "
                        + "type: S");
        assertEngineError(() -> SetValue.listAppend(SetValue.listAppend(value(l(1)),
                value(l(2))), value(l(3))), ErrorCode.VALIDATION, "Invalid UpdateExpression: "
                        + "The function is not allowed to be used this way in an expression; "
                        + "function: list_append");
    }

    @Test
    void addIncrementsNumbersAndCreatesThem() {
        Item old = item("pk", "k", "a", 3, "b", "hi", "m", m("n", 1));
        assertThat(apply(old, UpdateAction.add(p("a"), v(4))).get("a")).isEqualTo(v(7));
        assertThat(apply(old, UpdateAction.add(p("a"), v(-4))).get("a")).isEqualTo(v(-1));
        assertThat(apply(old, UpdateAction.add(p("c"), v(7))).get("c")).isEqualTo(v(7));
        assertThat(apply(null, UpdateAction.add(p("c"), v(8)))).isEqualTo(item("pk", "k",
                "c", 8));
        assertThat(apply(old, UpdateAction.add(p("m").field("n"), v(1))).get("m"))
                .isEqualTo(m("n", 2));
        assertThat(apply(old, UpdateAction.add(p("m").field("o"), v(1))).get("m"))
                .isEqualTo(m("n", 1, "o", 1));
        assertEngineError(() -> apply(old, UpdateAction.add(p("b"), v(1))),
                ErrorCode.VALIDATION, WRONG_TYPE);
        assertEngineError(() -> apply(old, UpdateAction.add(p("x").field("y"), v(1))),
                ErrorCode.VALIDATION, INVALID_PATH);
    }

    @Test
    void addUnitesSetsAndCreatesThem() {
        Item old = item("pk", "k", "s", ss("dog", "cat"), "n", ns(1, 2),
                "b", bs(new byte[] {1}));
        assertThat(apply(old, UpdateAction.add(p("s"), ss("pig", "cat"))).get("s"))
                .isEqualTo(ss("dog", "cat", "pig"));
        assertThat(apply(old, UpdateAction.add(p("n"), ns(2, 3))).get("n"))
                .isEqualTo(ns(1, 2, 3));
        assertThat(apply(old, UpdateAction.add(p("b"), bs(new byte[] {2}))).get("b"))
                .isEqualTo(bs(new byte[] {1}, new byte[] {2}));
        assertThat(apply(old, UpdateAction.add(p("new"), ss("x"))).get("new")).isEqualTo(ss("x"));
        assertThat(apply(null, UpdateAction.add(p("new"), ns(5))))
                .isEqualTo(item("pk", "k", "new", ns(5)));
        assertEngineError(() -> apply(old, UpdateAction.add(p("s"), ns(1))),
                ErrorCode.VALIDATION, WRONG_TYPE);
        assertEngineError(() -> apply(item("pk", "k", "l", l(1, 2)), UpdateAction.add(p("l"),
                ns(3))), ErrorCode.VALIDATION, WRONG_TYPE);
        assertEngineError(() -> apply(old, UpdateAction.add(p("n"), v(1))),
                ErrorCode.VALIDATION, WRONG_TYPE);
    }

    @Test
    void addAcceptsOnlyNumbersAndSets() {
        Object[][] refused = {{"hello", "STRING"}, {true, "BOOLEAN"}, {new byte[] {1}, "BINARY"},
            {l(1), "LIST"}, {m("a", 1), "MAP"}, {nul(), "NULL"}};
        for (Object[] bad : refused) {
            assertEngineError(() -> UpdateAction.add(p("a"), v(bad[0])), ErrorCode.VALIDATION,
                    "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                            + "operator: ADD, operand type: " + bad[1]);
        }
    }

    @Test
    void deleteTakesMembersOutOfSets() {
        Item old = item("pk", "k", "a", ss("dog", "cat", "mouse"), "n", ns(1, 2),
                "b", bs(new byte[] {1}, new byte[] {2}), "c", "hi");
        assertThat(apply(old, UpdateAction.delete(p("a"), ss("cat", "mouse"))).get("a"))
                .isEqualTo(ss("dog"));
        assertThat(apply(old, UpdateAction.delete(p("a"), ss("pig"))).get("a"))
                .isEqualTo(ss("dog", "cat", "mouse"));
        assertThat(apply(old, UpdateAction.delete(p("n"), ns(2))).get("n")).isEqualTo(ns(1));
        assertThat(apply(old, UpdateAction.delete(p("b"), bs(new byte[] {1}))).get("b"))
                .isEqualTo(bs(new byte[] {2}));
        // An emptied set is removed; a missing one stays missing.
        assertThat(apply(old, UpdateAction.delete(p("n"), ns(1, 2, 3))).get("n")).isNull();
        assertThat(apply(old, UpdateAction.delete(p("x"), ss("dog"))).get("x")).isNull();
        assertThat(apply(null, UpdateAction.delete(p("x"), ss("dog")))).isEqualTo(KEY);
        assertEngineError(() -> apply(old, UpdateAction.delete(p("a"), ns(1))),
                ErrorCode.VALIDATION, WRONG_TYPE);
        assertEngineError(() -> apply(old, UpdateAction.delete(p("c"), ss("h"))),
                ErrorCode.VALIDATION, WRONG_TYPE);
        Item nested = item("pk", "k", "m", m("tags", ss("a", "b")));
        assertThat(apply(nested, UpdateAction.delete(p("m").field("tags"), ss("a", "b"))))
                .isEqualTo(item("pk", "k", "m", m()));
    }

    @Test
    void deleteAcceptsOnlySets() {
        Object[][] refused = {{"hello", "STRING"}, {1, "NUMBER"}, {true, "BOOLEAN"},
            {l(1), "LIST"}, {m("a", 1), "MAP"}, {nul(), "NULL"}, {new byte[] {1}, "BINARY"}};
        for (Object[] bad : refused) {
            assertEngineError(() -> UpdateAction.delete(p("a"), v(bad[0])), ErrorCode.VALIDATION,
                    "Invalid UpdateExpression: Incorrect operand type for operator or function; "
                            + "operator: DELETE, operand type: " + bad[1]);
        }
    }

    @Test
    void overlappingPathsAreRefusedNamingTheEarlierPathFirst() {
        String prefix = "Invalid UpdateExpression: Two document paths overlap with each other; "
                + "must remove or rewrite one of these paths; ";
        assertEngineError(() -> UpdateExpression.of(set(p("a"), 1), UpdateAction.remove(p("a"))),
                ErrorCode.VALIDATION, prefix + "path one: [a], path two: [a]");
        assertEngineError(() -> UpdateExpression.of(set(p("a"), 1), set(p("a").field("b"), 2)),
                ErrorCode.VALIDATION, prefix + "path one: [a], path two: [a, b]");
        assertEngineError(() -> UpdateExpression.of(set(p("a").field("b").field("c"), 1),
                UpdateAction.add(p("a").field("b"), v(2))), ErrorCode.VALIDATION,
                prefix + "path one: [a, b, c], path two: [a, b]");
        assertEngineError(() -> UpdateExpression.of(set(p("a").index(1).index(1), 1),
                set(p("a").index(1), 2)), ErrorCode.VALIDATION,
                prefix + "path one: [a, [1], [1]], path two: [a, [1]]");
        // An overlap is reported even after a conflict (dynalite's order, as DynamoDB's).
        assertEngineError(() -> UpdateExpression.of(set(p("d").index(1), 1),
                set(p("d").field("b"), 1), set(p("c").index(1).field("a"), 1), set(p("c"), 1)),
                ErrorCode.VALIDATION, prefix + "path one: [c, [1], a], path two: [c]");
    }

    @Test
    void conflictingPathsAreRefused() {
        String prefix = "Invalid UpdateExpression: Two document paths conflict with each other; "
                + "must remove or rewrite one of these paths; ";
        assertEngineError(() -> UpdateExpression.of(UpdateAction.remove(p("a").field("c")),
                set(p("a").index(1), 1)), ErrorCode.VALIDATION,
                prefix + "path one: [a, c], path two: [a, [1]]");
        assertEngineError(() -> UpdateExpression.of(set(p("c").index(3).field("[3]"), 1),
                set(p("c").index(3).index(3), 1)), ErrorCode.VALIDATION,
                prefix + "path one: [c, [3], [3]], path two: [c, [3], [3]]");
    }

    @Test
    void independentPathsOfOneDocumentCombine() {
        Item old = item("pk", "k", "a", m("x", 3, "y", 4, "c", m("y", 3)), "b", m("x", 1, "y", 2));
        Item after = apply(old, set(p("a").field("b"), 10), set(p("a").field("c").field("d"),
                "dog"), set(p("b").field("x"), 17), UpdateAction.remove(p("a").field("x")),
                UpdateAction.remove(p("b").field("y")));
        assertThat(after).isEqualTo(item("pk", "k", "a", m("y", 4, "b", 10, "c", m("y", 3,
                "d", "dog")), "b", m("x", 17)));
    }

    @Test
    void anEmptyUpdateIsRefused() {
        assertEngineError(() -> UpdateExpression.of(List.of()), ErrorCode.VALIDATION,
                "Invalid UpdateExpression: The expression can not be empty;");
    }

    @Test
    void anUpdateThatNestsTooDeeplyFails() {
        AttributeValue deep = v(1);
        for (int i = 0; i < 31; i++) {
            deep = m("m", deep);
        }
        Item old = item("pk", "k", "a", m("b", 1));
        // The map a (level 1) holding, as b, 31 maps around a scalar: 33 levels, one too many.
        AttributeValue tooDeep = deep;
        assertEngineError(() -> apply(old, UpdateAction.set(p("a").field("b"), tooDeep)),
                ErrorCode.VALIDATION, "Nesting Levels have exceeded supported limits: "
                        + "Attributes in the item have nested levels beyond supported limit");
        AttributeValue deepest = ((AttributeValue.M) deep).values().get("m");
        assertThat(apply(old, UpdateAction.set(p("a").field("b"), deepest)).get("a"))
                .isEqualTo(m("b", deepest));
    }

    @Test
    void updatedPathsProjectWhatTheActionsWrote() {
        UpdateExpression update = UpdateExpression.of(set(p("a").field("c").index(1), 7),
                UpdateAction.remove(p("d")), UpdateAction.add(p("n"), v(1)));
        assertThat(update.updatedPaths().paths()).containsExactly(p("a").field("c").index(1),
                p("d"), p("n"));
    }

    @Test
    void toStringGroupsActionsByClause() {
        UpdateExpression update = UpdateExpression.of(set(p("a"), 1),
                UpdateAction.remove(p("l").index(0)),
                UpdateAction.set(p("n"), SetValue.plus(SetValue.ifNotExists(p("n"), value(0)),
                        value(1))),
                UpdateAction.add(p("s"), ss("x")), UpdateAction.delete(p("t"), ns(2)),
                UpdateAction.set(p("m").field("k"), SetValue.listAppend(path(p("q")),
                        value(l("z")))));
        assertThat(update).hasToString("SET a = 1, n = if_not_exists(n, 0) + 1, "
                + "m.k = list_append(q, ['z']) REMOVE l[0] ADD s <<'x'>> DELETE t <<2>>");
        assertThat(UpdateExpression.of(set(p("a"), 1))).isEqualTo(UpdateExpression.of(
                set(p("a"), 1)));
    }
}
