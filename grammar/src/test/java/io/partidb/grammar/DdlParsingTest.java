package io.partidb.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.partidb.ast.AlterTableStatement;
import io.partidb.ast.AttributeDecl;
import io.partidb.ast.CreateIndexStatement;
import io.partidb.ast.CreateTableStatement;
import io.partidb.ast.DropIndexStatement;
import io.partidb.ast.DropTableStatement;
import io.partidb.ast.ExplainStatement;
import io.partidb.ast.IndexDecl;
import io.partidb.ast.Literal;
import io.partidb.ast.Name;
import io.partidb.ast.ProjectionSpec;
import io.partidb.ast.SourcePosition;
import io.partidb.ast.Statement;
import io.partidb.ast.TableOption;
import io.partidb.ast.TypeSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CREATE/DROP/ALTER TABLE and CREATE/DROP INDEX. */
class DdlParsingTest {

    private static Statement parse(String text) {
        return StatementParser.parse(text).statement();
    }

    private static List<String> names(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    private static TypeSpec typeOf(String written) {
        CreateTableStatement create = (CreateTableStatement) parse(
                "CREATE TABLE t (a " + written + ", PRIMARY KEY (a))");
        return create.attributes().get(0).type();
    }

    @Test
    void createTableWithEveryClause() {
        CreateTableStatement create = (CreateTableStatement) parse("""
                CREATE TABLE IF NOT EXISTS "Orders" (
                    customer STRING NOT NULL,
                    "order date" VARCHAR(20),
                    PRIMARY KEY (customer, "order date"),
                    total DECIMAL(10, 2) not null,
                    LOCAL INDEX by_total (customer, total) PROJECTION KEYS_ONLY,
                    status STRING,
                    GLOBAL INDEX by_status (status) PROJECTION INCLUDE (total, "order date"),
                    global index by_status_date (status, "order date")
                ) WITH (billing_mode = 'PROVISIONED', read_capacity = 5, "write_capacity" = 10,
                        streams = TRUE, deletion_protection = false, ttl = NULL, delta = -1.5)
                """);
        assertThat(create.ifNotExists()).isTrue();
        assertThat(create.table()).isEqualTo(new Name("Orders", true, new SourcePosition(1, 28)));
        assertThat(create.position()).isEqualTo(new SourcePosition(1, 1));

        assertThat(create.attributes()).extracting(a -> a.name().text(), a -> a.type().name(),
                a -> a.type().parameters(), AttributeDecl::notNull)
                .containsExactly(
                        tuple("customer", "STRING", List.of(), true),
                        tuple("order date", "VARCHAR", List.of(20), false),
                        tuple("total", "DECIMAL", List.of(10, 2), true),
                        tuple("status", "STRING", List.of(), false));
        assertThat(create.attributes().get(0)).isEqualTo(new AttributeDecl(
                new Name("customer", false, new SourcePosition(2, 5)),
                new TypeSpec("STRING", List.of(), new SourcePosition(2, 14)), true,
                new SourcePosition(2, 5)));

        assertThat(names(create.primaryKey())).containsExactly("customer", "order date");

        assertThat(create.indexes()).extracting(IndexDecl::global, i -> i.name().text(),
                i -> names(i.keys()), i -> i.projection().kind(),
                i -> names(i.projection().include()))
                .containsExactly(
                        tuple(false, "by_total", List.of("customer", "total"),
                                ProjectionSpec.Kind.KEYS_ONLY, List.of()),
                        tuple(true, "by_status", List.of("status"),
                                ProjectionSpec.Kind.INCLUDE, List.of("total", "order date")),
                        tuple(true, "by_status_date", List.of("status", "order date"),
                                ProjectionSpec.Kind.ALL, List.of()));
        assertThat(create.indexes().get(0).position()).isEqualTo(new SourcePosition(6, 5));
        assertThat(create.indexes().get(2).projection())
                .isEqualTo(new ProjectionSpec(ProjectionSpec.Kind.ALL, List.of(),
                        new SourcePosition(9, 5)));

        assertThat(create.options()).extracting(o -> o.name().text(), TableOption::value)
                .containsExactly(
                        tuple("billing_mode", new Literal.StringLiteral("PROVISIONED",
                                new SourcePosition(10, 24))),
                        tuple("read_capacity", new Literal.NumberLiteral("5",
                                new SourcePosition(10, 55))),
                        tuple("write_capacity", new Literal.NumberLiteral("10",
                                new SourcePosition(10, 77))),
                        tuple("streams", new Literal.BooleanLiteral(true,
                                new SourcePosition(11, 19))),
                        tuple("deletion_protection", new Literal.BooleanLiteral(false,
                                new SourcePosition(11, 47))),
                        tuple("ttl", new Literal.NullLiteral(new SourcePosition(11, 60))),
                        tuple("delta", new Literal.NumberLiteral("-1.5",
                                new SourcePosition(11, 74))));
    }

    @Test
    void createTableMinimal() {
        CreateTableStatement create = (CreateTableStatement) parse(
                "create table t (pk number, primary key (pk))");
        assertThat(create.ifNotExists()).isFalse();
        assertThat(create.table()).isEqualTo(new Name("t", false, new SourcePosition(1, 14)));
        assertThat(names(create.primaryKey())).containsExactly("pk");
        assertThat(create.attributes()).extracting(a -> a.type().name()).containsExactly("NUMBER");
        assertThat(create.indexes()).isEmpty();
        assertThat(create.options()).isEmpty();
    }

    @Test
    void createTableWithOnlyAPrimaryKeyAndKeywordNames() {
        CreateTableStatement create = (CreateTableStatement) parse(
                "CREATE TABLE table (PRIMARY KEY (key, value), key STRING, value NUMBER,"
                        + " local STRING, global NUMBER, primary BINARY, index MAP, text TEXT)");
        assertThat(create.table().text()).isEqualTo("table");
        assertThat(names(create.primaryKey())).containsExactly("key", "value");
        assertThat(create.attributes()).extracting(a -> a.name().text())
                .containsExactly("key", "value", "local", "global", "primary", "index", "text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "STRING           | STRING        | ''",
        "varchar          | VARCHAR       | ''",
        "VarChar(255)     | VARCHAR       | 255",
        "TEXT             | TEXT          | ''",
        "NUMBER           | NUMBER        | ''",
        "NUMERIC          | NUMERIC       | ''",
        "NUMERIC(38)      | NUMERIC       | 38",
        "numeric(38, 0)   | NUMERIC       | 38 0",
        "DECIMAL          | DECIMAL       | ''",
        "DECIMAL(5,2)     | DECIMAL       | 5 2",
        "INT              | INT           | ''",
        "INTEGER          | INTEGER       | ''",
        "BIGINT           | BIGINT        | ''",
        "SMALLINT         | SMALLINT      | ''",
        "DOUBLE           | DOUBLE        | ''",
        "FLOAT            | FLOAT         | ''",
        "REAL             | REAL          | ''",
        "BINARY           | BINARY        | ''",
        "VARBINARY        | VARBINARY     | ''",
        "VARBINARY(16)    | VARBINARY     | 16",
        "BLOB             | BLOB          | ''",
        "BOOLEAN          | BOOLEAN       | ''",
        "bool             | BOOL          | ''",
        "MAP              | MAP           | ''",
        "LIST             | LIST          | ''",
        "STRING SET       | STRING SET    | ''",
        "number   set     | NUMBER SET    | ''",
        "Binary Set       | BINARY SET    | ''"})
    void everyTypeWord(String written, String name, String parameters) {
        TypeSpec type = typeOf(written);
        assertThat(type.name()).isEqualTo(name);
        List<Integer> expected = parameters.isEmpty()
                ? List.of()
                : Arrays.stream(parameters.split(" ")).map(Integer::valueOf).toList();
        assertThat(type.parameters()).isEqualTo(expected);
        assertThat(type.position()).isEqualTo(new SourcePosition(1, 19));
    }

    @Test
    void typeParametersMustBeIntegers() {
        assertThatThrownBy(() -> typeOf("VARCHAR(1.5)"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail())
                            .isEqualTo("A type parameter must be a non-negative integer");
                    assertThat(e.column()).isEqualTo(27);
                    assertThat(e.offendingToken()).isEqualTo("1.5");
                });
    }

    @Test
    void unknownTypeIsASyntaxError() {
        assertThatThrownBy(() -> typeOf("DATE"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.offendingToken()).isEqualTo("DATE");
                    assertThat(e.column()).isEqualTo(19);
                });
    }

    @Test
    void createTableNeedsExactlyOnePrimaryKey() {
        assertThatThrownBy(() -> parse("CREATE TABLE t (a STRING)"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail()).isEqualTo("CREATE TABLE needs a PRIMARY KEY clause");
                    assertThat(e.column()).isEqualTo(14);
                });
        assertThatThrownBy(() -> parse("CREATE TABLE t (PRIMARY KEY (a), PRIMARY KEY (b))"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail()).isEqualTo("Duplicate PRIMARY KEY clause");
                    assertThat(e.column()).isEqualTo(34);
                });
    }

    @Test
    void primaryKeyHasOneOrTwoAttributes() {
        assertThatThrownBy(() -> parse("CREATE TABLE t (PRIMARY KEY (a, b, c))"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail()).isEqualTo("Unexpected token");
                    assertThat(e.offendingToken()).isEqualTo(",");
                    assertThat(e.column()).isEqualTo(34);
                });
    }

    @Test
    void localIndexInCreateTableNeedsASortKey() {
        assertThatThrownBy(() -> parse("CREATE TABLE t (PRIMARY KEY (a, b), LOCAL INDEX i (a))"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.detail())
                            .isEqualTo("A local index needs a partition key and a sort key");
                    assertThat(e.column()).isEqualTo(53);
                });
    }

    @Test
    void createIndexForms() {
        CreateIndexStatement plain = (CreateIndexStatement) parse(
                "CREATE INDEX by_status ON \"Orders\" (status)");
        assertThat(plain.table()).isEqualTo(new Name("Orders", true, new SourcePosition(1, 27)));
        assertThat(plain.index()).isEqualTo(new IndexDecl(true,
                new Name("by_status", false, new SourcePosition(1, 14)),
                List.of(new Name("status", false, new SourcePosition(1, 37))),
                new ProjectionSpec(ProjectionSpec.Kind.ALL, List.of(), new SourcePosition(1, 8)),
                new SourcePosition(1, 8)));
        assertThat(plain.position()).isEqualTo(new SourcePosition(1, 1));

        CreateIndexStatement global = (CreateIndexStatement) parse(
                "create global index g on t (a, b) projection include (c, d)");
        assertThat(global.index().global()).isTrue();
        assertThat(names(global.index().keys())).containsExactly("a", "b");
        assertThat(global.index().projection().kind()).isEqualTo(ProjectionSpec.Kind.INCLUDE);
        assertThat(names(global.index().projection().include())).containsExactly("c", "d");
        assertThat(global.index().position()).isEqualTo(new SourcePosition(1, 8));

        CreateIndexStatement local = (CreateIndexStatement) parse(
                "CREATE LOCAL INDEX l ON t (a, b) PROJECTION ALL");
        assertThat(local.index().global()).isFalse();
        assertThat(local.index().projection())
                .isEqualTo(new ProjectionSpec(ProjectionSpec.Kind.ALL, List.of(),
                        new SourcePosition(1, 34)));
    }

    @Test
    void dropIndex() {
        assertThat(parse("DROP INDEX \"by status\" ON t")).isEqualTo(new DropIndexStatement(
                new Name("by status", true, new SourcePosition(1, 12)),
                new Name("t", false, new SourcePosition(1, 27)), new SourcePosition(1, 1)));
    }

    @Test
    void dropTable() {
        assertThat(parse("DROP TABLE t")).isEqualTo(new DropTableStatement(false,
                new Name("t", false, new SourcePosition(1, 12)), new SourcePosition(1, 1)));
        assertThat(parse("drop table if exists \"T\";")).isEqualTo(new DropTableStatement(true,
                new Name("T", true, new SourcePosition(1, 22)), new SourcePosition(1, 1)));
        // A table may be called "if" or "exists".
        assertThat(((DropTableStatement) parse("DROP TABLE if")).table().text()).isEqualTo("if");
        assertThat(((DropTableStatement) parse("DROP TABLE IF EXISTS exists")).table().text())
                .isEqualTo("exists");
    }

    @Test
    void alterTable() {
        AlterTableStatement alter = (AlterTableStatement) parse(
                "ALTER TABLE t SET (read_capacity = 10, billing_mode = 'PAY_PER_REQUEST')");
        assertThat(alter.table().text()).isEqualTo("t");
        assertThat(alter.options()).extracting(o -> o.name().text(), TableOption::value)
                .containsExactly(
                        tuple("read_capacity", new Literal.NumberLiteral("10",
                                new SourcePosition(1, 36))),
                        tuple("billing_mode", new Literal.StringLiteral("PAY_PER_REQUEST",
                                new SourcePosition(1, 55))));
        assertThat(alter.options().get(0).position()).isEqualTo(new SourcePosition(1, 20));
    }

    @Test
    void optionValuesAreLiteralsOnly() {
        assertThatThrownBy(() -> parse("ALTER TABLE t SET (a = b)"))
                .isInstanceOfSatisfying(SyntaxError.class, e -> {
                    assertThat(e.offendingToken()).isEqualTo("b");
                    assertThat(e.column()).isEqualTo(24);
                });
    }

    @Test
    void explainDdl() {
        ExplainStatement explain = (ExplainStatement) parse("EXPLAIN DROP TABLE t");
        assertThat(explain.statement()).isInstanceOf(DropTableStatement.class);
    }
}
