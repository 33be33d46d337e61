package io.partidb.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.engine.Database;
import io.partidb.planner.physical.ExecutionContext;
import io.partidb.planner.physical.ExecutionResult;
import org.junit.jupiter.api.Test;

/**
 * DDL and INSERT are planned and executed without loading a single Calcite class, so a start-up
 * that creates tables and loads data (the shell's sample data) never waits for Calcite. The
 * statements run in a {@link RecordingClassLoader}; a SELECT in the same loader shows that the
 * recording sees Calcite when it is used.
 */
class InsertWithoutCalciteTest {
    private static final String CALCITE = "org.apache.calcite.";

    @Test
    void ddlAndInsertLoadNoCalciteClass() throws Exception {
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            loader.call(Statements.class, "ddlAndInserts");
            assertThat(loader.requested()).noneMatch(name -> name.startsWith(CALCITE));

            loader.call(Statements.class, "select");
            assertThat(loader.requested()).anyMatch(name -> name.startsWith(CALCITE));
        }
    }

    /** The statements, run inside the recording class loader. */
    public static final class Statements {
        private static final Database DATABASE = Database.create("no-calcite");
        private static final Planner PLANNER = new Planner(DATABASE);

        private Statements() {
        }

        public static void ddlAndInserts() {
            execute("CREATE TABLE \"Games\" (\"User\" STRING, \"Game\" NUMBER, "
                    + "PRIMARY KEY (\"User\", \"Game\"))");
            execute("INSERT INTO \"Games\" VALUE {'User': 'u1', 'Game': 1, 'Tags': <<'a'>>,"
                    + " 'Info': {'level': 2, 'path': ['x', NULL, TRUE]}}");
            execute("INSERT INTO \"Games\" (\"User\", \"Game\") VALUES ('u2', 1), ('u2', 2)");
        }

        public static void select() {
            execute("SELECT * FROM \"Games\" WHERE \"User\" = 'u1'");
        }

        private static ExecutionResult execute(String statement) {
            return PLANNER.prepare(statement).execute(ExecutionContext.of());
        }
    }
}
