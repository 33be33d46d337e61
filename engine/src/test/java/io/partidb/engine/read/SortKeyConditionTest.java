package io.partidb.engine.read;

import io.partidb.engine.storage.SortKeyRange;
import io.partidb.engine.value.AttributeValue;
import io.partidb.engine.value.AttributeValues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Sort key conditions: matching, their key ranges, and the end of a prefix range. */
class SortKeyConditionTest {

    private static AttributeValue s(String text) {
        return AttributeValue.ofString(text);
    }

    private static AttributeValue b(int... bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (byte) bytes[i];
        }
        return AttributeValue.ofBinary(out);
    }

    @Test
    void comparisonsFollowKeyOrder() {
        AttributeValue five = AttributeValue.ofNumber(5);
        AttributeValue tenth = AttributeValue.ofNumber("0.1");
        assertThat(SortKeyCondition.lt(five).matches(tenth)).isTrue();
        assertThat(SortKeyCondition.le(five).matches(AttributeValue.ofNumber("5.0"))).isTrue();
        assertThat(SortKeyCondition.gt(five).matches(five)).isFalse();
        assertThat(SortKeyCondition.ge(five).matches(five)).isTrue();
        assertThat(SortKeyCondition.eq(five).matches(AttributeValue.ofNumber("5e0"))).isTrue();
        assertThat(SortKeyCondition.between(tenth, five).matches(AttributeValue.ofNumber(1)))
                .isTrue();
        // UTF-8 order: 'z' (0x7A) < U+00BF (0xC2 0xBF).
        assertThat(SortKeyCondition.lt(s("\u00bf")).matches(s("z"))).isTrue();
        assertThat(SortKeyCondition.gt(b(0x7f)).matches(b(0x80))).isTrue();
    }

    @Test
    void beginsWithOnStringsAndBinaries() {
        assertThat(SortKeyCondition.beginsWith(s("ab")).matches(s("abc"))).isTrue();
        assertThat(SortKeyCondition.beginsWith(s("ab")).matches(s("a"))).isFalse();
        assertThat(SortKeyCondition.beginsWith(b(1, 2)).matches(b(1, 2, 3))).isTrue();
        assertThat(SortKeyCondition.beginsWith(b(1, 2)).matches(b(1, 3))).isFalse();
        assertThat(SortKeyCondition.beginsWith(b(1, 2)).matches(b(1))).isFalse();
    }

    @Test
    void prefixRangeEndsAtTheNextPrefix() {
        assertThat(PrefixBound.after(s("ab"))).isEqualTo(s("ac"));
        assertThat(PrefixBound.after(s("a\uffff"))).isEqualTo(s("a\ud800"));
        assertThat(PrefixBound.after(s("a\ud7ff"))).isEqualTo(s("a\ue000"));
        assertThat(PrefixBound.after(s("a\udbff\udfff"))).isEqualTo(s("a\udc00"));
        assertThat(PrefixBound.after(s("\udfff\udfff"))).isNull();
        assertThat(PrefixBound.after(b(1, 0xff))).isEqualTo(b(2));
        assertThat(PrefixBound.after(b(0xff, 0xff))).isNull();
        assertThat(PrefixBound.after(b(0x7f))).isEqualTo(b(0x80));
    }

    /** For random strings over awkward characters, range membership equals begins_with. */
    @Test
    void prefixRangeHoldsExactlyTheStringsWithThePrefix() {
        String[] alphabet = {"a", "b", "\u007f", "\u0080", "\u00bf", "\ud7ff", "\ue000",
            "\uffff", "\ud83d\ude00", "\udbff\udfff"};
        Random random = new Random(42);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int j = 0; j < length; j++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            strings.add(text.toString());
        }
        for (String prefix : strings.subList(0, 60)) {
            SortKeyCondition condition = SortKeyCondition.beginsWith(s(prefix));
            SortKeyRange range = condition.range();
            for (String candidate : strings) {
                assertThat(range.contains(s(candidate)))
                        .as("%s in range of begins_with %s", candidate, prefix)
                        .isEqualTo(candidate.startsWith(prefix));
            }
        }
    }

    @Test
    void rangesMatchTheirConditions() {
        List<AttributeValue> values = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            values.add(AttributeValue.ofNumber(i));
        }
        AttributeValue one = AttributeValue.ofNumber(1);
        List<SortKeyCondition> conditions = List.of(SortKeyCondition.eq(one),
                SortKeyCondition.lt(one), SortKeyCondition.le(one), SortKeyCondition.gt(one),
                SortKeyCondition.ge(one),
                SortKeyCondition.between(AttributeValue.ofNumber(-1), one));
        for (SortKeyCondition condition : conditions) {
            for (AttributeValue value : values) {
                assertThat(condition.range().contains(value)).as("%s on %s", condition, value)
                        .isEqualTo(condition.matches(value));
            }
        }
    }

    @Test
    void resumingNarrowsTheRangeInTheReadDirection() {
        SortKeyRange range = SortKeyCondition.between(s("b"), s("y")).range();
        SortKeyRange forward = range.after(s("m"), true);
        assertThat(forward.contains(s("m"))).isFalse();
        assertThat(forward.contains(s("n"))).isTrue();
        assertThat(forward.contains(s("y"))).isTrue();
        SortKeyRange reverse = range.after(s("m"), false);
        assertThat(reverse.contains(s("m"))).isFalse();
        assertThat(reverse.contains(s("l"))).isTrue();
        assertThat(reverse.contains(s("b"))).isTrue();
        assertThat(SortKeyCondition.eq(s("m")).range().after(s("m"), true).isEmpty()).isTrue();
        assertThat(AttributeValues.KEY_ORDER.compare(s("a"), s("b"))).isNegative();
    }

    @Test
    void rendersLikeAKeyCondition() {
        assertThat(SortKeyCondition.le(AttributeValue.ofNumber(3))).hasToString("<= 3");
        assertThat(SortKeyCondition.between(s("a"), s("b"))).hasToString("BETWEEN 'a' AND 'b'");
        assertThat(SortKeyCondition.beginsWith(s("x"))).hasToString("begins_with('x')");
    }
}
