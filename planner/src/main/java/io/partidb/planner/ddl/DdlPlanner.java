package io.partidb.planner.ddl;

import io.partidb.ast.AlterTableStatement;
import io.partidb.ast.AttributeDecl;
import io.partidb.ast.CreateIndexStatement;
import io.partidb.ast.CreateTableStatement;
import io.partidb.ast.DropIndexStatement;
import io.partidb.ast.DropTableStatement;
import io.partidb.ast.IndexDecl;
import io.partidb.ast.Literal;
import io.partidb.ast.Name;
import io.partidb.ast.ProjectionSpec;
import io.partidb.ast.TableOption;
import io.partidb.ast.TypeSpec;
import io.partidb.engine.Database;
import io.partidb.engine.catalog.AttributeDefinition;
import io.partidb.engine.catalog.BillingMode;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.catalog.IndexKind;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.KeySchema;
import io.partidb.engine.catalog.Projection;
import io.partidb.engine.catalog.ScalarType;
import io.partidb.engine.catalog.StreamViewType;
import io.partidb.engine.catalog.TableClass;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.catalog.TableOptions;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns our DDL extension into validated catalog definitions. SQL-level rules live here (every
 * key attribute declared with a key type, known type names and options); DynamoDB's own
 * CreateTable rules (names, index counts, LSI keys) are checked by the engine's catalog.
 * Everything is validated before anything changes.
 */
public final class DdlPlanner {
    private final Database database;

    public DdlPlanner(Database database) {
        this.database = database;
    }

    /** CREATE TABLE. */
    public DdlPlan createTable(CreateTableStatement create) {
        Map<String, AttributeDecl> declared = new LinkedHashMap<>();
        for (AttributeDecl attribute : create.attributes()) {
            if (declared.put(attribute.name().text(), attribute) != null) {
                throw invalid("Attribute " + attribute.name().text()
                        + " is declared more than once");
            }
        }
        List<Name> primaryKey = create.primaryKey();
        if (primaryKey.isEmpty()) {
            throw invalid("CREATE TABLE needs PRIMARY KEY (partitionKey [, sortKey])");
        }
        if (primaryKey.size() > 2) {
            throw invalid("A primary key has a partition key and at most one sort key, not "
                    + primaryKey.size() + " attributes");
        }
        KeySchema keySchema = keySchema(primaryKey, declared);
        List<IndexDefinition> indexes = new ArrayList<>();
        for (IndexDecl index : create.indexes()) {
            indexes.add(index(index, declared));
        }
        List<AttributeDefinition> attributes = new ArrayList<>();
        for (AttributeDecl attribute : declared.values()) {
            attributes.add(new AttributeDefinition(attribute.name().text(),
                    attributeType(attribute.type()), typeText(attribute.type()),
                    attribute.notNull()));
        }
        TableOptions options = options(TableOptions.defaults(), create.options());
        TableDefinition definition = new TableDefinition(create.table().text(), keySchema,
                attributes, indexes, options);
        String description = "CreateTable(table=" + definition.name() + ", key=["
                + keySchema.elements().stream().map(k -> k.name() + " " + k.type())
                        .collect(Collectors.joining(", "))
                + "]" + (indexes.isEmpty() ? "" : ", indexes=" + indexes.stream()
                        .map(i -> i.name() + " " + i.kind()).toList())
                + (create.ifNotExists() ? ", ifNotExists" : "") + ")";
        return new DdlPlan(description, () -> {
            if (create.ifNotExists() && database.findTable(definition.name()).isPresent()) {
                return;
            }
            database.createTable(definition);
        });
    }

    /** CREATE [GLOBAL] INDEX: only global indexes can be added to an existing table. */
    public DdlPlan createIndex(CreateIndexStatement create) {
        if (!create.index().global()) {
            throw invalid("Local secondary indexes can only be created with the table "
                    + "(CREATE TABLE ... LOCAL INDEX); add a GLOBAL INDEX instead");
        }
        String table = create.table().text();
        TableDefinition definition = database.table(table).definition();
        Map<String, AttributeDecl> none = Map.of();
        IndexDefinition index = index(create.index(), none, definition);
        return new DdlPlan("CreateIndex(table=" + table + ", index=" + index.name() + " GLOBAL)",
                () -> database.createGlobalIndex(table, index));
    }

    /** DROP INDEX. */
    public DdlPlan dropIndex(DropIndexStatement drop) {
        String table = drop.table().text();
        String index = drop.index().text();
        return new DdlPlan("DropIndex(table=" + table + ", index=" + index + ")",
                () -> database.dropIndex(table, index));
    }

    /** DROP TABLE. */
    public DdlPlan dropTable(DropTableStatement drop) {
        String table = drop.table().text();
        return new DdlPlan("DropTable(table=" + table + (drop.ifExists() ? ", ifExists" : "")
                + ")", () -> {
                    if (drop.ifExists() && database.findTable(table).isEmpty()) {
                        return;
                    }
                    database.dropTable(table);
                });
    }

    /** ALTER TABLE ... SET (options). */
    public DdlPlan alterTable(AlterTableStatement alter) {
        String table = alter.table().text();
        TableOptions current = database.table(table).definition().options();
        TableOptions options = options(current, alter.options());
        return new DdlPlan("AlterTable(table=" + table + ", options=" + alter.options().stream()
                .map(o -> o.name().text().toLowerCase(Locale.ROOT)).toList() + ")",
                () -> database.updateOptions(table, options));
    }

    private KeySchema keySchema(List<Name> keys, Map<String, AttributeDecl> declared) {
        KeyElement partition = keyElement(keys.get(0), declared);
        return keys.size() == 1 ? KeySchema.of(partition)
                : KeySchema.of(partition, keyElement(keys.get(1), declared));
    }

    private KeyElement keyElement(Name name, Map<String, AttributeDecl> declared) {
        AttributeDecl attribute = declared.get(name.text());
        if (attribute == null) {
            throw invalid("One or more parameter values were invalid: Some index key attributes "
                    + "are not defined in AttributeDefinitions. Keys: [" + name.text()
                    + "], AttributeDefinitions: " + declared.keySet());
        }
        return new KeyElement(name.text(), scalarType(attribute));
    }

    private IndexDefinition index(IndexDecl index, Map<String, AttributeDecl> declared) {
        return index(index, declared, null);
    }

    /** An index definition; key types come from this statement or the existing table. */
    private IndexDefinition index(IndexDecl index, Map<String, AttributeDecl> declared,
            TableDefinition existing) {
        if (index.keys().isEmpty() || index.keys().size() > 2) {
            throw invalid("Index " + index.name().text()
                    + " needs a partition key and at most one sort key");
        }
        List<KeyElement> keys = new ArrayList<>();
        for (Name key : index.keys()) {
            if (existing == null) {
                keys.add(keyElement(key, declared));
            } else {
                keys.add(existingKeyElement(key, existing));
            }
        }
        KeySchema schema = keys.size() == 1 ? KeySchema.of(keys.get(0))
                : KeySchema.of(keys.get(0), keys.get(1));
        return new IndexDefinition(index.name().text(),
                index.global() ? IndexKind.GLOBAL : IndexKind.LOCAL, schema,
                projection(index.projection()));
    }

    private static KeyElement existingKeyElement(Name key, TableDefinition table) {
        for (KeyElement element : table.keySchema().elements()) {
            if (element.name().equals(key.text())) {
                return element;
            }
        }
        for (IndexDefinition index : table.indexes()) {
            for (KeyElement element : index.keySchema().elements()) {
                if (element.name().equals(key.text())) {
                    return element;
                }
            }
        }
        AttributeDefinition attribute = table.attribute(key.text()).orElseThrow(() -> invalid(
                "One or more parameter values were invalid: Some index key attributes are not "
                        + "defined in AttributeDefinitions. Keys: [" + key.text() + "]"));
        ScalarType type = switch (attribute.type()) {
            case S -> ScalarType.S;
            case N -> ScalarType.N;
            case B -> ScalarType.B;
            default -> throw invalid("Index key attribute " + key.text()
                    + " must be declared STRING, NUMBER or BINARY, not " + attribute.declaredType());
        };
        return new KeyElement(key.text(), type);
    }

    private static Projection projection(ProjectionSpec spec) {
        return switch (spec.kind()) {
            case ALL -> Projection.all();
            case KEYS_ONLY -> Projection.keysOnly();
            case INCLUDE -> Projection.include(spec.include().stream().map(Name::text).toList());
        };
    }

    private static ScalarType scalarType(AttributeDecl attribute) {
        AttributeType type = attributeType(attribute.type());
        return switch (type) {
            case S -> ScalarType.S;
            case N -> ScalarType.N;
            case B -> ScalarType.B;
            default -> throw invalid("Key attribute " + attribute.name().text()
                    + " must be declared with a key type (STRING, NUMBER or BINARY), not "
                    + typeText(attribute.type()));
        };
    }

    /** Maps a declared SQL type to the DynamoDB type it stands for. */
    static AttributeType attributeType(TypeSpec type) {
        return switch (type.name()) {
            case "STRING", "VARCHAR", "TEXT" -> AttributeType.S;
            case "NUMBER", "NUMERIC", "DECIMAL", "INT", "INTEGER", "BIGINT", "SMALLINT",
                    "DOUBLE", "FLOAT", "REAL" -> AttributeType.N;
            case "BINARY", "VARBINARY", "BLOB" -> AttributeType.B;
            case "BOOLEAN", "BOOL" -> AttributeType.BOOL;
            case "MAP" -> AttributeType.M;
            case "LIST" -> AttributeType.L;
            case "STRING SET" -> AttributeType.SS;
            case "NUMBER SET" -> AttributeType.NS;
            case "BINARY SET" -> AttributeType.BS;
            default -> throw invalid("Unknown data type: " + type.name() + " at "
                    + type.position());
        };
    }

    private static String typeText(TypeSpec type) {
        return type.parameters().isEmpty() ? type.name()
                : type.name() + type.parameters().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "(", ")"));
    }

    /** Applies {@code option = literal} settings on top of existing options. */
    private static TableOptions options(TableOptions base, List<TableOption> settings) {
        BillingMode billing = base.billingMode();
        Long read = base.readCapacity();
        Long write = base.writeCapacity();
        StreamViewType stream = base.streamViewType();
        String ttl = base.ttlAttribute();
        TableClass tableClass = base.tableClass();
        Set<String> seen = new HashSet<>();
        for (TableOption option : settings) {
            String name = option.name().text().toLowerCase(Locale.ROOT);
            if (!seen.add(name)) {
                throw invalid("Option " + name + " is given more than once");
            }
            Literal value = option.value();
            switch (name) {
                case "billing_mode" -> billing = enumOption(BillingMode.class, name, value);
                case "read_capacity" -> read = longOption(name, value);
                case "write_capacity" -> write = longOption(name, value);
                case "stream_view_type" -> stream = value instanceof Literal.NullLiteral ? null
                        : enumOption(StreamViewType.class, name, value);
                case "ttl_attribute" -> ttl = value instanceof Literal.NullLiteral ? null
                        : stringOption(name, value);
                case "table_class" -> tableClass = enumOption(TableClass.class, name, value);
                default -> throw invalid("Unknown table option: " + option.name().text()
                        + " (known: billing_mode, read_capacity, write_capacity, "
                        + "stream_view_type, ttl_attribute, table_class)");
            }
        }
        if (billing == BillingMode.PAY_PER_REQUEST && seen.contains("billing_mode")
                && !seen.contains("read_capacity") && !seen.contains("write_capacity")) {
            read = null;
            write = null;
        }
        return new TableOptions(billing, read, write, stream, ttl, tableClass);
    }

    private static String stringOption(String name, Literal value) {
        if (value instanceof Literal.StringLiteral s) {
            return s.value();
        }
        throw invalid("Option " + name + " takes a string literal");
    }

    private static long longOption(String name, Literal value) {
        if (value instanceof Literal.NumberLiteral n) {
            try {
                return new BigDecimal(n.text()).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw invalid("Option " + name + " takes a whole number, not " + n.text());
            }
        }
        throw invalid("Option " + name + " takes a number");
    }

    private static <E extends Enum<E>> E enumOption(Class<E> type, String name, Literal value) {
        String text = stringOption(name, value).toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).toList();
            throw invalid("Option " + name + " must be one of " + allowed + ", not '"
                    + stringOption(name, value) + "'");
        }
    }

    private static EngineException invalid(String message) {
        return new EngineException(ErrorCode.INVALID_DEFINITION, message);
    }
}
