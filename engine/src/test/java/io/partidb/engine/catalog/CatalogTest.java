package io.partidb.engine.catalog;

import io.partidb.engine.Database;
import io.partidb.engine.Table;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.partidb.engine.EngineAssertions.assertEngineError;
import static org.assertj.core.api.Assertions.assertThat;

/** Catalog versions and DynamoDB's CreateTable and UpdateTable rules. */
class CatalogTest {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private static final KeyElement PK = KeyElement.of("pk", ScalarType.S);
    private static final KeyElement SK = KeyElement.of("sk", ScalarType.N);

    private static TableDefinition table(String name, List<IndexDefinition> indexes) {
        return new TableDefinition(name, KeySchema.of(PK, SK), List.of(), indexes,
                TableOptions.defaults());
    }

    private static IndexDefinition gsi(String name) {
        return new IndexDefinition(name, IndexKind.GLOBAL,
                KeySchema.of(KeyElement.of("g_" + name, ScalarType.S)), Projection.keysOnly());
    }

    private static IndexDefinition lsi(String name) {
        return new IndexDefinition(name, IndexKind.LOCAL,
                KeySchema.of(PK, KeyElement.of("l_" + name, ScalarType.N)), Projection.all());
    }

    @Test
    void everyChangeBumpsTheVersionAndFailuresDoNot() {
        Database db = Database.create("versions");
        assertThat(db.catalog().version()).isZero();
        db.createTable(table("beta", List.of()));
        assertThat(db.catalog().version()).isEqualTo(1);
        Catalog afterFirst = db.catalog();
        db.createTable(table("alpha", List.of()));
        assertThat(db.catalog().version()).isEqualTo(2);
        db.createGlobalIndex("alpha", gsi("byG"));
        assertThat(db.catalog().version()).isEqualTo(3);
        db.dropIndex("alpha", "byG");
        assertThat(db.catalog().version()).isEqualTo(4);
        db.updateOptions("alpha", TableOptions.defaults().withStreamViewType(
                StreamViewType.NEW_AND_OLD_IMAGES));
        assertThat(db.catalog().version()).isEqualTo(5);
        db.dropTable("beta");
        assertThat(db.catalog().version()).isEqualTo(6);

        assertEngineError(() -> db.createTable(table("alpha", List.of())),
                ErrorCode.RESOURCE_IN_USE, "Table already exists: alpha");
        assertEngineError(() -> db.dropTable("beta"), ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: beta not found");
        assertThat(db.catalog().version()).isEqualTo(6);

        // Snapshots never change.
        assertThat(afterFirst.version()).isEqualTo(1);
        assertThat(afterFirst.tables()).extracting(TableDefinition::name).containsExactly("beta");
    }

    @Test
    void databaseNamesMustNotBeEmpty() {
        assertThat(Database.create("db").name()).isEqualTo("db");
        assertEngineError(() -> Database.create(""), ErrorCode.VALIDATION,
                "A database name cannot be empty");
    }

    @Test
    void tablesAreSortedByName() {
        Database db = Database.create("sorted");
        for (String name : List.of("orders", "Accounts", "items", "accounts")) {
            db.createTable(table(name, List.of()));
        }
        assertThat(db.catalog().tables()).extracting(TableDefinition::name)
                .containsExactly("Accounts", "accounts", "items", "orders");
        assertThat(db.catalog().table("items")).isPresent();
        assertThat(db.catalog().table("ITEMS")).isEmpty();
        assertThat(db.findTable("nope")).isEmpty();
        assertEngineError(() -> db.table("nope"), ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: nope not found");
    }

    @Test
    void tableNameRules() {
        assertEngineError(() -> table("ab", List.of()), ErrorCode.INVALID_DEFINITION,
                "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 3");
        String tooLong = "t".repeat(256);
        assertEngineError(() -> table(tooLong, List.of()), ErrorCode.INVALID_DEFINITION,
                "1 validation error detected: Value '" + tooLong + "' at 'tableName' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 255");
        assertEngineError(() -> table("bad name", List.of()), ErrorCode.INVALID_DEFINITION,
                "1 validation error detected: Value 'bad name' at 'tableName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: "
                        + "[a-zA-Z0-9_.-]+");
        assertEngineError(() -> table("x!", List.of()), ErrorCode.INVALID_DEFINITION,
                "2 validation errors detected: Value 'x!' at 'tableName' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: "
                        + "[a-zA-Z0-9_.-]+; Value 'x!' at 'tableName' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 3");
        assertThat(table("a.b", List.of()).name()).isEqualTo("a.b");
        assertThat(table("t".repeat(255), List.of()).name()).hasSize(255);
        assertThat(table("A-z_0.9", List.of()).name()).isEqualTo("A-z_0.9");
    }

    @Test
    void indexNameRules() {
        assertEngineError(() -> gsi("g1"), ErrorCode.INVALID_DEFINITION,
                "1 validation error detected: Value 'g1' at 'indexName' failed to satisfy "
                        + "constraint: Member must have length greater than or equal to 3");
        assertEngineError(() -> gsi("by name"), ErrorCode.INVALID_DEFINITION);
    }

    @Test
    void keyAttributeNamesAreOneTo255Bytes() {
        assertThat(KeyElement.of("k".repeat(255), ScalarType.S).name()).hasSize(255);
        assertEngineError(() -> KeyElement.of("\u00E9".repeat(128), ScalarType.S),
                ErrorCode.INVALID_DEFINITION);
        assertEngineError(() -> KeyElement.of("", ScalarType.S), ErrorCode.INVALID_DEFINITION,
                "1 validation error detected: Value '' at 'keySchema.member.attributeName' "
                        + "failed to satisfy constraint: Member must have length greater than "
                        + "or equal to 1");
        assertEngineError(() -> KeySchema.of(PK, KeyElement.of("pk", ScalarType.N)),
                ErrorCode.INVALID_DEFINITION, "Both the Hash Key and the Range Key element in "
                        + "the KeySchema have the same name");
    }

    @Test
    void localIndexRules() {
        TableDefinition hashOnly = TableDefinition.of("hashonly", KeySchema.of(PK));
        assertEngineError(() -> hashOnly.withIndexes(List.of(lsi("lsi1"))),
                ErrorCode.INVALID_DEFINITION, INVALID + "Table KeySchema does not have a range "
                        + "key, which is required when specifying a LocalSecondaryIndex");
        IndexDefinition noRange = new IndexDefinition("lsi1", IndexKind.LOCAL, KeySchema.of(PK),
                Projection.all());
        assertEngineError(() -> table("tbl", List.of(noRange)), ErrorCode.INVALID_DEFINITION,
                INVALID + "Index KeySchema does not have a range key for index: lsi1");
        IndexDefinition otherHash = new IndexDefinition("lsi1", IndexKind.LOCAL,
                KeySchema.of(KeyElement.of("other", ScalarType.S), SK), Projection.all());
        assertEngineError(() -> table("tbl", List.of(otherHash)), ErrorCode.INVALID_DEFINITION,
                INVALID + "Index KeySchema does not have the same leading hash key as table "
                        + "KeySchema for index: lsi1. index hash key: other, table hash key: pk");

        List<IndexDefinition> five = IntStream.range(0, 5).mapToObj(i -> lsi("lsi" + i)).toList();
        assertThat(table("tbl", five).localIndexes()).hasSize(5);
        List<IndexDefinition> six = IntStream.range(0, 6).mapToObj(i -> lsi("lsi" + i)).toList();
        assertEngineError(() -> table("tbl", six), ErrorCode.INVALID_DEFINITION,
                INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
    }

    @Test
    void globalIndexLimitAtCreateAndAfter() {
        List<IndexDefinition> twenty =
                IntStream.range(0, 20).mapToObj(i -> gsi("gsi" + i)).toList();
        assertThat(table("tbl", twenty).globalIndexes()).hasSize(20);
        List<IndexDefinition> twentyOne = new ArrayList<>(twenty);
        twentyOne.add(gsi("gsi20"));
        assertEngineError(() -> table("tbl", twentyOne), ErrorCode.INVALID_DEFINITION,
                INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");

        Database db = Database.create("gsis");
        db.createTable(table("tbl", twenty));
        assertEngineError(() -> db.createGlobalIndex("tbl", gsi("gsi20")),
                ErrorCode.LIMIT_EXCEEDED, "Subscriber limit exceeded: Number of global "
                        + "secondary indexes exceeds per-table limit of 20");
    }

    @Test
    void indexNamesAreUniqueAcrossKinds() {
        assertEngineError(() -> table("tbl", List.of(gsi("same"), lsi("same"))),
                ErrorCode.INVALID_DEFINITION, INVALID + "Duplicate index name: same");
        Database db = Database.create("dups");
        db.createTable(table("tbl", List.of(lsi("idx"))));
        assertEngineError(() -> db.createGlobalIndex("tbl", gsi("idx")),
                ErrorCode.INDEX_ALREADY_EXISTS, "Attempting to create an index which already "
                        + "exists");
    }

    @Test
    void indexChangesAfterCreation() {
        Database db = Database.create("changes");
        Table table = db.createTable(table("tbl", List.of(lsi("local"))));
        assertEngineError(() -> db.createGlobalIndex("tbl", lsi("late")),
                ErrorCode.INVALID_DEFINITION, INVALID + "Local secondary index late can only be "
                        + "created together with its table");
        assertEngineError(() -> db.createGlobalIndex("missing", gsi("byG")),
                ErrorCode.RESOURCE_NOT_FOUND,
                "Requested resource not found: Table: missing not found");
        db.createGlobalIndex("tbl", gsi("byG"));
        assertThat(table.definition().index("byG")).isPresent();
        assertThat(db.catalog().table("tbl").orElseThrow().globalIndexes())
                .extracting(IndexDefinition::name).containsExactly("byG");
        // DynamoDB's UpdateTable answers a delete of an unknown GSI with ResourceNotFoundException
        assertEngineError(() -> db.dropIndex("tbl", "nope"), ErrorCode.INDEX_RESOURCE_NOT_FOUND,
                "Requested resource not found: Index: nope not found");
        assertEngineError(() -> db.dropIndex("tbl", "local"), ErrorCode.INVALID_DEFINITION);
        db.dropIndex("tbl", "byG");
        assertThat(table.definition().index("byG")).isEmpty();
        assertThat(table.definition().index("local")).isPresent();
    }

    @Test
    void projectionRules() {
        assertEngineError(() -> new Projection(ProjectionType.INCLUDE, List.of()),
                ErrorCode.INVALID_DEFINITION,
                INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        assertEngineError(() -> new Projection(ProjectionType.ALL, List.of("a")),
                ErrorCode.INVALID_DEFINITION,
                INVALID + "ProjectionType is ALL, but NonKeyAttributes is specified");
        assertEngineError(() -> Projection.include(List.of("a", "a")),
                ErrorCode.INVALID_DEFINITION);
        assertThat(Projection.include(List.of("a", "b")).nonKeyAttributes())
                .containsExactly("a", "b");
    }

    @Test
    void atMostOneHundredProjectedAttributesSummedOverIndexes() {
        List<String> sixty = IntStream.range(0, 60).mapToObj(i -> "a" + i).toList();
        List<String> forty = IntStream.range(0, 40).mapToObj(i -> "a" + i).toList();
        IndexDefinition first = new IndexDefinition("first", IndexKind.GLOBAL,
                KeySchema.of(KeyElement.of("g1", ScalarType.S)), Projection.include(sixty));
        IndexDefinition second = new IndexDefinition("second", IndexKind.LOCAL,
                KeySchema.of(PK, KeyElement.of("l1", ScalarType.S)), Projection.include(forty));
        assertThat(table("tbl", List.of(first, second)).indexes()).hasSize(2);
        // The same name in two indexes counts twice.
        IndexDefinition third = new IndexDefinition("third", IndexKind.GLOBAL,
                KeySchema.of(KeyElement.of("g3", ScalarType.S)), Projection.include(List.of("a0")));
        assertEngineError(() -> table("tbl", List.of(first, second, third)),
                ErrorCode.INVALID_DEFINITION);

        Database db = Database.create("projections");
        db.createTable(table("tbl", List.of(first, second)));
        assertEngineError(() -> db.createGlobalIndex("tbl", third), ErrorCode.INVALID_DEFINITION);
        assertThat(db.catalog().version()).isEqualTo(1);
    }

    @Test
    void keyAttributesHaveOneType() {
        IndexDefinition retyped = new IndexDefinition("retyped", IndexKind.GLOBAL,
                KeySchema.of(KeyElement.of("pk", ScalarType.N)), Projection.all());
        assertEngineError(() -> table("tbl", List.of(retyped)), ErrorCode.INVALID_DEFINITION,
                INVALID + "Attribute pk is defined with conflicting types: S and N");
        TableDefinition withAttributes = TableDefinition.of("tbl", KeySchema.of(PK))
                .withAttributes(List.of(
                        new AttributeDefinition("pk", AttributeType.S, "VARCHAR(20)", true),
                        new AttributeDefinition("doc", null, "JSON", false)));
        assertThat(withAttributes.attribute("pk").orElseThrow().declaredType())
                .isEqualTo("VARCHAR(20)");
        assertThat(withAttributes.attribute("missing")).isEmpty();
        assertEngineError(() -> TableDefinition.of("tbl", KeySchema.of(PK)).withAttributes(
                List.of(new AttributeDefinition("pk", AttributeType.N, "INT", true))),
                ErrorCode.INVALID_DEFINITION,
                INVALID + "Attribute pk is defined with conflicting types: N and S");
        assertEngineError(() -> TableDefinition.of("tbl", KeySchema.of(PK)).withAttributes(
                List.of(new AttributeDefinition("a", AttributeType.N, "INT", false),
                        new AttributeDefinition("a", AttributeType.N, "INT", false))),
                ErrorCode.INVALID_DEFINITION);
    }

    @Test
    void definitionAccessors() {
        TableDefinition definition = table("tbl", List.of(gsi("byG"), lsi("byL")));
        assertThat(definition.index("byL").orElseThrow().kind()).isEqualTo(IndexKind.LOCAL);
        assertThat(definition.localIndexes()).extracting(IndexDefinition::name)
                .containsExactly("byL");
        assertThat(definition.globalIndexes()).extracting(IndexDefinition::name)
                .containsExactly("byG");
        assertThat(definition.keySchema().elements()).containsExactly(PK, SK);
        assertThat(definition.keySchema().isKeyAttribute("sk")).isTrue();
        assertThat(definition.withOptions(null).options()).isEqualTo(TableOptions.defaults());
        assertThat(ScalarType.B.toAttributeType()).isEqualTo(AttributeType.B);
    }

    @Test
    void optionUpdatesReachTheTableHandle() {
        Database db = Database.create("options");
        Table table = db.createTable(table("tbl", List.of()));
        TableOptions provisioned = TableOptions.defaults().withProvisioned(5, 10);
        db.updateOptions("tbl", provisioned);
        assertThat(table.definition().options()).isEqualTo(provisioned);
        assertThat(db.catalog().table("tbl").orElseThrow().options().readCapacity()).isEqualTo(5);
        assertEngineError(() -> db.updateOptions("nope", provisioned),
                ErrorCode.RESOURCE_NOT_FOUND);
    }
}
