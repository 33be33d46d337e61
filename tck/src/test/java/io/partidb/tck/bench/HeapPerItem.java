package io.partidb.tck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Heap bytes per stored item: loads items into one database of a given kind in a JVM of its
 * own, and divides the growth of the used heap (measured after full collections) by the count.
 * Run by {@link BenchmarkReport} once per kind; prints one line, {@code heap <kind> <bytes per
 * item> <items>}. SQLite keeps its data in native memory, so it has no heap figure.
 */
public final class HeapPerItem {
    private HeapPerItem() {
    }

    /** {@code <kind> [items]}. */
    public static void main(String[] args) throws Exception {
        String kind = args[0];
        long items = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Backend backend = Backend.open(kind, 0);
        Session session = backend.openSession(1);
        session.load(0, 10);
        long before = usedHeapAfterGc();
        session.load(10, items);
        long after = usedHeapAfterGc();
        Reference.reachabilityFence(session);
        Reference.reachabilityFence(backend);
        System.out.printf("heap %s %.1f %d%n", kind, (after - before) / (double) (items - 10),
                items);
        session.close();
        backend.close();
    }

    /** The used heap once repeated full collections stop freeing anything. */
    static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> samples = new ArrayList<>();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(100);
            long now = memory.getHeapMemoryUsage().getUsed();
            samples.add(now);
            if (round >= 3 && Math.abs(now - used) < 64 * 1024) {
                return now;
            }
            used = now;
        }
        return samples.stream().mapToLong(Long::longValue).min().orElseThrow();
    }
}
