package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import io.partidb.engine.value.AttributeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.a;
import static io.partidb.engine.expr.Docs.at;
import static io.partidb.engine.expr.Docs.bs;
import static io.partidb.engine.expr.Docs.c;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.nul;
import static io.partidb.engine.expr.Docs.ns;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.ss;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;

/** Every operator and function of conditions, with missing operands and type mismatches. */
class ConditionTest {
    /** One value of each of the ten types. */
    private static final List<AttributeValue> SAMPLES = List.of(v(1), v("hello"), v(true),
            v(new byte[] {1, 2}), nul(), l("hello", 42), m("hello", "world"),
            ss("hello", "world"), ns(1, 2, 3), bs(new byte[] {1}, new byte[] {2}));

    private static final Item ITEM = item("pk", "k", "n", 5, "s", "cat", "b", new byte[] {5, 6},
            "t", true, "z", nul(), "list", l(2, "dog", m("x", 1)), "map", m("x", 1, "y", l(-1, 2)),
            "strings", ss("a", "b"), "numbers", ns(2, 4, 7), "bins", bs(new byte[] {1}));

    @Test
    void equalityHoldsForEqualValuesOfEveryType() {
        for (AttributeValue value : SAMPLES) {
            Item it = item("x", value, "y", value);
            assertThat(Condition.eq(a("x"), a("y")).test(it)).as(value.toString()).isTrue();
            assertThat(Condition.eq(a("x"), Operand.value(value)).test(it)).isTrue();
            assertThat(Condition.ne(a("x"), a("y")).test(it)).isFalse();
        }
    }

    @Test
    void valuesOfDifferentTypesAreNeverEqual() {
        for (AttributeValue x : SAMPLES) {
            for (AttributeValue y : SAMPLES) {
                if (x != y) {
                    Item it = item("x", x, "y", y);
                    assertThat(Condition.eq(a("x"), a("y")).test(it)).as(x + " = " + y).isFalse();
                    assertThat(Condition.ne(a("x"), a("y")).test(it)).as(x + " <> " + y).isTrue();
                }
            }
        }
    }

    @Test
    void equalityComparesNumbersByValueAndSetsAndMapsWithoutOrder() {
        Item it = item("n", new BigDecimal("1.50"), "set", ss("b", "a"), "map", m("q", 1, "r", 2),
                "list", l(1, 2));
        assertThat(Condition.eq(a("n"), c(new BigDecimal("1.5"))).test(it)).isTrue();
        assertThat(Condition.eq(a("set"), c(ss("a", "b"))).test(it)).isTrue();
        assertThat(Condition.eq(a("map"), c(m("r", 2, "q", 1))).test(it)).isTrue();
        assertThat(Condition.eq(a("list"), c(l(2, 1))).test(it)).isFalse();
    }

    @Test
    void aMissingOperandIsNeverEqualButAlwaysUnequal() {
        assertThat(Condition.eq(a("q"), c(1)).test(ITEM)).isFalse();
        assertThat(Condition.eq(a("q"), a("r")).test(ITEM)).isFalse();
        assertThat(Condition.ne(a("q"), c(1)).test(ITEM)).isTrue();
        assertThat(Condition.ne(a("q"), a("r")).test(ITEM)).isTrue();
        assertThat(Condition.eq(a("q"), c(1)).test(null)).isFalse();
        assertThat(Condition.ne(a("q"), c(1)).test(null)).isTrue();
    }

    @Test
    void orderingOperatorsOrderStringsNumbersAndBinaries() {
        assertThat(Condition.lt(a("n"), c(6)).test(ITEM)).isTrue();
        assertThat(Condition.lt(a("n"), c(5)).test(ITEM)).isFalse();
        assertThat(Condition.le(a("n"), c(5)).test(ITEM)).isTrue();
        assertThat(Condition.gt(a("n"), c(new BigDecimal("4.99"))).test(ITEM)).isTrue();
        assertThat(Condition.ge(a("n"), c(6)).test(ITEM)).isFalse();
        assertThat(Condition.lt(a("s"), c("dog")).test(ITEM)).isTrue();
        assertThat(Condition.gt(a("s"), c("aardvark")).test(ITEM)).isTrue();
        assertThat(Condition.le(a("s"), c("cat")).test(ITEM)).isTrue();
        assertThat(Condition.lt(a("b"), c(new byte[] {5, 7})).test(ITEM)).isTrue();
        assertThat(Condition.gt(a("b"), c(new byte[] {(byte) 0x80})).test(ITEM)).isFalse();
        assertThat(Condition.ge(c(10), a("n")).test(ITEM)).isTrue();
    }

    @Test
    void stringsOrderByUtf8BytesNotUtf16() {
        // U+FFFD sorts before U+1F600 in UTF-8, after its surrogates in UTF-16.
        Item it = item("s", "\uFFFD");
        assertThat(Condition.lt(a("s"), c("\uD83D\uDE00")).test(it)).isTrue();
        assertThat(Condition.lt(c("a"), c("b")).test(it)).isTrue();
        assertThat(Condition.gt(c("a"), c("B")).test(it)).isTrue();
    }

    @Test
    void orderingAcrossTypesOrWithAMissingOrUnorderedStoredValueIsFalse() {
        for (ComparisonOperator op : List.of(ComparisonOperator.LT, ComparisonOperator.LE,
                ComparisonOperator.GT, ComparisonOperator.GE)) {
            assertThat(Condition.compare(op, a("n"), c("17")).test(ITEM)).isFalse();
            assertThat(Condition.compare(op, a("q"), c(1)).test(ITEM)).isFalse();
            assertThat(Condition.compare(op, c(1), a("q")).test(ITEM)).isFalse();
            assertThat(Condition.compare(op, a("q"), a("r")).test(ITEM)).isFalse();
            assertThat(Condition.compare(op, a("list"), c(1)).test(ITEM)).isFalse();
            assertThat(Condition.compare(op, a("t"), a("n")).test(ITEM)).isFalse();
        }
    }

    @Test
    void anUnorderableConstantOfAnOrderingOperatorIsAValidationError() {
        for (ComparisonOperator op : List.of(ComparisonOperator.LT, ComparisonOperator.LE,
                ComparisonOperator.GT, ComparisonOperator.GE)) {
            for (AttributeValue value : List.of(v(true), nul(), l(1), m("a", 1), ss("a"),
                    ns(1), bs(new byte[] {1}))) {
                String message = "Incorrect operand type for operator or function; operator or "
                        + "function: " + op.symbol() + ", operand type: " + value.type();
                assertEngineError(() -> Condition.compare(op, a("n"), Operand.value(value)),
                        ErrorCode.VALIDATION, message);
                assertEngineError(() -> Condition.compare(op, Operand.value(value), a("n")),
                        ErrorCode.VALIDATION, message);
            }
        }
        // Equality accepts every type.
        assertThat(Condition.eq(a("t"), c(true)).test(ITEM)).isTrue();
    }

    @Test
    void betweenIsInclusiveAndNeedsOneOrderableType() {
        assertThat(Condition.between(a("n"), c(5), c(7)).test(ITEM)).isTrue();
        assertThat(Condition.between(a("n"), c(1), c(5)).test(ITEM)).isTrue();
        assertThat(Condition.between(a("n"), c(6), c(7)).test(ITEM)).isFalse();
        assertThat(Condition.between(a("s"), c("c"), c("d")).test(ITEM)).isTrue();
        assertThat(Condition.between(a("b"), c(new byte[] {5}), c(new byte[] {6}))
                .test(ITEM)).isTrue();
        assertThat(Condition.between(a("s"), c(1), c(9)).test(ITEM)).isFalse();
        assertThat(Condition.between(a("q"), c(1), c(9)).test(ITEM)).isFalse();
        assertThat(Condition.between(a("n"), a("q"), c(9)).test(ITEM)).isFalse();
        assertThat(Condition.between(a("list"), c(1), c(9)).test(ITEM)).isFalse();
        // Bounds read from the item in the wrong order simply fail.
        Item it = item("x", 5, "lo", 9, "hi", 1);
        assertThat(Condition.between(a("x"), a("lo"), a("hi")).test(it)).isFalse();
    }

    @Test
    void betweenRefusesUnorderableOrMismatchedOrReversedConstantBounds() {
        assertEngineError(() -> Condition.between(a("n"), c(true), c(9)), ErrorCode.VALIDATION,
                "Incorrect operand type for operator or function; operator or function: BETWEEN, "
                        + "operand type: BOOL");
        assertEngineError(() -> Condition.between(a("n"), c(1), c("10")), ErrorCode.VALIDATION,
                "The BETWEEN operator requires same data type for lower and upper bounds; lower "
                        + "bound operand: AttributeValue: {N:1}, upper bound operand: "
                        + "AttributeValue: {S:10}");
        assertEngineError(() -> Condition.between(a("n"), c(10), c(1)), ErrorCode.VALIDATION,
                "The BETWEEN operator requires upper bound to be greater than or equal to lower "
                        + "bound; lower bound operand: AttributeValue: {N:10}, upper bound "
                        + "operand: AttributeValue: {N:1}");
        assertEngineError(() -> Condition.between(a("s"), c("b"), c("a")), ErrorCode.VALIDATION,
                "The BETWEEN operator requires upper bound to be greater than or equal to lower "
                        + "bound; lower bound operand: AttributeValue: {S:b}, upper bound "
                        + "operand: AttributeValue: {S:a}");
        assertThat(Condition.between(a("n"), c(5), c(5)).test(ITEM)).isTrue();
    }

    @Test
    void inMatchesAnyCandidateOfAnyType() {
        assertThat(Condition.in(a("n"), c("dog"), c(5)).test(ITEM)).isTrue();
        assertThat(Condition.in(a("n"), c(4), c(6)).test(ITEM)).isFalse();
        assertThat(Condition.in(a("list"), c(1), c(l(2, "dog", m("x", 1)))).test(ITEM)).isTrue();
        assertThat(Condition.in(a("numbers"), c(ns(7, 4, 2))).test(ITEM)).isTrue();
        assertThat(Condition.in(a("q"), c(1), a("r")).test(ITEM)).isFalse();
        assertThat(Condition.in(a("n"), a("s"), at(p("map").field("x")), c(5)).test(ITEM))
                .isTrue();
    }

    @Test
    void logicalOperatorsCombineAndNotTurnsAFailedComparisonOnMissingIntoTrue() {
        Condition yes = Condition.eq(a("n"), c(5));
        Condition no = Condition.eq(a("n"), c(6));
        assertThat(Condition.and(yes, yes).test(ITEM)).isTrue();
        assertThat(Condition.and(yes, no).test(ITEM)).isFalse();
        assertThat(Condition.and(yes, yes, no).test(ITEM)).isFalse();
        assertThat(Condition.or(no, yes).test(ITEM)).isTrue();
        assertThat(Condition.or(no, no).test(ITEM)).isFalse();
        assertThat(Condition.or(no, no, yes).test(ITEM)).isTrue();
        assertThat(Condition.not(no).test(ITEM)).isTrue();
        assertThat(Condition.not(yes).test(ITEM)).isFalse();
        assertThat(Condition.not(Condition.eq(a("q"), c("x"))).test(ITEM)).isTrue();
        assertThat(Condition.not(Condition.eq(a("q"), c("x"))).test(null)).isTrue();
    }

    @Test
    void attributeExistsAndNotExistsFollowPaths() {
        assertThat(Condition.attributeExists(p("n")).test(ITEM)).isTrue();
        assertThat(Condition.attributeExists(p("z")).test(ITEM)).as("NULL exists").isTrue();
        assertThat(Condition.attributeExists(p("map").field("y").index(1)).test(ITEM)).isTrue();
        assertThat(Condition.attributeExists(p("map").field("y").index(2)).test(ITEM)).isFalse();
        assertThat(Condition.attributeExists(p("map").index(0)).test(ITEM)).isFalse();
        assertThat(Condition.attributeExists(p("n").field("x")).test(ITEM)).isFalse();
        assertThat(Condition.attributeExists(p("q")).test(ITEM)).isFalse();
        assertThat(Condition.attributeExists(p("pk")).test(null)).isFalse();
        assertThat(Condition.attributeNotExists(p("q")).test(ITEM)).isTrue();
        assertThat(Condition.attributeNotExists(p("list").index(2).field("x")).test(ITEM))
                .isFalse();
        assertThat(Condition.attributeNotExists(p("pk")).test(null)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AttributeType.class)
    void attributeTypeTellsEachTypeApart(AttributeType type) {
        Map<AttributeType, String> attributeOf = Map.of(AttributeType.S, "s", AttributeType.N,
                "n", AttributeType.B, "b", AttributeType.BOOL, "t", AttributeType.NULL, "z",
                AttributeType.L, "list", AttributeType.M, "map", AttributeType.SS, "strings",
                AttributeType.NS, "numbers", AttributeType.BS, "bins");
        for (Map.Entry<AttributeType, String> e : attributeOf.entrySet()) {
            assertThat(Condition.attributeType(p(e.getValue()), type).test(ITEM))
                    .as(e.getValue() + " is " + type).isEqualTo(e.getKey() == type);
        }
        assertThat(Condition.attributeType(p("q"), type).test(ITEM)).isFalse();
    }

    @Test
    void attributeTypeAlsoTakesAConstant() {
        assertThat(Condition.attributeType(c(0), AttributeType.N).test(null)).isTrue();
        assertThat(Condition.attributeType(at(p("map").field("y")), AttributeType.L).test(ITEM))
                .isTrue();
    }

    @Test
    void beginsWithMatchesStringAndBinaryPrefixes() {
        assertThat(Condition.beginsWith(a("s"), c("ca")).test(ITEM)).isTrue();
        assertThat(Condition.beginsWith(a("s"), c("cat")).test(ITEM)).isTrue();
        assertThat(Condition.beginsWith(a("s"), c("dog")).test(ITEM)).isFalse();
        assertThat(Condition.beginsWith(a("s"), c("")).test(ITEM)).isTrue();
        assertThat(Condition.beginsWith(a("b"), c(new byte[] {5})).test(ITEM)).isTrue();
        assertThat(Condition.beginsWith(a("b"), c(new byte[] {6})).test(ITEM)).isFalse();
        assertThat(Condition.beginsWith(a("b"), c(new byte[] {5, 6, 7})).test(ITEM)).isFalse();
        assertThat(Condition.beginsWith(c("catalogue"), a("s")).test(ITEM)).isTrue();
        // Mismatched or missing values from the item fail, without error.
        assertThat(Condition.beginsWith(a("b"), c("ca")).test(ITEM)).isFalse();
        assertThat(Condition.beginsWith(a("n"), c("5")).test(ITEM)).isFalse();
        assertThat(Condition.beginsWith(a("q"), c("a")).test(ITEM)).isFalse();
        assertThat(Condition.beginsWith(a("s"), a("list")).test(ITEM)).isFalse();
    }

    @Test
    void beginsWithRefusesConstantsOtherThanStringOrBinary() {
        assertEngineError(() -> Condition.beginsWith(a("s"), c(2)), ErrorCode.VALIDATION,
                "Incorrect operand type for operator or function; operator or function: "
                        + "begins_with, operand type: N");
        assertEngineError(() -> Condition.beginsWith(c(l("a")), a("s")), ErrorCode.VALIDATION,
                "Incorrect operand type for operator or function; operator or function: "
                        + "begins_with, operand type: L");
    }

    @Test
    void containsFindsSubstringsBytesSetMembersAndListElements() {
        assertThat(Condition.contains(a("s"), c("at")).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("s"), c("dog")).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("b"), c(new byte[] {6})).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("b"), c(new byte[] {6, 5})).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("strings"), c("b")).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("strings"), c("c")).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("numbers"), c(4)).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("numbers"), c("4")).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("bins"), c(new byte[] {1})).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("list"), c("dog")).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("list"), c(m("x", 1))).test(ITEM)).isTrue();
        assertThat(Condition.contains(a("list"), c(3)).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("n"), c(5)).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("map"), c("x")).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("q"), c("x")).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("s"), a("q")).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("list"), at(p("map").field("x"))).test(ITEM)).isFalse();
        assertThat(Condition.contains(a("numbers"), at(p("list").index(0))).test(ITEM)).isTrue();
    }

    @Test
    void sizeCountsCharactersBytesMembersAndElements() {
        Item it = item("ascii", "hello", "accent", "\u00e9", "clef", "\u00e9\uD834\uDD1E",
                "b", new byte[] {1, 2, 3}, "set", ns(2, 4, 7), "list", l(2, "dog", 7),
                "map", m("x", 2, "y", m("m", 3, "n", 4)), "empty", "", "n", 5, "t", true,
                "z", nul());
        assertSize(it, "ascii", 5);
        assertSize(it, "accent", 1);
        // DynamoDB counts UTF-16 code units: a character beyond the BMP counts 2.
        assertSize(it, "clef", 3);
        assertSize(it, "b", 3);
        assertSize(it, "set", 3);
        assertSize(it, "list", 3);
        assertSize(it, "map", 2);
        assertSize(it, "empty", 0);
        assertThat(Condition.eq(Operand.size(p("map").field("y")), c(2)).test(it)).isTrue();
        for (String unsized : List.of("n", "t", "z", "missing")) {
            assertThat(Condition.eq(Operand.size(p(unsized)), c(1)).test(it)).isFalse();
            assertThat(Condition.ne(Operand.size(p(unsized)), c(1)).test(it)).isTrue();
            assertThat(Condition.ge(Operand.size(p(unsized)), c(0)).test(it)).isFalse();
        }
        assertThat(Condition.eq(Operand.size(p("ascii")), c("5")).test(it)).isFalse();
        assertThat(Condition.lt(Operand.size(p("ascii")), c(7)).test(it)).isTrue();
        assertThat(Condition.eq(Operand.size(p("list")), a("list")).test(it)).isFalse();
        Item withCount = item("s", "hello", "count", 5);
        assertThat(Condition.eq(Operand.size(p("s")), a("count")).test(withCount)).isTrue();
    }

    private static void assertSize(Item it, String attribute, int size) {
        assertThat(Condition.eq(Operand.size(p(attribute)), c(size)).test(it))
                .as("size(" + attribute + ") = " + size).isTrue();
    }

    @Test
    void theFirstOperandMustDifferFromTheOthers() {
        String prefix = "The first operand must be distinct from the remaining operands for this "
                + "operator or function; operator: ";
        assertEngineError(() -> Condition.eq(a("a"), a("a")), ErrorCode.VALIDATION,
                prefix + "=, first operand: [a]");
        assertEngineError(() -> Condition.gt(at(p("a").index(1).field("b")),
                at(p("a").index(1).field("b"))), ErrorCode.VALIDATION,
                prefix + ">, first operand: [a, [1], b]");
        assertEngineError(() -> Condition.contains(a("a"), a("a")), ErrorCode.VALIDATION,
                prefix + "contains, first operand: [a]");
        assertEngineError(() -> Condition.beginsWith(a("a"), a("a")), ErrorCode.VALIDATION,
                prefix + "begins_with, first operand: [a]");
        assertEngineError(() -> Condition.between(a("a"), c(1), a("a")), ErrorCode.VALIDATION,
                prefix + "BETWEEN, first operand: [a]");
        assertEngineError(() -> Condition.in(a("a"), c(1), a("a")), ErrorCode.VALIDATION,
                prefix + "IN, first operand: [a]");
        // Constants may repeat, and so may different paths.
        assertThat(Condition.eq(c(1), c(1)).test(null)).isTrue();
        assertThat(Condition.eq(a("a"), at(p("a").field("b"))).test(null)).isFalse();
    }

    @Test
    void aConditionIsAPredicateOfItems() {
        Predicate<Item> filter = Condition.gt(a("n"), c(1));
        List<Item> kept = Stream.of(item("n", 1), item("n", 2), item("m", 3)).filter(filter)
                .toList();
        assertThat(kept).containsExactly(item("n", 2));
    }

    @Test
    void toStringUsesExpressionSyntax() {
        Condition condition = Condition.and(
                Condition.or(Condition.eq(at(p("a").field("b").index(2)), c("x")),
                        Condition.not(Condition.attributeExists(p("my attr")))),
                Condition.between(Operand.size(p("s")), c(1), c(5)),
                Condition.in(a("n"), c(1), c(2)));
        assertThat(condition).hasToString("(a.b[2] = 'x' OR NOT attribute_exists(\"my attr\")) "
                + "AND size(s) BETWEEN 1 AND 5 AND n IN (1, 2)");
        assertThat(Condition.not(Condition.and(Condition.beginsWith(a("s"), c("p")),
                Condition.contains(a("l"), c(3))))).hasToString(
                        "NOT (begins_with(s, 'p') AND contains(l, 3))");
        assertThat(Condition.attributeType(p("t"), AttributeType.SS))
                .hasToString("attribute_type(t, 'SS')");
        assertThat(Condition.ne(a("x"), c(nul()))).hasToString("x <> NULL");
    }
}
