package io.partidb.planner;

import io.partidb.ast.AlterTableStatement;
import io.partidb.ast.CreateIndexStatement;
import io.partidb.ast.CreateTableStatement;
import io.partidb.ast.DeleteStatement;
import io.partidb.ast.DropIndexStatement;
import io.partidb.ast.DropTableStatement;
import io.partidb.ast.ExplainStatement;
import io.partidb.ast.InsertStatement;
import io.partidb.ast.SelectStatement;
import io.partidb.ast.Statement;
import io.partidb.ast.UpdateStatement;
import io.partidb.engine.Database;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;
import io.partidb.grammar.ParsedStatement;
import io.partidb.grammar.StatementParser;
import io.partidb.grammar.SyntaxError;
import io.partidb.planner.ddl.DdlPlanner;
import io.partidb.planner.physical.ExplainPlan;

/**
 * The planner's entry point for one database: statement text in, cached immutable {@link Plan}
 * out. A cache hit costs one hash lookup; a miss parses, converts to a Calcite plan, chooses
 * the access path and compiles physical operators. Errors are {@link EngineException}s carrying
 * the error catalogue's code.
 */
public final class Planner {
    private static final int CACHE_CAPACITY = 4096;

    private final Database database;
    private final PlanCache cache = new PlanCache(CACHE_CAPACITY);

    public Planner(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    /**
     * The plan for a statement, from the cache when the schema (catalog and attribute names)
     * has not changed since.
     */
    public Plan prepare(String text) {
        return prepare(text, PlanOptions.DEFAULT);
    }

    /** The plan for a statement under these connection settings. */
    public Plan prepare(String text, PlanOptions options) {
        long version = database.schemaVersion();
        String key = options.equals(PlanOptions.DEFAULT) ? text : options.cacheKeyPrefix() + text;
        Plan plan = cache.get(key, version);
        if (plan == null) {
            plan = plan(parse(text), options);
            cache.put(key, version, plan);
        }
        return plan;
    }

    /** Number of cached plans (for tests and monitoring). */
    public int cachedPlans() {
        return cache.size();
    }

    private static ParsedStatement parse(String text) {
        try {
            return StatementParser.parse(text);
        } catch (SyntaxError e) {
            throw new EngineException(ErrorCode.SYNTAX_ERROR, e.getMessage());
        }
    }

    private Plan plan(ParsedStatement parsed, PlanOptions options) {
        if (usesCalcite(parsed.statement())) {
            PlannerWarmUp.awaitCompletion();
        }
        return plan(parsed.statement(), parsed.parameterCount(), options);
    }

    /**
     * Whether planning the statement goes through Calcite: SELECT, UPDATE and DELETE do
     * (their WHERE clauses become row expressions); INSERT and DDL do not.
     */
    private static boolean usesCalcite(Statement statement) {
        if (statement instanceof ExplainStatement explain) {
            return usesCalcite(explain.statement());
        }
        return statement instanceof SelectStatement || statement instanceof UpdateStatement
                || statement instanceof DeleteStatement;
    }

    private Plan plan(Statement statement, int parameterCount, PlanOptions options) {
        DdlPlanner ddl = new DdlPlanner(database);
        if (statement instanceof SelectStatement select) {
            return new QueryPlanner(database).select(select, parameterCount, options);
        } else if (statement instanceof InsertStatement insert) {
            return new InsertPlanner(database).insert(insert, parameterCount);
        } else if (statement instanceof ExplainStatement explain) {
            if (explain.statement() instanceof ExplainStatement) {
                throw new EngineException(ErrorCode.SYNTAX_ERROR,
                        "Statement wasn't well formed, can't be processed: EXPLAIN of EXPLAIN");
            }
            return new ExplainPlan(plan(explain.statement(), parameterCount, options));
        } else if (statement instanceof CreateTableStatement create) {
            return ddl.createTable(create);
        } else if (statement instanceof CreateIndexStatement create) {
            return ddl.createIndex(create);
        } else if (statement instanceof DropIndexStatement drop) {
            return ddl.dropIndex(drop);
        } else if (statement instanceof DropTableStatement drop) {
            return ddl.dropTable(drop);
        } else if (statement instanceof AlterTableStatement alter) {
            return ddl.alterTable(alter);
        } else if (statement instanceof UpdateStatement update) {
            return new DmlPlanner(database).update(update, parameterCount);
        } else if (statement instanceof DeleteStatement delete) {
            return new DmlPlanner(database).delete(delete, parameterCount);
        }
        throw new EngineException(ErrorCode.NOT_SUPPORTED,
                "Statement not supported: " + statement.getClass().getSimpleName());
    }
}
