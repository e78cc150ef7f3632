package io.quantagent.bench.latency;

import io.quantagent.engine.feed.FeedSink;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Sends a run's ticks at a fixed rate from its own thread: tick {@code i} is due at {@code intended[i]}
 * ({@code System.nanoTime()}, filled in before the start). The pacing loop parks while the tick is far off,
 * yields while it is near, and spins for the last microseconds; a tick that is late (the injector was
 * descheduled, or the pipeline pushed back) is sent at once, and its latency still counts from when it was
 * due. At the first measured tick it starts the {@link ResourceMeter} of the pipeline's threads.
 */
final class Injector implements Runnable {

    private static final long PARK_ABOVE = 200_000;
    private static final long PARK_MARGIN = 100_000;
    private static final long YIELD_ABOVE = 5_000;

    private final TickTape tape;
    private final FeedSink sink;
    private final long[] intended;
    private final int ticks;
    private final int warmupTicks;
    private final List<Thread> pipelineThreads;
    private final Histogram sendLag = LatencyProbe.histogram();
    private ResourceMeter meter;
    private long firstMeasuredSend;
    private long lastSend;
    private Throwable failure;

    Injector(TickTape tape, FeedSink sink, long[] intended, int ticks, int warmupTicks, List<Thread> pipelineThreads) {
        this.tape = tape;
        this.sink = sink;
        this.intended = intended;
        this.ticks = ticks;
        this.warmupTicks = warmupTicks;
        this.pipelineThreads = pipelineThreads;
    }

    /** Fills {@code intended} for {@code ticks} ticks at {@code rate} a second, the first {@code delayNanos} from now. */
    static void schedule(long[] intended, int ticks, int rate, long delayNanos) {
        long start = System.nanoTime() + delayNanos;
        for (int i = 0; i < ticks; i++) {
            intended[i] = start + (long) i * 1_000_000_000L / rate;
        }
    }

    @Override
    public void run() {
        try {
            for (int i = 0; i < ticks; i++) {
                if (i == warmupTicks) {
                    meter = ResourceMeter.start(pipelineThreads);
                }
                long due = intended[i];
                long now = System.nanoTime();
                while (now < due) {
                    long left = due - now;
                    if (left > PARK_ABOVE) {
                        LockSupport.parkNanos(left - PARK_MARGIN);
                    } else if (left > YIELD_ABOVE) {
                        Thread.yield();
                    } else {
                        Thread.onSpinWait();
                    }
                    now = System.nanoTime();
                }
                if (i >= warmupTicks) {
                    if (i == warmupTicks) {
                        firstMeasuredSend = now;
                    }
                    sendLag.recordValue(Math.min(now - due, LatencyProbe.MAX_NANOS));
                }
                tape.send(sink, i);
            }
            lastSend = System.nanoTime();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** The resource meter started at the first measured tick. */
    ResourceMeter meter() {
        return meter;
    }

    /** How late each measured tick was sent. */
    Histogram sendLag() {
        return sendLag;
    }

    /** Measured ticks sent per second of wall time. */
    double achievedRate() {
        long span = lastSend - firstMeasuredSend;
        return span <= 0 ? 0 : (ticks - warmupTicks) * 1e9 / span;
    }

    /** What stopped the injection, or null. */
    Throwable failure() {
        return failure;
    }
}
