package io.partidb.planner.convert;

import io.partidb.ast.AndExpr;
import io.partidb.ast.ArithmeticExpr;
import io.partidb.ast.BetweenExpr;
import io.partidb.ast.ComparisonExpr;
import io.partidb.ast.CountAll;
import io.partidb.ast.Expr;
import io.partidb.ast.FunctionCall;
import io.partidb.ast.InExpr;
import io.partidb.ast.IsExpr;
import io.partidb.ast.ListExpr;
import io.partidb.ast.Literal;
import io.partidb.ast.MapExpr;
import io.partidb.ast.NegateExpr;
import io.partidb.ast.NotExpr;
import io.partidb.ast.OrExpr;
import io.partidb.ast.ParameterExpr;
import io.partidb.ast.PathExpr;
import io.partidb.ast.SelectItem;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.SetExpr;
import io.partidb.ast.SourcePosition;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.engine.value.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalSort;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.rules.FilterMergeRule;
import org.apache.calcite.rel.rules.ProjectMergeRule;
import org.apache.calcite.rel.rules.ProjectRemoveRule;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCollation;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * Turns a SELECT's AST into a Calcite logical plan (scan, filter, project, limit) with
 * {@link RelBuilder}, then normalises it with a small {@link HepPlanner} pass. Simplification
 * is off everywhere: PartiQL's MISSING is not SQL's NULL, so no rule may rewrite predicates.
 */
public final class RelConverter {
    /** Rule builders that never simplify expressions. */
    private static final RelBuilderFactory NO_SIMPLIFY =
            RelBuilder.proto(Contexts.of(RelBuilder.Config.DEFAULT.withSimplify(false)));

    private static final HepProgram NORMALISE = new HepProgramBuilder()
            .addRuleInstance(FilterMergeRule.Config.DEFAULT
                    .withRelBuilderFactory(NO_SIMPLIFY).toRule())
            .addRuleInstance(ProjectMergeRule.Config.DEFAULT
                    .withRelBuilderFactory(NO_SIMPLIFY).toRule())
            .addRuleInstance(ProjectRemoveRule.Config.DEFAULT
                    .withRelBuilderFactory(NO_SIMPLIFY).toRule())
            .build();

    private static final String UTF_8 = "UTF-8";

    /** The label of a {@code COUNT(*)} column without an alias, as written. */
    private static final String COUNT_ALL_LABEL = "COUNT(*)";

    /** Aggregate functions SQL has and PartiDB does not support yet (besides COUNT(*)). */
    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX");

    private final RelDataTypeFactory types = new SqlTypeFactoryImpl(
            org.apache.calcite.rel.type.RelDataTypeSystem.DEFAULT);
    private final RexBuilder rex = new RexBuilder(types);
    private final HepPlanner hep = new HepPlanner(NORMALISE);
    private final RelOptCluster cluster = RelOptCluster.create(hep, rex);
    private final RelBuilder builder = NO_SIMPLIFY.create(cluster, null);
    private final RelDataType anyType = types.createTypeWithNullability(
            types.createSqlType(SqlTypeName.ANY), true);
    private final RelDataType booleanType = types.createSqlType(SqlTypeName.BOOLEAN);

    private TableColumns columns;

    /** The logical plan of a SELECT and the labels of its output columns. */
    public record Converted(RelNode rel, List<String> labels) {
    }

    /**
     * Converts the WHERE clause of a write (UPDATE, DELETE) over the given table: a condition
     * on one item, which does not go through a logical plan.
     */
    public RexNode convertWhere(Expr where, TableColumns table) {
        this.columns = table;
        builder.push(LogicalTableScan.create(cluster, new ScanTable(table, types), List.of()));
        RexNode condition = convert(where);
        builder.clear();
        return condition;
    }

    /** The builder of row expressions this converter makes them with. */
    public RexBuilder rexBuilder() {
        return rex;
    }

    /** Converts a SELECT over the given table into a normalised logical plan. */
    public Converted convertSelect(SelectStatement select, TableColumns table) {
        this.columns = table;
        builder.push(LogicalTableScan.create(cluster, new ScanTable(table, types), List.of()));
        select.where().ifPresent(where -> builder.filter(convert(where)));

        List<RexNode> projections = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean counting = counts(select);
        if (counting) {
            for (SelectItem item : select.items()) {
                labels.add(item.alias().map(n -> n.text()).orElse(COUNT_ALL_LABEL));
            }
            // every column holds the same count: one aggregate call, read under each label
            builder.aggregate(builder.groupKey(), builder.countStar(labels.get(0)));
        } else if (select.star()) {
            for (int i = 0; i < table.columns().size(); i++) {
                projections.add(builder.field(i));
                labels.add(table.columns().get(i).name());
            }
        } else {
            for (SelectItem item : select.items()) {
                projections.add(convert(item.expr()));
                labels.add(item.alias().map(n -> n.text()).orElseGet(() -> label(item.expr())));
            }
        }
        if (!counting) {
            builder.project(projections, labels, true);
        }
        if (select.limit().isPresent() || select.offset().isPresent()) {
            RexNode offset = select.offset().map(this::limitOperand).orElse(null);
            RexNode fetch = select.limit().map(this::limitOperand).orElse(null);
            // not RelBuilder.sortLimit, which turns LIMIT 0 into an empty Values
            builder.push(LogicalSort.create(builder.build(), RelCollations.EMPTY, offset, fetch));
        }
        RelNode logical = builder.build();
        hep.setRoot(logical);
        return new Converted(hep.findBestExp(), List.copyOf(labels));
    }

    /**
     * Whether the select list counts items ({@code COUNT(*)}, each item of it); refuses a list
     * that mixes counts with attributes (that needs GROUP BY), other aggregate functions, and
     * ORDER BY with a count, which returns one row.
     */
    private static boolean counts(SelectStatement select) {
        boolean counts = false;
        boolean others = select.star();
        for (SelectItem item : select.items()) {
            if (item.expr() instanceof FunctionCall call
                    && AGGREGATES.contains(call.name().text().toUpperCase(Locale.ROOT))) {
                throw new EngineException(ErrorCode.NOT_SUPPORTED, "Aggregate function "
                        + call.name().text().toUpperCase(Locale.ROOT) + "(...) is not supported; "
                        + "COUNT(*) is (at " + at(call.position()) + ")");
            }
            if (item.expr() instanceof CountAll) {
                counts = true;
            } else {
                others = true;
            }
        }
        if (counts && others) {
            throw new EngineException(ErrorCode.NOT_SUPPORTED, "Selecting attributes together "
                    + "with COUNT(*) needs GROUP BY, which is not supported");
        }
        if (counts && !select.orderBy().isEmpty()) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "ORDER BY cannot be used with COUNT(*), which returns one row");
        }
        return counts;
    }

    /** The label DynamoDB gives a projected path: its last named component. */
    private static String label(Expr expr) {
        if (expr instanceof PathExpr path) {
            String label = path.root().text();
            for (PathExpr.PathStep step : path.steps()) {
                if (step instanceof PathExpr.FieldStep field) {
                    label = field.name().text();
                }
            }
            return label;
        }
        throw new EngineException(ErrorCode.INVALID_STATEMENT,
                "Statement wasn't well formed, can't be processed: Unexpected path component at "
                        + at(expr.position()));
    }

    private RexNode limitOperand(Expr expr) {
        if (expr instanceof ParameterExpr p) {
            return rex.makeDynamicParam(anyType, p.index());
        }
        if (expr instanceof Literal.NumberLiteral n) {
            BigDecimal value = new BigDecimal(n.text());
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                    || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new EngineException(ErrorCode.VALIDATION, "LIMIT and OFFSET take an "
                        + "integer from 0 to " + Integer.MAX_VALUE + ", not " + n.text());
            }
            return rex.makeExactLiteral(value);
        }
        throw new EngineException(ErrorCode.INVALID_STATEMENT,
                "LIMIT and OFFSET take a number or a parameter at " + at(expr.position()));
    }

    /** Converts any expression; predicates become BOOLEAN calls, values ANY. */
    public RexNode convert(Expr expr) {
        if (expr instanceof Literal literal) {
            return literal(literal);
        } else if (expr instanceof ParameterExpr p) {
            return rex.makeDynamicParam(anyType, p.index());
        } else if (expr instanceof PathExpr path) {
            return path(path);
        } else if (expr instanceof ListExpr list) {
            return value(PartiQLOperators.LIST, convertAll(list.elements()));
        } else if (expr instanceof SetExpr set) {
            return value(PartiQLOperators.SET, convertAll(set.elements()));
        } else if (expr instanceof MapExpr map) {
            List<RexNode> operands = new ArrayList<>();
            for (MapExpr.Entry entry : map.entries()) {
                operands.add(text(entry.key()));
                operands.add(convert(entry.value()));
            }
            return value(PartiQLOperators.MAP, operands);
        } else if (expr instanceof ComparisonExpr c) {
            return predicate(comparison(c.op()), List.of(convert(c.left()), convert(c.right())));
        } else if (expr instanceof BetweenExpr b) {
            RexNode value = convert(b.value());
            RexNode range = predicate(SqlStdOperatorTable.AND, List.of(
                    predicate(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL,
                            List.of(value, convert(b.low()))),
                    predicate(SqlStdOperatorTable.LESS_THAN_OR_EQUAL,
                            List.of(value, convert(b.high())))));
            return b.negated() ? not(range) : range;
        } else if (expr instanceof InExpr in) {
            List<RexNode> operands = new ArrayList<>();
            operands.add(convert(in.value()));
            operands.addAll(convertAll(in.candidates()));
            RexNode call = predicate(PartiQLOperators.IN, operands);
            return in.negated() ? not(call) : call;
        } else if (expr instanceof IsExpr is) {
            RexNode call = is(is);
            return is.negated() ? not(call) : call;
        } else if (expr instanceof AndExpr and) {
            return predicate(SqlStdOperatorTable.AND,
                    List.of(convert(and.left()), convert(and.right())));
        } else if (expr instanceof OrExpr or) {
            return predicate(SqlStdOperatorTable.OR,
                    List.of(convert(or.left()), convert(or.right())));
        } else if (expr instanceof NotExpr not) {
            return not(convert(not.operand()));
        } else if (expr instanceof ArithmeticExpr a) {
            return value(a.op() == ArithmeticExpr.Op.ADD
                            ? PartiQLOperators.ADD : PartiQLOperators.SUBTRACT,
                    List.of(convert(a.left()), convert(a.right())));
        } else if (expr instanceof NegateExpr n) {
            return value(PartiQLOperators.NEGATE, List.of(convert(n.operand())));
        } else if (expr instanceof FunctionCall call) {
            return function(call);
        }
        throw new IllegalStateException("unknown expression " + expr);
    }

    private List<RexNode> convertAll(List<Expr> exprs) {
        List<RexNode> nodes = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            nodes.add(convert(e));
        }
        return nodes;
    }

    private RexNode literal(Literal literal) {
        if (literal instanceof Literal.StringLiteral s) {
            return text(s.value());
        } else if (literal instanceof Literal.NumberLiteral n) {
            BigDecimal number = AttributeValue.ofNumber(n.text()).value();
            // Calcite's DECIMAL needs a scale >= 0; canonical numbers may have a negative one
            return rex.makeExactLiteral(number.scale() < 0 ? number.setScale(0) : number);
        } else if (literal instanceof Literal.BooleanLiteral b) {
            return rex.makeLiteral(b.value());
        } else if (literal instanceof Literal.NullLiteral) {
            return value(PartiQLOperators.NULL_VALUE, List.of());
        }
        return value(PartiQLOperators.MISSING, List.of());
    }

    /**
     * A character literal in UTF-8: {@code RexBuilder.makeLiteral(String)} uses Calcite's default
     * charset, ISO-8859-1, and fails on any other character, while DynamoDB strings and names
     * are Unicode.
     */
    private RexNode text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                // UTF-8 cannot encode it, so neither can Calcite; a parameter carries any text
                throw new EngineException(ErrorCode.VALIDATION, String.format(Locale.ROOT,
                        "Text in a statement must be valid Unicode: '%s' holds an unpaired "
                                + "surrogate U+%04X; bind such text as a parameter", value,
                        (int) c));
            }
        }
        return rex.makeCharLiteral(new NlsString(value, UTF_8, SqlCollation.IMPLICIT));
    }

    private RexNode path(PathExpr path) {
        String root = path.root().text();
        int column = columns.indexOf(root);
        RexNode base = column >= 0
                ? builder.field(column)
                : value(PartiQLOperators.ATTR, List.of(builder.field(columns.itemFieldIndex()),
                        text(root)));
        if (path.steps().isEmpty()) {
            return base;
        }
        List<RexNode> operands = new ArrayList<>();
        operands.add(base);
        for (PathExpr.PathStep step : path.steps()) {
            operands.add(step instanceof PathExpr.FieldStep field
                    ? text(field.name().text())
                    : rex.makeExactLiteral(
                            BigDecimal.valueOf(((PathExpr.IndexStep) step).index())));
        }
        return value(PartiQLOperators.PATH, operands);
    }

    private RexNode is(IsExpr is) {
        RexNode value = convert(is.value());
        return switch (is.test()) {
            case "MISSING" -> predicate(PartiQLOperators.IS_MISSING, List.of(value));
            case "NULL" -> predicate(PartiQLOperators.IS_NULL, List.of(value));
            default -> predicate(PartiQLOperators.IS_TYPE,
                    List.of(value, text(typeTest(is))));
        };
    }

    private static final Map<String, String> TYPE_WORDS = Map.ofEntries(
            Map.entry("STRING", "S"), Map.entry("NUMBER", "N"), Map.entry("BINARY", "B"),
            Map.entry("BOOL", "BOOL"), Map.entry("BOOLEAN", "BOOL"), Map.entry("LIST", "L"),
            Map.entry("MAP", "M"), Map.entry("STRUCT", "M"), Map.entry("TUPLE", "M"),
            Map.entry("STRING SET", "SS"), Map.entry("NUMBER SET", "NS"),
            Map.entry("BINARY SET", "BS"));

    private static String typeTest(IsExpr is) {
        String type = TYPE_WORDS.get(is.test().toUpperCase(Locale.ROOT));
        if (type == null) {
            throw new EngineException(ErrorCode.INVALID_STATEMENT,
                    "Statement wasn't well formed, can't be processed: Unsupported type in IS: "
                            + is.test() + " at " + at(is.position()));
        }
        return type;
    }

    private RexNode function(FunctionCall call) {
        String name = call.name().text();
        SqlOperator op = PartiQLOperators.function(name).orElseThrow(() -> new EngineException(
                ErrorCode.UNKNOWN_FUNCTION, "Unrecognized function: "
                        + name.toLowerCase(Locale.ROOT) + " at " + at(call.position())));
        int arity = PartiQLOperators.arity(name);
        if (call.arguments().size() != arity) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Incorrect number of operands for operator or function; operator or function: "
                            + name.toLowerCase(Locale.ROOT) + ", number of operands: "
                            + call.arguments().size());
        }
        if (!(call.arguments().get(0) instanceof PathExpr)) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Operator or function requires a document path; operator or function: "
                            + name.toLowerCase(Locale.ROOT));
        }
        List<RexNode> operands = convertAll(call.arguments());
        return PartiQLOperators.isPredicate(op)
                ? predicate(op, operands) : value(op, operands);
    }

    private static SqlOperator comparison(ComparisonExpr.Op op) {
        return switch (op) {
            case EQ -> SqlStdOperatorTable.EQUALS;
            case NE -> SqlStdOperatorTable.NOT_EQUALS;
            case LT -> SqlStdOperatorTable.LESS_THAN;
            case LE -> SqlStdOperatorTable.LESS_THAN_OR_EQUAL;
            case GT -> SqlStdOperatorTable.GREATER_THAN;
            case GE -> SqlStdOperatorTable.GREATER_THAN_OR_EQUAL;
        };
    }

    private RexNode not(RexNode operand) {
        return predicate(SqlStdOperatorTable.NOT, List.of(operand));
    }

    private RexNode predicate(SqlOperator op, List<RexNode> operands) {
        return rex.makeCall(booleanType, op, operands);
    }

    private RexNode value(SqlOperator op, List<RexNode> operands) {
        return rex.makeCall(anyType, op, operands);
    }

    static String at(SourcePosition position) {
        return position.line() + ":" + position.column();
    }
}
