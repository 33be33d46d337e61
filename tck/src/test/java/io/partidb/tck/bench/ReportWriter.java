package io.partidb.tck.bench;

import io.partidb.tck.bench.BenchmarkReport.ReportData;
import io.partidb.tck.bench.BenchmarkReport.Score;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;

/**
 * Renders a {@link ReportData} as Markdown: the ops/s table with ratios, allocation per
 * operation, the scan by segments, cold start, heap per item and the bars.
 */
final class ReportWriter {
    private static final List<String> PEERS = List.of("h2", "hsqldb", "sqlite");
    private static final List<String> COLUMNS = List.of("partidb", "h2", "hsqldb", "sqlite", "map");
    private static final List<String[]> WORKLOADS = List.of(
            new String[] {"pointRead", "point read by full key"},
            new String[] {"insert", "insert of a new item"},
            new String[] {"conditionalUpdate", "conditional update (version check)"},
            new String[] {"queryPartition", "query one partition (10 items by sk)"},
            new String[] {"fullScan", "full scan, count `status = ?` (100,000 items)"},
            new String[] {"batchInsert", "batch insert of 25 items (batches/s)"},
            new String[] {"mixed", "2 threads: 80 % point reads, 20 % updates"});

    private final ReportData data;
    private final String machine;
    private final StringBuilder out = new StringBuilder();

    ReportWriter(ReportData data, String machine) {
        this.data = data;
        this.machine = machine;
    }

    String write() {
        out.append("Run: ").append(machine).append("\n\n");
        if (!data.scores.isEmpty()) {
            throughput();
            allocation();
            segments();
        }
        if (data.coldStart != null) {
            ColdStart.Result cold = data.coldStart;
            out.append(String.format(Locale.ROOT, "Cold start (`java -jar` … `-e` one SELECT on"
                    + " the sample data, %d runs): median %.2f s to the first result line"
                    + " (%.2f–%.2f s), %.2f s to exit.%n%n", cold.runs(), cold.medianToResult(),
                    cold.minToResult(), cold.maxToResult(), cold.medianToExit()));
        }
        if (!data.heapPerItem.isEmpty()) {
            out.append(String.format(Locale.ROOT, "Heap per item, %,d items loaded:%n%n",
                    data.heapItems));
            out.append("| database | bytes per item |\n|---|---:|\n");
            data.heapPerItem.forEach((kind, bytes) -> out.append(String.format(Locale.ROOT,
                    "| %s | %,.0f |%n", kind, bytes)));
            out.append('\n');
        }
        bars();
        return out.toString();
    }

    private void throughput() {
        out.append("Operations per second (mean ± 99.9 % confidence half-width, % of the mean):"
                + "\n\n| workload | PartiDB | H2 | HSQLDB | SQLite | map | PartiDB / best SQL"
                + " peer | PartiDB / map |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String[] workload : WORKLOADS) {
            if (!data.scores.containsKey(workload[0])) {
                continue;
            }
            out.append("| ").append(workload[1]).append(" |");
            for (String column : COLUMNS) {
                Score score = data.score(workload[0], column);
                out.append(' ').append(score == null ? "–" : withError(score)).append(" |");
            }
            out.append(' ').append(ratio(toBestPeer(workload[0]))).append(" |");
            out.append(' ').append(ratio(toMap(workload[0]))).append(" |\n");
        }
        out.append('\n');
    }

    private void allocation() {
        out.append("Bytes allocated per operation (JMH `-prof gc`, `gc.alloc.rate.norm`; client"
                + " side included) and, after the slash, milliseconds of GC per second measured"
                + " (JMH's `gc.time`, 0 when no collection ran; it counts the iteration's teardown"
                + " too, which deletes the items an insert iteration added):\n\n"
                + "| workload | PartiDB | H2 | HSQLDB | SQLite | map |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (String[] workload : WORKLOADS) {
            if (!data.scores.containsKey(workload[0])) {
                continue;
            }
            out.append("| ").append(workload[1]).append(" |");
            for (String column : COLUMNS) {
                Score score = data.score(workload[0], column);
                out.append(' ').append(score == null || Double.isNaN(score.bytesPerOp()) ? "–"
                        : String.format(Locale.ROOT, "%,.0f / %.0f", score.bytesPerOp(),
                                Double.isNaN(score.gcMillisPerSecond()) ? 0
                                        : score.gcMillisPerSecond())).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private void segments() {
        Score one = data.score("fullScanSegments", "segments=1");
        Score two = data.score("fullScanSegments", "segments=2");
        if (one == null || two == null) {
            return;
        }
        out.append(String.format(Locale.ROOT, "PartiDB full scan by `scanSegments`: 1 segment"
                + " %s scans/s, 2 segments %s scans/s: %.2f×.%n%n", withError(one),
                withError(two), two.opsPerSecond() / one.opsPerSecond()));
    }

    private void bars() {
        out.append("| bar | measured | met |\n|---|---:|---|\n");
        bar("point read ≥ 2× the best peer", toBestPeer("pointRead"), r -> r >= 2, "×");
        bar("conditional update ≥ 2× the best peer", toBestPeer("conditionalUpdate"),
                r -> r >= 2, "×");
        bar("insert ≥ 1.5× the best peer", toBestPeer("insert"), r -> r >= 1.5, "×");
        bar("partition query ≥ 1.5× the best peer", toBestPeer("queryPartition"),
                r -> r >= 1.5, "×");
        bar("batch insert ≥ 1.5× the best peer", toBestPeer("batchInsert"), r -> r >= 1.5, "×");
        Score one = data.score("fullScanSegments", "segments=1");
        Score two = data.score("fullScanSegments", "segments=2");
        bar("full scan, 2 segments ≥ 1.7× 1 segment", one == null || two == null ? Double.NaN
                : two.opsPerSecond() / one.opsPerSecond(), r -> r >= 1.7, "×");
        bar("full scan ahead of every peer", toBestPeer("fullScan"), r -> r > 1, "×");
        Score map = data.score("pointRead", "map");
        Score partidb = data.score("pointRead", "partidb");
        bar("prepared point read within 4× of the map's get", map == null || partidb == null
                ? Double.NaN : map.opsPerSecond() / partidb.opsPerSecond(), r -> r <= 4, "×");
        bar("point read allocates ≤ 200 bytes", partidb == null ? Double.NaN
                : partidb.bytesPerOp(), b -> b <= 200, " B");
        bar("cold start to first result < 1 s", data.coldStart == null ? Double.NaN
                : data.coldStart.medianToResult(), s -> s < 1, " s");
        out.append('\n');
    }

    private void bar(String name, double measured, DoublePredicate met, String unit) {
        out.append("| ").append(name).append(" | ")
                .append(Double.isNaN(measured) ? "not measured"
                        : String.format(Locale.ROOT, "%.2f%s", measured, unit))
                .append(" | ")
                .append(Double.isNaN(measured) ? "–" : met.test(measured) ? "met" : "**missed**")
                .append(" |\n");
    }

    private double toBestPeer(String workload) {
        Score partidb = data.score(workload, "partidb");
        double best = PEERS.stream().map(peer -> data.score(workload, peer))
                .filter(score -> score != null).mapToDouble(Score::opsPerSecond)
                .max().orElse(Double.NaN);
        return partidb == null ? Double.NaN : partidb.opsPerSecond() / best;
    }

    private double toMap(String workload) {
        Score partidb = data.score(workload, "partidb");
        Score map = data.score(workload, "map");
        return partidb == null || map == null ? Double.NaN
                : partidb.opsPerSecond() / map.opsPerSecond();
    }

    private static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static String withError(Score score) {
        double percent = 100 * score.error() / score.opsPerSecond();
        return ops(score.opsPerSecond()) + (Double.isNaN(percent) ? ""
                : String.format(Locale.ROOT, " ±%.0f%%", percent));
    }

    private static String ops(double opsPerSecond) {
        return String.format(Locale.ROOT, opsPerSecond < 100 ? "%,.1f" : "%,.0f", opsPerSecond);
    }
}
