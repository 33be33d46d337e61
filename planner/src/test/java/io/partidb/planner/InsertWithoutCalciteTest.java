package io.partidb.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.partidb.engine.Database;
import io.partidb.planner.physical.ExecutionContext;
import io.partidb.planner.physical.ExecutionResult;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * DDL and INSERT are planned and executed without loading a single Calcite class, so a start-up
 * that creates tables and loads data (the shell's sample data) never waits for Calcite. The
 * statements run in a fresh class loader over the test class path that records every class it
 * is asked for; a SELECT in the same loader shows that the recording sees Calcite when it is
 * used.
 */
class InsertWithoutCalciteTest {
    private static final String CALCITE = "org.apache.calcite.";

    @Test
    void ddlAndInsertLoadNoCalciteClass() throws Exception {
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            run(loader, "ddlAndInserts");
            assertThat(loader.requested()).noneMatch(name -> name.startsWith(CALCITE));

            run(loader, "select");
            assertThat(loader.requested()).anyMatch(name -> name.startsWith(CALCITE));
        }
    }

    private static void run(ClassLoader loader, String method) throws Exception {
        loader.loadClass(Statements.class.getName()).getMethod(method).invoke(null);
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

    /**
     * Loads the test class path's classes itself (the JDK's from the platform loader) and
     * remembers the name of every class it is asked for.
     */
    private static final class RecordingClassLoader extends URLClassLoader {
        private final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingClassLoader() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        List<String> requested() {
            return new ArrayList<>(requested);
        }

        private static URL[] classPath() {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path")
                    .split(File.pathSeparator)) {
                try {
                    urls.add(Path.of(entry).toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return urls.toArray(new URL[0]);
        }
    }
}
