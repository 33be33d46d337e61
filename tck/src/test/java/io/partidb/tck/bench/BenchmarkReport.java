package io.partidb.tck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmark run of the {@code bench} profile: runs {@link PeerBenchmark} and
 * {@link ScanSegmentsBenchmark} with JMH's GC profiler, then the cold start of the shaded jar
 * ({@link ColdStart}) and the heap per item ({@link HeapPerItem}), and prints one report: ops/s
 * per workload and database, PartiDB's ratio to the best SQL peer, bytes allocated per
 * operation, and each bar of the benchmark issue, met or missed. The report also goes to
 * {@code target/bench/report.md}, JMH's results to {@code target/bench/jmh-result.json}.
 *
 * <p>Arguments: JMH's own (a benchmark regex, {@code -p db=h2}, {@code -prof jfr}, ...), plus
 * {@code --no-extras} (JMH only) and {@code --extras-only} (cold start and heap only).
 */
public final class BenchmarkReport {
    static final String DEFAULT_INCLUDE = "PeerBenchmark|ScanSegmentsBenchmark";
    private static final List<String> HEAP_KINDS = List.of("partidb", "h2", "hsqldb", "map");

    private BenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
        jmhArgs.removeIf(String::isBlank);
        boolean extras = !jmhArgs.remove("--no-extras");
        boolean jmh = !jmhArgs.remove("--extras-only");
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        ReportData data = new ReportData();
        if (jmh) {
            data.addRuns(runJmh(jmhArgs, out.resolve("jmh-result.json")));
        }
        if (extras) {
            String jar = System.getProperty("partidb.shadedJar");
            if (jar != null) {
                data.coldStart = ColdStart.measure(Path.of(jar), 7);
            }
            long items = Long.getLong("bench.heapItems", 1_000_000);
            for (String kind : HEAP_KINDS) {
                data.heapPerItem.put(kind, heapPerItem(kind, items));
            }
            data.heapItems = items;
        }
        String report = new ReportWriter(data, machine(loadAtStart)).write();
        System.out.println();
        System.out.println(report);
        Files.writeString(out.resolve("report.md"), report);
    }

    private static Collection<RunResult> runJmh(List<String> args, Path json) throws Exception {
        CommandLineOptions command = new CommandLineOptions(args.toArray(String[]::new));
        ChainedOptionsBuilder options = new OptionsBuilder().parent(command)
                .resultFormat(ResultFormatType.JSON).result(json.toString());
        if (command.getIncludes().isEmpty()) {
            options.include(DEFAULT_INCLUDE);
        }
        boolean gc = command.getProfilers().stream()
                .anyMatch(profiler -> profiler.getKlass().equals(GCProfiler.class.getName())
                        || profiler.getKlass().equals("gc"));
        if (!gc) {
            options.addProfiler(GCProfiler.class);
        }
        return new Runner(options.build()).run();
    }

    /** Runs {@link HeapPerItem} in a JVM of its own with the same class path. */
    private static double heapPerItem(String kind, long items) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xms6g", "-Xmx6g", "-cp",
                System.getProperty("java.class.path"), HeapPerItem.class.getName(), kind,
                Long.toString(items)).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("heap " + kind + " ")) {
                    result = line;
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IOException("heap measurement of " + kind + " failed:\n" + output);
        }
        System.out.println(result);
        return Double.parseDouble(result.split(" ")[2]);
    }

    private static String machine(double loadAtStart) {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%s; %d cores, %.0f GiB; %s %s (%s); load average"
                + " %.2f at the start, %.2f at the end", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                loadAtStart, os.getSystemLoadAverage());
    }

    /** What one run measured, filled as the parts finish. */
    static final class ReportData {
        /** Scores by workload, then by database kind (or {@code segments=N}). */
        final Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
        final Map<String, Double> heapPerItem = new LinkedHashMap<>();
        long heapItems;
        ColdStart.Result coldStart;

        void addRuns(Collection<RunResult> runs) {
            for (RunResult run : runs) {
                String benchmark = run.getParams().getBenchmark();
                String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
                String column = run.getParams().getParam("db");
                if (benchmark.contains("ScanSegmentsBenchmark")) {
                    method = "fullScanSegments";
                    column = "segments=" + run.getParams().getParam("segments");
                }
                if (column == null) {
                    continue;
                }
                long measuredMillis = run.getParams().getMeasurement().getCount()
                        * run.getParams().getMeasurement().getTime().convertTo(
                                java.util.concurrent.TimeUnit.MILLISECONDS);
                scores.computeIfAbsent(method, key -> new LinkedHashMap<>()).put(column,
                        new Score(run.getPrimaryResult().getScore(),
                                run.getPrimaryResult().getScoreError(),
                                secondary(run, "gc.alloc.rate.norm"),
                                secondary(run, "gc.time") * 1000 / measuredMillis));
            }
        }

        private static double secondary(RunResult run, String name) {
            return run.getSecondaryResults().entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith(name))
                    .mapToDouble(entry -> entry.getValue().getScore())
                    .findFirst().orElse(Double.NaN);
        }

        Score score(String workload, String column) {
            return scores.getOrDefault(workload, Map.of()).get(column);
        }
    }

    /**
     * One benchmark's result.
     *
     * @param opsPerSecond the mean throughput
     * @param error the half-width of its 99.9 % confidence interval
     * @param bytesPerOp bytes allocated per operation, or NaN when not profiled
     * @param gcMillisPerSecond milliseconds of GC per second of measurement, or NaN
     */
    record Score(double opsPerSecond, double error, double bytesPerOp, double gcMillisPerSecond) {
    }
}
