package io.partidb.jdbc.internal;

import static io.partidb.jdbc.internal.MetadataResults.Col.bool;
import static io.partidb.jdbc.internal.MetadataResults.Col.n;
import static io.partidb.jdbc.internal.MetadataResults.Col.s;

import io.partidb.engine.Table;
import io.partidb.engine.catalog.IndexDefinition;
import io.partidb.engine.index.IndexDescription;
import io.partidb.engine.stats.AttributeStatistics;
import io.partidb.engine.catalog.KeyElement;
import io.partidb.engine.catalog.TableDefinition;
import io.partidb.engine.value.AttributeType;
import io.partidb.jdbc.PartiDBDriver;
import io.partidb.planner.convert.TableColumns;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What PartiDB tells tools about itself and its tables. Tables are {@code TABLE}s in no catalog
 * and no schema; indexes are reported by {@code getIndexInfo}; the primary key's columns share
 * one key name. Every {@code supports...} answer is what the code does.
 */
final class DatabaseMetaDataImpl extends JdbcObject implements DatabaseMetaData {
    /** The name getPrimaryKeys and getIndexInfo give the primary key. */
    static final String PRIMARY_KEY_NAME = "PRIMARY";

    private static final String VERSION = PartiDBDriver.MAJOR_VERSION + "."
            + PartiDBDriver.MINOR_VERSION;

    private final ConnectionImpl connection;

    DatabaseMetaDataImpl(ConnectionImpl connection) {
        this.connection = connection;
    }

    private List<TableDefinition> tables(String tableNamePattern) throws SQLException {
        connection.checkOpen();
        Pattern pattern = likePattern(tableNamePattern);
        List<TableDefinition> out = new ArrayList<>();
        for (TableDefinition table : connection.handle().database().catalog().tables()) {
            if (pattern == null || pattern.matcher(table.name()).matches()) {
                out.add(table);
            }
        }
        return out;
    }

    /** A JDBC search pattern ({@code %}, {@code _}, escape {@code \}) as a regex; null = all. */
    static Pattern likePattern(String like) {
        if (like == null || like.equals("%")) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** No catalogs or schemas exist: a non-null, non-empty filter matches nothing. */
    private static boolean noCatalogOrSchema(String catalog, String schemaPattern) {
        return (catalog != null && !catalog.isEmpty())
                || (schemaPattern != null && !schemaPattern.isEmpty()
                && !schemaPattern.equals("%"));
    }

    @Override
    public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern,
            String[] types) throws SQLException {
        List<MetadataResults.Col> cols = List.of(s("TABLE_CAT"), s("TABLE_SCHEM"),
                s("TABLE_NAME"), s("TABLE_TYPE"), s("REMARKS"), s("TYPE_CAT"), s("TYPE_SCHEM"),
                s("TYPE_NAME"), s("SELF_REFERENCING_COL_NAME"), s("REF_GENERATION"));
        List<Object[]> rows = new ArrayList<>();
        boolean tablesWanted = types == null || List.of(types).contains("TABLE");
        if (tablesWanted && !noCatalogOrSchema(catalog, schemaPattern)) {
            for (TableDefinition table : tables(tableNamePattern)) {
                rows.add(new Object[] {null, null, table.name(), "TABLE",
                        remarks(table, connection.handle().database().findTable(table.name())),
                        null, null, null, null, null});
            }
        }
        return MetadataResults.of(null, cols, rows);
    }

    /**
     * The key schema, and each secondary index with its kind, status and the changes it has
     * still to apply (global indexes catch up with the table asynchronously).
     */
    private static String remarks(TableDefinition table, Optional<Table> handle) {
        StringBuilder out = new StringBuilder("DynamoDB table, key ")
                .append(table.keySchema().elements().stream()
                        .map(k -> k.name() + " (" + k.type() + ")").toList());
        if (handle.isPresent()) {
            for (IndexDescription index : handle.get().describe().indexes()) {
                out.append("; index ").append(index.definition().name()).append(' ')
                        .append(index.definition().kind()).append(' ').append(index.status())
                        .append(" (").append(index.pendingChanges()).append(" pending)");
            }
        }
        return out.toString();
    }

    @Override
    public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
            String columnNamePattern) throws SQLException {
        List<MetadataResults.Col> cols = List.of(s("TABLE_CAT"), s("TABLE_SCHEM"),
                s("TABLE_NAME"), s("COLUMN_NAME"), n("DATA_TYPE"), s("TYPE_NAME"),
                n("COLUMN_SIZE"), n("BUFFER_LENGTH"), n("DECIMAL_DIGITS"), n("NUM_PREC_RADIX"),
                n("NULLABLE"), s("REMARKS"), s("COLUMN_DEF"), n("SQL_DATA_TYPE"),
                n("SQL_DATETIME_SUB"), n("CHAR_OCTET_LENGTH"), n("ORDINAL_POSITION"),
                s("IS_NULLABLE"), s("SCOPE_CATALOG"), s("SCOPE_SCHEMA"), s("SCOPE_TABLE"),
                n("SOURCE_DATA_TYPE"), s("IS_AUTOINCREMENT"), s("IS_GENERATEDCOLUMN"));
        List<Object[]> rows = new ArrayList<>();
        if (!noCatalogOrSchema(catalog, schemaPattern)) {
            Pattern columnPattern = likePattern(columnNamePattern);
            for (TableDefinition table : tables(tableNamePattern)) {
                Optional<Table> handle = connection.handle().database().findTable(table.name());
                if (handle.isEmpty()) {
                    continue;
                }
                List<TableColumns.Column> columns = TableColumns.of(handle.get()).columns();
                AttributeStatistics statistics = handle.get().attributeStatistics();
                long items = handle.get().approximateItemCount();
                for (int i = 0; i < columns.size(); i++) {
                    TableColumns.Column column = columns.get(i);
                    if (columnPattern != null && !columnPattern.matcher(column.name()).matches()) {
                        continue;
                    }
                    boolean key = column.key();
                    Map<AttributeType, Long> types = statistics.typeCounts(column.name());
                    long holding = types.values().stream().mapToLong(Long::longValue).sum();
                    // an attribute is optional unless it is a key or every item holds it
                    boolean required = key || (items > 0 && holding == items);
                    int jdbcType = TypeMapping.jdbcType(column.type());
                    rows.add(new Object[] {null, null, table.name(), column.name(), jdbcType,
                            TypeMapping.typeName(column.type()), columnSize(column.type()), null,
                            column.type() == AttributeType.N ? 0 : null,
                            column.type() == AttributeType.N ? 10 : null,
                            required ? columnNoNulls : columnNullable,
                            columnRemarks(table, column, types), null, null, null,
                            column.type() == AttributeType.S ? 400 * 1024 : null, i + 1,
                            required ? "NO" : "YES", null, null, null, null, "NO", "NO"});
                }
            }
        }
        return MetadataResults.of(null, cols, rows);
    }

    private static Integer columnSize(AttributeType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case N -> 38;
            case S, B -> 400 * 1024;
            case BOOL -> 1;
            default -> null;
        };
    }

    /** What the column is (key, index key, declared, observed) and the mix of types it holds. */
    private static String columnRemarks(TableDefinition table, TableColumns.Column column,
            Map<AttributeType, Long> types) {
        String role = columnRole(table, column);
        if (types.isEmpty()) {
            return role;
        }
        StringBuilder mix = new StringBuilder(role).append("; items by type:");
        types.forEach((type, count) -> mix.append(' ').append(type).append('=').append(count));
        return mix.toString();
    }

    private static String columnRole(TableDefinition table, TableColumns.Column column) {
        for (KeyElement key : table.keySchema().elements()) {
            if (key.name().equals(column.name())) {
                return key == table.keySchema().partitionKey() ? "partition key" : "sort key";
            }
        }
        for (IndexDefinition index : table.indexes()) {
            for (KeyElement key : index.keySchema().elements()) {
                if (key.name().equals(column.name())) {
                    return "key of index " + index.name();
                }
            }
        }
        return column.declaredType() == null ? "observed attribute"
                : "declared " + column.declaredType();
    }

    @Override
    public ResultSet getPrimaryKeys(String catalog, String schema, String table)
            throws SQLException {
        List<MetadataResults.Col> cols = List.of(s("TABLE_CAT"), s("TABLE_SCHEM"),
                s("TABLE_NAME"), s("COLUMN_NAME"), n("KEY_SEQ"), s("PK_NAME"));
        List<Object[]> rows = new ArrayList<>();
        if (!noCatalogOrSchema(catalog, schema)) {
            for (TableDefinition definition : exactTable(table)) {
                List<KeyElement> keys = definition.keySchema().elements();
                for (int i = 0; i < keys.size(); i++) {
                    rows.add(new Object[] {null, null, definition.name(), keys.get(i).name(),
                            i + 1, PRIMARY_KEY_NAME});
                }
            }
        }
        return MetadataResults.of(null, cols, rows);
    }

    private List<TableDefinition> exactTable(String table) throws SQLException {
        connection.checkOpen();
        if (table == null) {
            throw Errors.invalid("A table name is required");
        }
        return connection.handle().database().catalog().table(table).map(List::of)
                .orElse(List.of());
    }

    @Override
    public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique,
            boolean approximate) throws SQLException {
        List<MetadataResults.Col> cols = List.of(s("TABLE_CAT"), s("TABLE_SCHEM"),
                s("TABLE_NAME"), bool("NON_UNIQUE"), s("INDEX_QUALIFIER"), s("INDEX_NAME"),
                n("TYPE"), n("ORDINAL_POSITION"), s("COLUMN_NAME"), s("ASC_OR_DESC"),
                n("CARDINALITY"), n("PAGES"), s("FILTER_CONDITION"));
        List<Object[]> rows = new ArrayList<>();
        if (!noCatalogOrSchema(catalog, schema)) {
            for (TableDefinition definition : exactTable(table)) {
                List<KeyElement> keys = definition.keySchema().elements();
                for (int i = 0; i < keys.size(); i++) {
                    rows.add(new Object[] {null, null, definition.name(), false, null,
                            PRIMARY_KEY_NAME, (int) tableIndexOther, i + 1, keys.get(i).name(),
                            "A", null, null, null});
                }
                if (!unique) {
                    for (IndexDefinition index : definition.indexes()) {
                        List<KeyElement> indexKeys = index.keySchema().elements();
                        for (int i = 0; i < indexKeys.size(); i++) {
                            rows.add(new Object[] {null, null, definition.name(), true, null,
                                    index.name(), (int) tableIndexOther, i + 1,
                                    indexKeys.get(i).name(), "A", null, null, null});
                        }
                    }
                }
            }
        }
        return MetadataResults.of(null, cols, rows);
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        connection.checkOpen();
        return MetadataResults.of(null, List.of(s("TABLE_TYPE")),
                List.<Object[]>of(new Object[] {"TABLE"}));
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        connection.checkOpen();
        return MetadataResults.empty(null, List.of(s("TABLE_CAT")));
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        return getSchemas(null, null);
    }

    @Override
    public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
        connection.checkOpen();
        return MetadataResults.empty(null, List.of(s("TABLE_SCHEM"), s("TABLE_CATALOG")));
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        connection.checkOpen();
        List<MetadataResults.Col> cols = List.of(s("TYPE_NAME"), n("DATA_TYPE"),
                n("PRECISION"), s("LITERAL_PREFIX"), s("LITERAL_SUFFIX"), s("CREATE_PARAMS"),
                n("NULLABLE"), bool("CASE_SENSITIVE"), n("SEARCHABLE"),
                bool("UNSIGNED_ATTRIBUTE"), bool("FIXED_PREC_SCALE"), bool("AUTO_INCREMENT"),
                s("LOCAL_TYPE_NAME"), n("MINIMUM_SCALE"), n("MAXIMUM_SCALE"),
                n("SQL_DATA_TYPE"), n("SQL_DATETIME_SUB"), n("NUM_PREC_RADIX"));
        List<Object[]> rows = new ArrayList<>();
        // ordered by DATA_TYPE, as JDBC asks
        rows.add(typeRow("BINARY", Types.VARBINARY, 409600, null, null, false));
        rows.add(typeRow("STRING", Types.VARCHAR, 409600, "'", "'", true));
        rows.add(typeRow("BOOLEAN", Types.BOOLEAN, 1, null, null, false));
        rows.add(typeRow("NUMBER", Types.DECIMAL, 38, null, null, false));
        rows.add(typeRow("LIST", Types.JAVA_OBJECT, 0, "[", "]", false));
        rows.add(typeRow("MAP", Types.JAVA_OBJECT, 0, "{", "}", false));
        rows.add(typeRow("STRING SET", Types.JAVA_OBJECT, 0, "<<", ">>", false));
        rows.add(typeRow("NUMBER SET", Types.JAVA_OBJECT, 0, "<<", ">>", false));
        rows.add(typeRow("BINARY SET", Types.JAVA_OBJECT, 0, null, null, false));
        rows.sort((a, b) -> Integer.compare((Integer) a[1], (Integer) b[1]));
        return MetadataResults.of(null, cols, rows);
    }

    private static Object[] typeRow(String name, int type, int precision, String prefix,
            String suffix, boolean caseSensitive) {
        return new Object[] {name, type, precision, prefix, suffix, null, (int) typeNullable,
                caseSensitive, (int) typeSearchable, false, false, false, name, 0,
                type == Types.DECIMAL ? 130 : 0, null, null, type == Types.DECIMAL ? 10 : null};
    }

    private ResultSet emptyResult(MetadataResults.Col... cols) throws SQLException {
        connection.checkOpen();
        return MetadataResults.empty(null, List.of(cols));
    }

    @Override
    public ResultSet getImportedKeys(String catalog, String schema, String table)
            throws SQLException {
        return emptyResult(keyColumns());
    }

    @Override
    public ResultSet getExportedKeys(String catalog, String schema, String table)
            throws SQLException {
        return emptyResult(keyColumns());
    }

    @Override
    public ResultSet getCrossReference(String parentCatalog, String parentSchema,
            String parentTable, String foreignCatalog, String foreignSchema, String foreignTable)
            throws SQLException {
        return emptyResult(keyColumns());
    }

    private static MetadataResults.Col[] keyColumns() {
        return new MetadataResults.Col[] {s("PKTABLE_CAT"), s("PKTABLE_SCHEM"),
            s("PKTABLE_NAME"), s("PKCOLUMN_NAME"), s("FKTABLE_CAT"), s("FKTABLE_SCHEM"),
            s("FKTABLE_NAME"), s("FKCOLUMN_NAME"), n("KEY_SEQ"), n("UPDATE_RULE"),
            n("DELETE_RULE"), s("FK_NAME"), s("PK_NAME"), n("DEFERRABILITY")};
    }

    @Override
    public ResultSet getProcedures(String catalog, String schemaPattern,
            String procedureNamePattern) throws SQLException {
        return emptyResult(s("PROCEDURE_CAT"), s("PROCEDURE_SCHEM"), s("PROCEDURE_NAME"),
                s("RESERVED1"), s("RESERVED2"), s("RESERVED3"), s("REMARKS"),
                n("PROCEDURE_TYPE"), s("SPECIFIC_NAME"));
    }

    @Override
    public ResultSet getProcedureColumns(String catalog, String schemaPattern,
            String procedureNamePattern, String columnNamePattern) throws SQLException {
        return emptyResult(s("PROCEDURE_CAT"), s("PROCEDURE_SCHEM"), s("PROCEDURE_NAME"),
                s("COLUMN_NAME"), n("COLUMN_TYPE"), n("DATA_TYPE"), s("TYPE_NAME"),
                n("PRECISION"), n("LENGTH"), n("SCALE"), n("RADIX"), n("NULLABLE"),
                s("REMARKS"), s("COLUMN_DEF"), n("SQL_DATA_TYPE"), n("SQL_DATETIME_SUB"),
                n("CHAR_OCTET_LENGTH"), n("ORDINAL_POSITION"), s("IS_NULLABLE"),
                s("SPECIFIC_NAME"));
    }

    @Override
    public ResultSet getFunctions(String catalog, String schemaPattern,
            String functionNamePattern) throws SQLException {
        return emptyResult(s("FUNCTION_CAT"), s("FUNCTION_SCHEM"), s("FUNCTION_NAME"),
                s("REMARKS"), n("FUNCTION_TYPE"), s("SPECIFIC_NAME"));
    }

    @Override
    public ResultSet getFunctionColumns(String catalog, String schemaPattern,
            String functionNamePattern, String columnNamePattern) throws SQLException {
        return emptyResult(s("FUNCTION_CAT"), s("FUNCTION_SCHEM"), s("FUNCTION_NAME"),
                s("COLUMN_NAME"), n("COLUMN_TYPE"), n("DATA_TYPE"), s("TYPE_NAME"),
                n("PRECISION"), n("LENGTH"), n("SCALE"), n("RADIX"), n("NULLABLE"),
                s("REMARKS"), n("CHAR_OCTET_LENGTH"), n("ORDINAL_POSITION"),
                s("IS_NULLABLE"), s("SPECIFIC_NAME"));
    }

    @Override
    public ResultSet getColumnPrivileges(String catalog, String schema, String table,
            String columnNamePattern) throws SQLException {
        return emptyResult(s("TABLE_CAT"), s("TABLE_SCHEM"), s("TABLE_NAME"), s("COLUMN_NAME"),
                s("GRANTOR"), s("GRANTEE"), s("PRIVILEGE"), s("IS_GRANTABLE"));
    }

    @Override
    public ResultSet getTablePrivileges(String catalog, String schemaPattern,
            String tableNamePattern) throws SQLException {
        return emptyResult(s("TABLE_CAT"), s("TABLE_SCHEM"), s("TABLE_NAME"), s("GRANTOR"),
                s("GRANTEE"), s("PRIVILEGE"), s("IS_GRANTABLE"));
    }

    @Override
    public ResultSet getBestRowIdentifier(String catalog, String schema, String table,
            int scope, boolean nullable) throws SQLException {
        List<MetadataResults.Col> cols = List.of(n("SCOPE"), s("COLUMN_NAME"), n("DATA_TYPE"),
                s("TYPE_NAME"), n("COLUMN_SIZE"), n("BUFFER_LENGTH"), n("DECIMAL_DIGITS"),
                n("PSEUDO_COLUMN"));
        List<Object[]> rows = new ArrayList<>();
        if (!noCatalogOrSchema(catalog, schema)) {
            for (TableDefinition definition : exactTable(table)) {
                for (KeyElement key : definition.keySchema().elements()) {
                    AttributeType type = key.type().toAttributeType();
                    rows.add(new Object[] {(int) bestRowSession, key.name(),
                            TypeMapping.jdbcType(type), TypeMapping.typeName(type),
                            columnSize(type), null, null, (int) bestRowNotPseudo});
                }
            }
        }
        return MetadataResults.of(null, cols, rows);
    }

    @Override
    public ResultSet getVersionColumns(String catalog, String schema, String table)
            throws SQLException {
        return emptyResult(n("SCOPE"), s("COLUMN_NAME"), n("DATA_TYPE"), s("TYPE_NAME"),
                n("COLUMN_SIZE"), n("BUFFER_LENGTH"), n("DECIMAL_DIGITS"), n("PSEUDO_COLUMN"));
    }

    @Override
    public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern,
            int[] types) throws SQLException {
        return emptyResult(s("TYPE_CAT"), s("TYPE_SCHEM"), s("TYPE_NAME"), s("CLASS_NAME"),
                n("DATA_TYPE"), s("REMARKS"), n("BASE_TYPE"));
    }

    @Override
    public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern)
            throws SQLException {
        return emptyResult(s("TYPE_CAT"), s("TYPE_SCHEM"), s("TYPE_NAME"), s("SUPERTYPE_CAT"),
                s("SUPERTYPE_SCHEM"), s("SUPERTYPE_NAME"));
    }

    @Override
    public ResultSet getSuperTables(String catalog, String schemaPattern,
            String tableNamePattern) throws SQLException {
        return emptyResult(s("TABLE_CAT"), s("TABLE_SCHEM"), s("TABLE_NAME"),
                s("SUPERTABLE_NAME"));
    }

    @Override
    public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
            String attributeNamePattern) throws SQLException {
        return emptyResult(s("TYPE_CAT"), s("TYPE_SCHEM"), s("TYPE_NAME"), s("ATTR_NAME"),
                n("DATA_TYPE"), s("ATTR_TYPE_NAME"), n("ATTR_SIZE"), n("DECIMAL_DIGITS"),
                n("NUM_PREC_RADIX"), n("NULLABLE"), s("REMARKS"), s("ATTR_DEF"),
                n("SQL_DATA_TYPE"), n("SQL_DATETIME_SUB"), n("CHAR_OCTET_LENGTH"),
                n("ORDINAL_POSITION"), s("IS_NULLABLE"), s("SCOPE_CATALOG"), s("SCOPE_SCHEMA"),
                s("SCOPE_TABLE"), n("SOURCE_DATA_TYPE"));
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        return emptyResult(s("NAME"), n("MAX_LEN"), s("DEFAULT_VALUE"), s("DESCRIPTION"));
    }

    @Override
    public ResultSet getPseudoColumns(String catalog, String schemaPattern,
            String tableNamePattern, String columnNamePattern) throws SQLException {
        return emptyResult(s("TABLE_CAT"), s("TABLE_SCHEM"), s("TABLE_NAME"), s("COLUMN_NAME"),
                n("DATA_TYPE"), n("COLUMN_SIZE"), n("DECIMAL_DIGITS"), n("NUM_PREC_RADIX"),
                s("COLUMN_USAGE"), s("REMARKS"), n("CHAR_OCTET_LENGTH"), s("IS_NULLABLE"));
    }

    @Override
    public boolean allProceduresAreCallable() {
        return false;
    }

    @Override
    public boolean allTablesAreSelectable() {
        return true;
    }

    @Override
    public String getURL() {
        return connection.url();
    }

    @Override
    public String getUserName() {
        return "";
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return connection.isReadOnly();
    }

    @Override
    public boolean nullsAreSortedHigh() {
        return false;
    }

    @Override
    public boolean nullsAreSortedLow() {
        return true;
    }

    @Override
    public boolean nullsAreSortedAtStart() {
        return false;
    }

    @Override
    public boolean nullsAreSortedAtEnd() {
        return false;
    }

    @Override
    public String getDatabaseProductName() {
        return "PartiDB";
    }

    @Override
    public String getDatabaseProductVersion() {
        return VERSION;
    }

    @Override
    public String getDriverName() {
        return "PartiDB JDBC Driver";
    }

    @Override
    public String getDriverVersion() {
        return VERSION;
    }

    @Override
    public int getDriverMajorVersion() {
        return PartiDBDriver.MAJOR_VERSION;
    }

    @Override
    public int getDriverMinorVersion() {
        return PartiDBDriver.MINOR_VERSION;
    }

    @Override
    public boolean usesLocalFiles() {
        return false;
    }

    @Override
    public boolean usesLocalFilePerTable() {
        return false;
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() {
        return true;
    }

    @Override
    public boolean storesUpperCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseIdentifiers() {
        return false;
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() {
        return true;
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() {
        return false;
    }

    @Override
    public String getIdentifierQuoteString() {
        return "\"";
    }

    @Override
    public String getSQLKeywords() {
        return "EXISTS,GLOBAL,INCLUDE,INDEX,KEYS_ONLY,LIMIT,LOCAL,MISSING,MODIFIED,NEW,OFFSET,"
                + "OLD,PROJECTION,REMOVE,RETURNING,SET,VALUE";
    }

    @Override
    public String getNumericFunctions() {
        return "";
    }

    @Override
    public String getStringFunctions() {
        return "";
    }

    @Override
    public String getSystemFunctions() {
        return "";
    }

    @Override
    public String getTimeDateFunctions() {
        return "";
    }

    @Override
    public String getSearchStringEscape() {
        return "\\";
    }

    @Override
    public String getExtraNameCharacters() {
        return "";
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() {
        return false;
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() {
        return false;
    }

    @Override
    public boolean supportsColumnAliasing() {
        return true;
    }

    @Override
    public boolean nullPlusNonNullIsNull() {
        return false;
    }

    @Override
    public boolean supportsConvert() {
        return false;
    }

    @Override
    public boolean supportsConvert(int fromType, int toType) {
        return false;
    }

    @Override
    public boolean supportsTableCorrelationNames() {
        return false;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() {
        return false;
    }

    @Override
    public boolean supportsExpressionsInOrderBy() {
        return false;
    }

    @Override
    public boolean supportsOrderByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsGroupBy() {
        return false;
    }

    @Override
    public boolean supportsGroupByUnrelated() {
        return false;
    }

    @Override
    public boolean supportsGroupByBeyondSelect() {
        return false;
    }

    @Override
    public boolean supportsLikeEscapeClause() {
        return false;
    }

    @Override
    public boolean supportsMultipleResultSets() {
        return false;
    }

    @Override
    public boolean supportsMultipleTransactions() {
        return true;
    }

    @Override
    public boolean supportsNonNullableColumns() {
        return true;
    }

    @Override
    public boolean supportsMinimumSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsCoreSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsExtendedSQLGrammar() {
        return false;
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() {
        return false;
    }

    @Override
    public boolean supportsANSI92FullSQL() {
        return false;
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() {
        return false;
    }

    @Override
    public boolean supportsOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsFullOuterJoins() {
        return false;
    }

    @Override
    public boolean supportsLimitedOuterJoins() {
        return false;
    }

    @Override
    public String getSchemaTerm() {
        return "schema";
    }

    @Override
    public String getProcedureTerm() {
        return "procedure";
    }

    @Override
    public String getCatalogTerm() {
        return "catalog";
    }

    @Override
    public boolean isCatalogAtStart() {
        return true;
    }

    @Override
    public String getCatalogSeparator() {
        return ".";
    }

    @Override
    public boolean supportsSchemasInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() {
        return false;
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() {
        return false;
    }

    @Override
    public boolean supportsPositionedDelete() {
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate() {
        return false;
    }

    @Override
    public boolean supportsSelectForUpdate() {
        return false;
    }

    @Override
    public boolean supportsStoredProcedures() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInExists() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInIns() {
        return false;
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() {
        return false;
    }

    @Override
    public boolean supportsCorrelatedSubqueries() {
        return false;
    }

    @Override
    public boolean supportsUnion() {
        return false;
    }

    @Override
    public boolean supportsUnionAll() {
        return false;
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() {
        return true;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() {
        return true;
    }

    @Override
    public int getMaxBinaryLiteralLength() {
        return 0;
    }

    @Override
    public int getMaxCharLiteralLength() {
        return 400 * 1024;
    }

    @Override
    public int getMaxColumnNameLength() {
        return 64 * 1024;
    }

    @Override
    public int getMaxColumnsInGroupBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInIndex() {
        return 2;
    }

    @Override
    public int getMaxColumnsInOrderBy() {
        return 0;
    }

    @Override
    public int getMaxColumnsInSelect() {
        return 0;
    }

    @Override
    public int getMaxColumnsInTable() {
        return 0;
    }

    @Override
    public int getMaxConnections() {
        return 0;
    }

    @Override
    public int getMaxCursorNameLength() {
        return 0;
    }

    @Override
    public int getMaxIndexLength() {
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength() {
        return 0;
    }

    @Override
    public int getMaxProcedureNameLength() {
        return 0;
    }

    @Override
    public int getMaxCatalogNameLength() {
        return 0;
    }

    @Override
    public int getMaxRowSize() {
        return 400 * 1024;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() {
        return true;
    }

    @Override
    public int getMaxStatementLength() {
        return 8192;
    }

    @Override
    public int getMaxStatements() {
        return 0;
    }

    @Override
    public int getMaxTableNameLength() {
        return 255;
    }

    @Override
    public int getMaxTablesInSelect() {
        return 1;
    }

    @Override
    public int getMaxUserNameLength() {
        return 0;
    }

    @Override
    public int getDefaultTransactionIsolation() {
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    /** Auto-commit off groups INSERT, UPDATE and DELETE into one all-or-nothing transaction. */
    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int level) {
        return level == Connection.TRANSACTION_READ_COMMITTED;
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() {
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() {
        return true;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() {
        return false;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() {
        return false;
    }

    @Override
    public boolean supportsResultSetType(int type) {
        return type == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsResultSetConcurrency(int type, int concurrency) {
        return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean ownUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersDeletesAreVisible(int type) {
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int type) {
        return false;
    }

    @Override
    public boolean updatesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean deletesAreDetected(int type) {
        return false;
    }

    @Override
    public boolean insertsAreDetected(int type) {
        return false;
    }

    @Override
    public boolean supportsBatchUpdates() {
        return true;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public boolean supportsSavepoints() {
        return false;
    }

    @Override
    public boolean supportsNamedParameters() {
        return false;
    }

    @Override
    public boolean supportsMultipleOpenResults() {
        return false;
    }

    @Override
    public boolean supportsGetGeneratedKeys() {
        return false;
    }

    @Override
    public boolean supportsResultSetHoldability(int holdability) {
        return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getResultSetHoldability() {
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public int getDatabaseMajorVersion() {
        return PartiDBDriver.MAJOR_VERSION;
    }

    @Override
    public int getDatabaseMinorVersion() {
        return PartiDBDriver.MINOR_VERSION;
    }

    @Override
    public int getJDBCMajorVersion() {
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() {
        return 2;
    }

    @Override
    public int getSQLStateType() {
        return sqlStateSQL;
    }

    @Override
    public boolean locatorsUpdateCopy() {
        return false;
    }

    @Override
    public boolean supportsStatementPooling() {
        return false;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() {
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() {
        return false;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() {
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned() {
        return false;
    }
}
