package io.partidb.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The self-contained driver jar: loaded in an isolated class loader whose parent holds
 * unrelocated Calcite, Guava and Jackson of other versions, it still runs the foundation's
 * scenario; it relocates its dependencies, registers only PartiDB's driver, and starts the shell.
 */
class ShadedJarTest {
    private static final Path SHADED = Path.of(System.getProperty("partidb.shadedJar"));
    private static final Path PARENT_JARS = Path.of(System.getProperty("partidb.isolationParent"));

    @Test
    void runsInIsolatedLoaderBesideOtherVersionsOfItsDependencies() throws Exception {
        assertThat(SHADED).exists();
        List<URL> parentUrls = new ArrayList<>();
        try (var jars = Files.list(PARENT_JARS)) {
            for (Path jar : jars.toList()) {
                parentUrls.add(jar.toUri().toURL());
            }
        }
        assertThat(parentUrls).hasSizeGreaterThanOrEqualTo(4);
        try (URLClassLoader parent = new URLClassLoader(parentUrls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
                URLClassLoader isolated = new URLClassLoader(
                        new URL[] {SHADED.toUri().toURL()}, parent)) {
            // the parent really serves the other versions, unrelocated
            Class<?> guava = parent.loadClass("com.google.common.collect.ImmutableList");
            assertThat(guava.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .contains(System.getProperty("partidb.isolationGuava"));
            Class<?> jackson = parent.loadClass("com.fasterxml.jackson.databind.ObjectMapper");
            assertThat(jackson.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .contains(System.getProperty("partidb.isolationJackson"));
            assertThat(parent.loadClass("org.apache.calcite.tools.RelBuilder")).isNotNull();

            Class<?> driverClass = isolated.loadClass("io.partidb.jdbc.PartiDBDriver");
            assertThat(driverClass.getClassLoader()).isSameAs(isolated);
            Driver driver = (Driver) driverClass.getDeclaredConstructor().newInstance();
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(isolated);
            try (Connection connection = driver.connect(
                    "jdbc:partidb:mem:shaded-" + UUID.randomUUID() + ";scanSegments=2",
                    new Properties())) {
                WalkingSkeletonScenario.run(connection);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    @Test
    void relocatesEveryDependencyAndRegistersOnlyItsOwnDriver() throws IOException {
        List<String> unrelocated = new ArrayList<>();
        try (JarFile jar = new JarFile(SHADED.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.startsWith("io/partidb/")) {
                    unrelocated.add(name);
                }
                assertThat(name).doesNotEndWith(".SF").doesNotEndWith(".RSA")
                        .doesNotEndWith(".DSA");
            }
            assertThat(unrelocated).as("classes outside io/partidb").isEmpty();
            JarEntry services = jar.getJarEntry("META-INF/services/java.sql.Driver");
            try (InputStream in = jar.getInputStream(services)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                        .isEqualTo("io.partidb.jdbc.PartiDBDriver");
            }
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("io.partidb.shell.PartiDBShell");
        }
    }

    @Test
    void javaDashJarStartsTheShellOnTheSampleData() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", SHADED.toString(), "-e",
                "SELECT * FROM \"UsersGames\" WHERE \"User_ID\" = 'u1'");
        File out = Files.createTempFile("shell-out", ".txt").toFile();
        File err = Files.createTempFile("shell-err", ".txt").toFile();
        builder.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stdout = Files.readString(out.toPath());
        String stderr = Files.readString(err.toPath());
        assertThat(process.exitValue()).as("exit status; stderr: %s", stderr).isZero();
        assertThat(stdout).contains("User_ID").contains("u1").doesNotContain("u2");
        assertThat(stderr).isEmpty();

        Process failing = new ProcessBuilder(java, "-jar", SHADED.toString(), "-e",
                "SELECT * FORM nowhere").redirectErrorStream(true).start();
        failing.getOutputStream().close();
        String output = new String(failing.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(failing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(failing.exitValue()).isEqualTo(1);
        assertThat(output).contains("Error:").contains("1:10").doesNotContain("\tat ");
    }
}
