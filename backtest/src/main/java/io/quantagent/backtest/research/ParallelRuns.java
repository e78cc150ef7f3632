package io.quantagent.backtest.research;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work for a sequence of indices on a fixed number of threads, with at most that many in flight, and hands
 * each result to the calling thread as it completes (so results are written by one thread, and memory holds only
 * the runs in flight). The first failure stops the rest: no new work starts, running work is interrupted, and the
 * failure is thrown.
 */
final class ParallelRuns {

    /** Work for one index. */
    @FunctionalInterface
    interface Work<R> {
        R run(long index) throws Exception;
    }

    /** Takes each result on the calling thread. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(long index, R result) throws Exception;
    }

    /** Which indices to run. */
    @FunctionalInterface
    interface Indices {
        /** Whether index {@code i} still needs to run. */
        boolean wanted(long i);
    }

    private ParallelRuns() {
    }

    /** Runs {@code work} for every wanted index in {@code [0, count)}, in order of submission. */
    static <R> void run(long count, Indices indices, int threads, String name, Work<R> work, Sink<R> sink)
            throws Exception {
        AtomicInteger serial = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + serial.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        try {
            CompletionService<Done<R>> completion = new ExecutorCompletionService<>(pool);
            int inFlight = 0;
            long next = 0;
            while (true) {
                while (inFlight < threads && next < count) {
                    long i = next++;
                    if (indices.wanted(i)) {
                        completion.submit(() -> new Done<>(i, work.run(i)));
                        inFlight++;
                    }
                }
                if (inFlight == 0) {
                    return;
                }
                Future<Done<R>> finished = completion.take();
                inFlight--;
                Done<R> done;
                try {
                    done = finished.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                sink.accept(done.index, done.result);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private record Done<R>(long index, R result) {
    }
}
