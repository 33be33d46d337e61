package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * sqlline 1.12.0, a real JDBC client, driven by a script against the shaded jar in its own JVM
 * (the way a user adds the jar to a tool): metadata commands and statements, output checked.
 */
class SqllineTest {
    private static final Path SHADED = Path.of(System.getProperty("partidb.shadedJar"));
    private static final Path SQLLINE = Path.of(System.getProperty("partidb.sqllineJars"));

    @Test
    void scriptedSessionShowsTablesColumnsKeysIndexesAndRows() throws Exception {
        Path script = Files.createTempFile("sqlline", ".sql");
        Files.writeString(script, String.join("\n", List.of(
                "CREATE TABLE \"Things\" (\"id\" STRING, \"n\" NUMBER, \"tag\" STRING, "
                        + "PRIMARY KEY (\"id\", \"n\"), GLOBAL INDEX \"byTag\" (\"tag\"));",
                "INSERT INTO \"Things\" VALUE {'id': 'a', 'n': 1200, 'tag': 'x'};",
                "INSERT INTO \"Things\" VALUE {'id': 'b', 'n': 2, 'tag': 'y'};",
                "!tables",
                "!columns Things",
                "!primarykeys Things",
                "!indexes Things",
                "SELECT * FROM \"Things\" WHERE \"id\" = 'a' AND \"n\" = 1200;",
                "SELECT \"id\" FROM \"Things\" WHERE \"tag\" = 'y';",
                "UPDATE \"Things\" SET \"tag\" = 'z' WHERE \"id\" = 'b' AND \"n\" = 2;",
                "DELETE FROM \"Things\" WHERE \"id\" = 'a' AND \"n\" = 1200;",
                "SELECT \"id\", \"tag\" FROM \"Things\";",
                "SELECT * FORM \"Things\";",
                "!quit")) + "\n");
        String classpath = SHADED + File.pathSeparator + SQLLINE + File.separator + "*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", classpath, "sqlline.SqlLine",
                "-u", "jdbc:partidb:mem:sqlline", "-n", "", "-p", "", "--maxWidth=200",
                "--showWarnings=false", "--run=" + script)
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("1 row affected");
        assertThat(output).containsPattern("\\| +\\| +\\| Things +\\| TABLE +\\|");
        assertThat(output).containsPattern("\\| Things +\\| id +\\| 12 +\\| STRING");
        assertThat(output).containsPattern("\\| Things +\\| n +\\| 3 +\\| NUMBER +\\| 38 ");
        assertThat(output).containsPattern("\\| Things +\\| tag +\\| 12 +\\| STRING");
        assertThat(output).containsPattern("\\| Things +\\| n +\\| 2 +\\| PRIMARY +\\|");
        assertThat(output).containsPattern("\\| true +\\| +\\| byTag +\\| 3 +\\| 1 +\\| tag");
        assertThat(output).containsPattern("\\| a +\\| 1200 +\\| x +\\|");
        assertThat(output).containsPattern("\\| b +\\|");
        assertThat(output).contains("Statement wasn't well formed").contains("1:10");
        int update = output.indexOf("UPDATE \"Things\"");
        assertThat(output.substring(update)).contains("1 row affected");
        assertThat(output.substring(output.lastIndexOf("SELECT \"id\", \"tag\"")))
                .containsPattern("\\| b +\\| z +\\|").doesNotContain("| a ");
    }
}
