package io.partidb.engine.value;

import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** DynamoDB's rules and messages for the three set types, shared by their records. */
final class Sets {
    // DynamoDB's texts, including the doubled space and the grammar.
    static final String EMPTY_STRING_SET =
            "One or more parameter values were invalid: An string set  may not be empty";
    static final String EMPTY_NUMBER_SET =
            "One or more parameter values were invalid: An number set  may not be empty";
    static final String EMPTY_BINARY_SET =
            "One or more parameter values were invalid: Binary sets should not be empty";
    private static final String DUPLICATES_PREFIX =
            "One or more parameter values were invalid: Input collection ";

    private Sets() {
    }

    /** The distinct members of {@code values} in order; fails when empty or when members repeat. */
    static <T> Set<T> distinct(Collection<T> values, Function<T, T> canonical,
            String emptyMessage, Function<List<T>, String> duplicatesMessage) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION, emptyMessage);
        }
        List<T> members = new ArrayList<>(values.size());
        for (T value : values) {
            members.add(canonical.apply(Objects.requireNonNull(value, "set member")));
        }
        Set<T> set = new LinkedHashSet<>(members);
        if (set.size() != members.size()) {
            throw new EngineException(ErrorCode.VALIDATION, duplicatesMessage.apply(members));
        }
        return set;
    }

    /**
     * An unmodifiable insertion-ordered copy of {@code values} after canonicalising members. Only
     * numbers can collide here: 1 and 1.0 are two BigDecimals but one DynamoDB number.
     */
    static <T> Set<T> copy(Set<T> values, Function<T, T> canonical, String emptyMessage,
            Function<List<T>, String> duplicatesMessage) {
        return Collections.unmodifiableSet(
                distinct(values, canonical, emptyMessage, duplicatesMessage));
    }

    static String describeStrings(List<String> members) {
        return DUPLICATES_PREFIX + members + " contains duplicates.";
    }

    static String describeNumbers(List<BigDecimal> members) {
        return DUPLICATES_PREFIX
                + members.stream().map(Numbers::plain).collect(Collectors.joining(", ", "[", "]"))
                + " contains duplicates.";
    }

    // DynamoDB's text for binary sets has no space before "of type".
    static String describeBinaries(List<Bytes> members) {
        return DUPLICATES_PREFIX + members + "of type BS contains duplicates.";
    }
}
