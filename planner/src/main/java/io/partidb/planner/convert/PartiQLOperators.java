package io.partidb.planner.convert;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * The PartiQL-specific operators that appear in our Calcite plans. PartiQL's values (MISSING,
 * DynamoDB's stored NULL, documents, sets) do not follow SQL's three-valued logic, so every
 * construct whose meaning differs from SQL's is an opaque operator here that no Calcite rule or
 * simplifier reasons about; comparisons and AND/OR/NOT use Calcite's standard operators.
 */
public final class PartiQLOperators {
    private PartiQLOperators() {
    }

    /** {@code PATH(base, step...)}: a document path below an attribute; steps are literals. */
    public static final SqlFunction PATH = value("PATH");
    /** {@code ATTR(item, 'name')}: a top-level attribute not in the table's row type. */
    public static final SqlFunction ATTR = value("ATTR");
    /** DynamoDB's stored NULL value ({@code NULL} in PartiQL). */
    public static final SqlFunction NULL_VALUE = value("NULL_VALUE");
    /** The MISSING literal. */
    public static final SqlFunction MISSING = value("MISSING");
    /** {@code [e, ...]}. */
    public static final SqlFunction LIST = value("LIST");
    /** {@code {'k': v, ...}} as alternating key literals and values. */
    public static final SqlFunction MAP = value("MAP");
    /** {@code <<e, ...>>}. */
    public static final SqlFunction SET = value("SET");
    /** {@code a + b} on DynamoDB numbers. */
    public static final SqlFunction ADD = value("ADD");
    /** {@code a - b} on DynamoDB numbers. */
    public static final SqlFunction SUBTRACT = value("SUBTRACT");
    /** Unary minus. */
    public static final SqlFunction NEGATE = value("NEGATE");
    /** {@code size(path)}. */
    public static final SqlFunction SIZE = value("SIZE");

    /** {@code x IN (a, b, ...)}: kept whole so key extraction can see a partition-key IN. */
    public static final SqlFunction IN = predicate("IN");
    /** {@code x IS MISSING}. */
    public static final SqlFunction IS_MISSING = predicate("IS_MISSING");
    /** {@code x IS NULL}: true only for a stored NULL, never for a missing attribute. */
    public static final SqlFunction IS_NULL = predicate("IS_NULL");
    /** {@code x IS <type>}: second operand is the DynamoDB type name literal. */
    public static final SqlFunction IS_TYPE = predicate("IS_TYPE");
    /** {@code begins_with(path, prefix)}. */
    public static final SqlFunction BEGINS_WITH = predicate("BEGINS_WITH");
    /** {@code contains(path, operand)}. */
    public static final SqlFunction CONTAINS = predicate("CONTAINS");
    /** {@code attribute_type(path, 'T')}. */
    public static final SqlFunction ATTRIBUTE_TYPE = predicate("ATTRIBUTE_TYPE");
    /** {@code attribute_exists(path)}. */
    public static final SqlFunction ATTRIBUTE_EXISTS = predicate("ATTRIBUTE_EXISTS");
    /** {@code attribute_not_exists(path)}. */
    public static final SqlFunction ATTRIBUTE_NOT_EXISTS = predicate("ATTRIBUTE_NOT_EXISTS");

    private static final Map<String, SqlFunction> FUNCTIONS = Map.of(
            "begins_with", BEGINS_WITH,
            "contains", CONTAINS,
            "size", SIZE,
            "attribute_type", ATTRIBUTE_TYPE,
            "attribute_exists", ATTRIBUTE_EXISTS,
            "attribute_not_exists", ATTRIBUTE_NOT_EXISTS);

    private static final Map<String, Integer> ARITY = Map.of(
            "begins_with", 2, "contains", 2, "size", 1, "attribute_type", 2,
            "attribute_exists", 1, "attribute_not_exists", 1);

    /** The function a PartiQL WHERE clause may call under this name (case-insensitive). */
    public static Optional<SqlFunction> function(String name) {
        return Optional.ofNullable(FUNCTIONS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The number of operands the named function takes. */
    public static int arity(String name) {
        return ARITY.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the operator yields a boolean rather than a value. */
    public static boolean isPredicate(SqlOperator op) {
        return op.getKind() == SqlKind.OTHER_FUNCTION && op instanceof PredicateFunction;
    }

    private static SqlFunction value(String name) {
        return new SqlFunction(name, SqlKind.OTHER_FUNCTION, ReturnTypes.explicit(
                org.apache.calcite.sql.type.SqlTypeName.ANY), null, OperandTypes.VARIADIC,
                SqlFunctionCategory.USER_DEFINED_FUNCTION);
    }

    private static SqlFunction predicate(String name) {
        return new PredicateFunction(name);
    }

    /** Marker type for boolean-valued PartiQL operators. */
    private static final class PredicateFunction extends SqlFunction {
        PredicateFunction(String name) {
            super(name, SqlKind.OTHER_FUNCTION, ReturnTypes.BOOLEAN, null, OperandTypes.VARIADIC,
                    SqlFunctionCategory.USER_DEFINED_FUNCTION);
        }
    }
}
