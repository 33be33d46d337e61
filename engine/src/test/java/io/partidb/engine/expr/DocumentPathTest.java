package io.partidb.engine.expr;

import io.partidb.engine.Item;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.partidb.engine.expr.Docs.item;
import static io.partidb.engine.expr.Docs.l;
import static io.partidb.engine.expr.Docs.m;
import static io.partidb.engine.expr.Docs.p;
import static io.partidb.engine.expr.Docs.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building, reading and printing document paths. */
class DocumentPathTest {
    private static final Item ITEM = item("a", m("b", l(0, 1, m("c", "deep"))), "s", "str");

    @Test
    void getFollowsMapKeysAndListIndexes() {
        assertThat(p("a").field("b").index(2).field("c").get(ITEM)).isEqualTo(v("deep"));
        assertThat(p("a").field("b").index(1).get(ITEM)).isEqualTo(v(1));
        assertThat(p("s").get(ITEM)).isEqualTo(v("str"));
    }

    @Test
    void getGivesNullWhereThePathLeadsNowhere() {
        assertThat(p("a").field("b").index(3).get(ITEM)).isNull();
        assertThat(p("a").field("x").get(ITEM)).isNull();
        assertThat(p("a").index(0).get(ITEM)).isNull();
        assertThat(p("s").field("x").get(ITEM)).isNull();
        assertThat(p("s").index(0).get(ITEM)).isNull();
        assertThat(p("missing").get(ITEM)).isNull();
        assertThat(p("a").get(null)).isNull();
    }

    @Test
    void aPathIsAValue() {
        DocumentPath path = DocumentPath.of("a").field("b").index(2);
        assertThat(path).isEqualTo(p("a").field("b").index(2)).isNotEqualTo(p("a").field("b"));
        assertThat(path.attribute()).isEqualTo("a");
        assertThat(path.length()).isEqualTo(3);
        assertThat(path.isTopLevel()).isFalse();
        assertThat(p("a").isTopLevel()).isTrue();
        assertThat(path.last()).isEqualTo(PathElement.index(2));
        assertThat(path.element(1)).isEqualTo(PathElement.field("b"));
    }

    @Test
    void toStringUsesExpressionSyntaxAndQuotesOddNames() {
        assertThat(p("a").field("b").index(2).field("c")).hasToString("a.b[2].c");
        assertThat(p("my attr").field("x.y").field("q\"r")).hasToString(
                "\"my attr\".\"x.y\".\"q\"\"r\"");
        assertThat(p("_a")).hasToString("\"_a\"");
        assertThat(p("a").field("b").index(2).describe()).isEqualTo("[a, b, [2]]");
    }

    @Test
    void pathsStartWithAnAttributeAndIndexesAreNotNegative() {
        assertThatThrownBy(() -> new DocumentPath(List.of(PathElement.index(0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentPath(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p("a").index(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
