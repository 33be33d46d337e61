package io.partidb.engine.index;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads that maintain global secondary indexes. A maintainer runs only while its
 * index has changes to apply and returns its thread when it has caught up; idle threads end
 * after a few seconds. So an idle database holds no threads, and a database that is simply
 * forgotten leaks none.
 */
final class IndexWorkers {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadFactory FACTORY = task -> {
        Thread thread = new Thread(task, "partidb-index-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };
    static final ExecutorService EXECUTOR = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            5, TimeUnit.SECONDS, new SynchronousQueue<>(), FACTORY);

    private IndexWorkers() {
    }
}
