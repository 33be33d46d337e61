package io.partidb.engine.expr;

import io.partidb.engine.Item;
import io.partidb.engine.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.p;
import static org.assertj.core.api.Assertions.assertThat;

/** ProjectionExpression semantics: nested paths keep their structure, missing paths vanish. */
class ProjectionTest {
    private static final Item ITEM = item("pk", "k", "a", m("b", l("zero", "one", m("x", 1,
            "y", 2)), "c", 3), "d", "dee", "e", l(l(1, 2), l(3, 4)));

    @Test
    void topLevelPathsKeepWholeValues() {
        assertThat(Projection.of(p("d"), p("pk")).apply(ITEM)).isEqualTo(item("pk", "k",
                "d", "dee"));
        assertThat(Projection.of(p("a")).apply(ITEM)).isEqualTo(item("a", ITEM.get("a")));
    }

    @Test
    void nestedPathsAreProjectedIntoTheirDocuments() {
        assertThat(Projection.of(p("a").field("b").index(1)).apply(ITEM))
                .isEqualTo(item("a", m("b", l("one"))));
        assertThat(Projection.of(p("a").field("b").index(2).field("y"), p("a").field("c"))
                .apply(ITEM)).isEqualTo(item("a", m("b", l(m("y", 2)), "c", 3)));
        assertThat(Projection.of(p("e").index(1).index(0), p("e").index(0).index(1))
                .apply(ITEM)).isEqualTo(item("e", l(l(2), l(3))));
    }

    @Test
    void severalIndexesOfOneListGiveACompactListInIndexOrder() {
        assertThat(Projection.of(p("a").field("b").index(2), p("a").field("b").index(0))
                .apply(ITEM)).isEqualTo(item("a", m("b", l("zero", m("x", 1, "y", 2)))));
    }

    @Test
    void pathsThatLeadNowhereAreLeftOut() {
        assertThat(Projection.of(p("a").field("b").index(9), p("d")).apply(ITEM))
                .isEqualTo(item("d", "dee"));
        assertThat(Projection.of(p("d").field("x"), p("a").index(0), p("q")).apply(ITEM)
                .attributes()).isEmpty();
        assertThat(Projection.of(p("a").field("b").index(1), p("a").field("zz")).apply(ITEM))
                .isEqualTo(item("a", m("b", l("one"))));
    }

    @Test
    void overlappingOrConflictingPathsAreRefused() {
        assertEngineError(() -> Projection.of(p("a"), p("a").field("b")), ErrorCode.VALIDATION,
                "Invalid ProjectionExpression: Two document paths overlap with each other; must "
                        + "remove or rewrite one of these paths; path one: [a], path two: [a, b]");
        assertEngineError(() -> Projection.of(p("d"), p("d")), ErrorCode.VALIDATION,
                "Invalid ProjectionExpression: Two document paths overlap with each other; must "
                        + "remove or rewrite one of these paths; path one: [d], path two: [d]");
        assertEngineError(() -> Projection.of(p("a").field("b"), p("a").index(0)),
                ErrorCode.VALIDATION, "Invalid ProjectionExpression: Two document paths conflict "
                        + "with each other; must remove or rewrite one of these paths; path one: "
                        + "[a, b], path two: [a, [0]]");
        assertEngineError(() -> Projection.of(List.of()), ErrorCode.VALIDATION,
                "Invalid ProjectionExpression: The expression can not be empty;");
    }

    @Test
    void toStringListsThePaths() {
        Projection projection = Projection.of(p("a").field("b").index(1), p("weird name"));
        assertThat(projection).hasToString("a.b[1], \"weird name\"");
        assertThat(projection.paths()).containsExactly(p("a").field("b").index(1),
                p("weird name"));
        assertThat(projection).isEqualTo(Projection.of(p("a").field("b").index(1),
                p("weird name")));
    }
}
