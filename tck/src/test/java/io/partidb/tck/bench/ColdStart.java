package io.partidb.tck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cold start of the shaded jar: the wall time from starting {@code java -jar
 * partidb-jdbc-<version>.jar -e <query>} to the first line of the query's result on standard
 * output, and to the process's exit, over several runs (a new JVM each).
 */
final class ColdStart {
    /** The shell's sample data on {@code jdbc:partidb:mem:demo}, one planned SELECT. */
    static final String QUERY = "SELECT * FROM \"UsersGames\" WHERE \"User_ID\" = 'u1'";

    /** The medians and ranges of several runs, in seconds. */
    record Result(int runs, double medianToResult, double minToResult, double maxToResult,
            double medianToExit) {
    }

    private ColdStart() {
    }

    static Result measure(Path jar, int runs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no shaded jar at " + jar + ": build the driver module first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> toResult = new ArrayList<>();
        List<Double> toExit = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(java, "-jar", jar.toString(), "-e", QUERY)
                    .redirectErrorStream(true).start();
            long firstLine = -1;
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (firstLine < 0) {
                        firstLine = System.nanoTime();
                    }
                    output.append(line).append('\n');
                }
            }
            int status = process.waitFor();
            long end = System.nanoTime();
            if (status != 0 || !output.toString().contains("(3 rows)")) {
                throw new IOException("the shell failed (exit " + status + "):\n" + output);
            }
            toResult.add((firstLine - start) / 1e9);
            toExit.add((end - start) / 1e9);
        }
        Collections.sort(toResult);
        Collections.sort(toExit);
        return new Result(runs, median(toResult), toResult.get(0),
                toResult.get(toResult.size() - 1), median(toExit));
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
