package io.partidb.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code warm-up-classes.txt} lists the classes the planner's warm-up loads, in order: the
 * warm-up runs in a {@link RecordingClassLoader}, and the list must match what it asked for
 * (JDK classes left out). When the planner or Calcite changes, the test fails and writes the
 * new list to {@code target/warm-up-classes.txt}, to be copied over the resource.
 */
class WarmUpClassListTest {
    private static final String GENERATED = "target/" + WarmUpClassList.RESOURCE;
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.",
            "com.sun.", "org.w3c.", "org.xml.", "org.ietf.");
    private static final double REQUIRED_OVERLAP = 0.95;

    @Test
    void listsWhatTheWarmUpLoads() throws Exception {
        List<String> loaded = new ArrayList<>();
        try (RecordingClassLoader loader = new RecordingClassLoader()) {
            loader.call(WarmUp.class, "run");
            for (String name : loader.requested()) {
                if (JDK.stream().noneMatch(name::startsWith)
                        && !name.startsWith(WarmUp.class.getName())) {
                    loaded.add(name);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Classes PlannerWarmUp loads, in order (JDK classes left out); written by");
        lines.add("# WarmUpClassListTest to planner/" + GENERATED + ". Names as on the planner's");
        lines.add("# class path; the shaded jar relocates the third-party ones.");
        lines.addAll(loaded);
        Files.write(Path.of(GENERATED), lines, StandardCharsets.UTF_8);

        List<String> listed = listed();
        String advice = "the warm-up's classes changed: copy planner/" + GENERATED
                + " to planner/src/main/resources/io/partidb/planner/"
                + WarmUpClassList.RESOURCE;
        assertThat(overlap(loaded, listed)).as(advice).isGreaterThanOrEqualTo(REQUIRED_OVERLAP);
        assertThat(overlap(listed, loaded)).as(advice).isGreaterThanOrEqualTo(REQUIRED_OVERLAP);
    }

    @Test
    void namesNeedNoPrefixOutsideTheShadedJar() {
        assertThat(WarmUpClassList.relocationPrefix()).isEmpty();
        assertThat(WarmUpClassList.load().names()).contains(
                "org.apache.calcite.rex.RexBuilder", "io.partidb.planner.convert.RelConverter");
    }

    /** The share of {@code names} that {@code in} holds too. */
    private static double overlap(List<String> names, List<String> in) {
        Set<String> set = new HashSet<>(in);
        return names.isEmpty() ? 0 : names.stream().filter(set::contains).count()
                / (double) names.size();
    }

    private static List<String> listed() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = WarmUpClassList.class.getResourceAsStream(
                WarmUpClassList.RESOURCE)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        names.add(line.strip());
                    }
                }
            }
        }
        return names;
    }

    /** Runs the warm-up inside the recording class loader. */
    public static final class WarmUp {
        private WarmUp() {
        }

        public static void run() {
            PlannerWarmUp.warmUp();
        }
    }
}
