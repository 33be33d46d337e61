package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the shell's cold start loads: {@code java -jar} on the shaded jar with {@code -e} and
 * one SELECT on the sample data, run with the JVM's class-loading log. Calcite is only a
 * planner here, so its SQL parser, validator, SQL-to-rel converter, rule catalogue
 * ({@code CoreRules}), JDBC/Avatica connection layer and Janino code generation (which
 * relational metadata queries would trigger) must never load; nor the classes the planner
 * stopped using to keep start-up short ({@code RelOptTableImpl}, {@code RelOptUtil}).
 *
 * <p>A few small classes of those packages do load and are allowed: types and utilities that
 * Calcite's row expressions, type factory and metadata providers refer to (for example
 * {@code SqlParserPos}, {@code SqlValidatorUtil}, {@code avatica.util.TimeUnit}, the
 * {@code CompileException} named in {@code JaninoRelMetadataProvider}'s signatures).
 */
class StartUpClassesTest {
    private static final Path SHADED = Path.of(System.getProperty("partidb.shadedJar"));
    private static final String CALCITE = "io.partidb.shaded.org.apache.calcite.";
    private static final String QUERY = "SELECT * FROM \"UsersGames\" WHERE \"User_ID\" = 'u1'";

    /** Class-name prefixes that must not appear in the log. */
    private static final List<String> FORBIDDEN = List.of(
            CALCITE + "rel.rules.CoreRules",
            CALCITE + "sql.parser.SqlParser ",
            CALCITE + "sql.parser.SqlParser$",
            CALCITE + "sql.parser.impl.",
            CALCITE + "sql.validate.SqlValidatorImpl",
            CALCITE + "sql2rel.",
            CALCITE + "tools.Frameworks",
            CALCITE + "prepare.CalcitePrepareImpl",
            CALCITE + "jdbc.CalciteConnectionImpl",
            CALCITE + "avatica.AvaticaConnection",
            CALCITE + "avatica.remote.",
            "io.partidb.shaded.org.codehaus.janino.",
            CALCITE + "prepare.RelOptTableImpl",
            CALCITE + "plan.RelOptUtil ",
            CALCITE + "plan.RelOptUtil$");

    private static final Pattern LOADED = Pattern.compile("^\\S+ (\\S+) source:",
            Pattern.MULTILINE);

    @Test
    void shellSelectOnTheSampleDataLoadsNoneOfCalcitesSqlFrontEnd() throws Exception {
        Path log = Files.createTempFile("class-load", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + log,
                "-jar", SHADED.toString(), "-e", QUERY).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("u1").contains("(3 rows)");

        List<String> classes = loadedClasses(Files.readString(log));
        Files.delete(log);
        // the log is complete: the planner and Calcite's row expressions are in it
        assertThat(classes).contains("io.partidb.planner.convert.RelConverter",
                CALCITE + "rex.RexBuilder");
        List<String> forbidden = classes.stream()
                .filter(name -> FORBIDDEN.stream().anyMatch(prefix -> (name + " ")
                        .startsWith(prefix)))
                .collect(Collectors.toList());
        assertThat(forbidden).isEmpty();
    }

    private static List<String> loadedClasses(String log) {
        Matcher matcher = LOADED.matcher(log);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
