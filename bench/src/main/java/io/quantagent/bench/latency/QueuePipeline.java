package io.quantagent.bench.latency;

import io.quantagent.engine.config.PipelineConfig;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.pipeline.EventInputs;
import io.quantagent.engine.pipeline.MarketEvent;
import io.quantagent.engine.pipeline.PipelineException;
import io.quantagent.engine.pipeline.PipelineStages;
import io.quantagent.engine.pipeline.Stage;
import io.quantagent.engine.pipeline.StageRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latency benchmark's baseline: the same stage objects as the ring pipeline, in the same order and on the same
 * {@link MarketEvent} slots, but handed from thread to thread through {@link ArrayBlockingQueue}s ({@code put} and
 * {@code take}: consumers block on the queue's lock and condition) instead of the Disruptor.
 * <ul>
 *   <li>sequential: producer → queue → one thread running the eight stages in turn;</li>
 *   <li>parallel: producer → queue → bar thread → four queues → one thread per agent → four queues → aggregator
 *       thread (takes the same slot from each) → queue → execution thread → queue → journal thread: eight
 *       threads, one per stage, as in the ring's diamond.</li>
 * </ul>
 * Slots come from a pool of {@code capacity} pre-allocated events (a queue of free slots that the last thread
 * returns them to), so the producer waits when {@code capacity} events are in flight, as it does on a full ring;
 * every queue holds {@code capacity}, so no {@code put} ever blocks. Each stage runs under the same guard as on the
 * ring ({@link StageRunner}). The producer is single-threaded, like the ring's publisher.
 */
final class QueuePipeline implements FeedSink {

    private static final MarketEvent STOP = new MarketEvent();
    private static final int AGENTS = 4;

    private final ArrayBlockingQueue<MarketEvent> free;
    private final ArrayBlockingQueue<MarketEvent> head;
    private final List<Thread> threads = new ArrayList<>();
    private final List<StageRunner> runners = new ArrayList<>();
    private final AtomicLong completed = new AtomicLong();
    private final int instruments;
    private volatile Throwable failure;
    private long published;
    private long lastTimeNanos = Long.MIN_VALUE;
    private long fullWaits;
    private boolean stopped;

    QueuePipeline(PipelineStages stages, int instruments, PipelineConfig.Topology topology, int capacity) {
        this.instruments = instruments;
        free = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < capacity; i++) {
            free.add(new MarketEvent());
        }
        head = new ArrayBlockingQueue<>(capacity);
        if (topology == PipelineConfig.Topology.SEQUENTIAL) {
            worker(stages.all(), List.of(head), List.of(), true);
        } else if (topology == PipelineConfig.Topology.PARALLEL) {
            List<ArrayBlockingQueue<MarketEvent>> toAgents = new ArrayList<>();
            List<ArrayBlockingQueue<MarketEvent>> fromAgents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                toAgents.add(new ArrayBlockingQueue<>(capacity));
                fromAgents.add(new ArrayBlockingQueue<>(capacity));
            }
            ArrayBlockingQueue<MarketEvent> toExecution = new ArrayBlockingQueue<>(capacity);
            ArrayBlockingQueue<MarketEvent> toJournal = new ArrayBlockingQueue<>(capacity);
            worker(List.of(stages.bars()), List.of(head), toAgents, false);
            List<Stage> agents = List.of(stages.indicator(), stages.pattern(), stages.trend(), stages.risk());
            for (int i = 0; i < AGENTS; i++) {
                worker(List.of(agents.get(i)), List.of(toAgents.get(i)), List.of(fromAgents.get(i)), false);
            }
            worker(List.of(stages.aggregator()), fromAgents, List.of(toExecution), false);
            worker(List.of(stages.execution()), List.of(toExecution), List.of(toJournal), false);
            worker(List.of(stages.journal()), List.of(toJournal), List.of(), true);
        } else {
            throw new IllegalArgumentException("resolve 'auto' first; the baseline runs sequential or parallel");
        }
        for (Thread thread : threads) {
            thread.start();
        }
    }

    private void worker(List<Stage> stages, List<ArrayBlockingQueue<MarketEvent>> in,
            List<ArrayBlockingQueue<MarketEvent>> out, boolean last) {
        StageRunner runner = StageRunner.of(stages, instruments);
        runners.add(runner);
        Thread thread = new Thread(() -> consume(runner, in, out, last), "qa-queue-" + threads.size());
        thread.setDaemon(true);
        threads.add(thread);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void consume(StageRunner runner, List<ArrayBlockingQueue<MarketEvent>> inputs,
            List<ArrayBlockingQueue<MarketEvent>> outputs, boolean last) {
        ArrayBlockingQueue<MarketEvent>[] in = inputs.toArray(new ArrayBlockingQueue[0]);
        ArrayBlockingQueue<MarketEvent>[] out = outputs.toArray(new ArrayBlockingQueue[0]);
        long done = 0;
        try {
            runner.start();
            while (true) {
                MarketEvent event = in[0].take();
                for (int i = 1; i < in.length; i++) {
                    if (in[i].take() != event) {
                        throw new IllegalStateException("the queues into one stage are out of step");
                    }
                }
                if (event == STOP) {
                    for (ArrayBlockingQueue<MarketEvent> q : out) {
                        q.put(STOP);
                    }
                    return;
                }
                runner.onEvent(event, in[0].isEmpty());
                if (last) {
                    completed.lazySet(++done);
                    free.put(event);
                } else {
                    for (ArrayBlockingQueue<MarketEvent> q : out) {
                        q.put(event);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            if (failure == null) {
                failure = e;
            }
            for (Thread thread : threads) {
                if (thread != Thread.currentThread()) {
                    thread.interrupt();
                }
            }
        } finally {
            runner.shutdown();
        }
    }

    @Override
    public void trade(int instrument, long timeNanos, long price, long quantity) {
        MarketEvent event = slot();
        EventInputs.trade(event, published, instrument, timeNanos, price, quantity);
        send(event, timeNanos);
    }

    @Override
    public void flush(int instrument) {
        MarketEvent event = slot();
        EventInputs.flush(event, published, instrument, lastTimeNanos);
        send(event, lastTimeNanos);
    }

    @Override
    public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
            long close, long volume) {
        throw new UnsupportedOperationException("the queue baseline is fed trades only");
    }

    @Override
    public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
        throw new UnsupportedOperationException("the queue baseline is fed trades only");
    }

    private MarketEvent slot() {
        MarketEvent event = free.poll();
        if (event == null) {
            fullWaits++;
            try {
                do {
                    checkHealthy();
                    event = free.poll(1, TimeUnit.MILLISECONDS);
                } while (event == null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineException("interrupted while waiting for a free slot", e);
            }
        }
        return event;
    }

    private void send(MarketEvent event, long timeNanos) {
        if (!head.offer(event)) {
            throw new IllegalStateException("the first queue is full, which the slot pool rules out");
        }
        published++;
        if (timeNanos > lastTimeNanos) {
            lastTimeNanos = timeNanos;
        }
    }

    private void checkHealthy() {
        Throwable failed = failure;
        if (failed != null) {
            throw new PipelineException("the queue pipeline stopped: " + failed, failed);
        }
    }

    /** Waits until every published event has passed the last stage. */
    void drain() {
        while (completed.get() < published) {
            checkHealthy();
            Thread.onSpinWait();
            Thread.yield();
        }
        checkHealthy();
    }

    /** Stops every thread once the events before have passed, and waits for them. */
    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (failure != null || !head.offer(STOP)) {
            for (Thread thread : threads) {
                thread.interrupt();
            }
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The consumer threads. */
    List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** Inputs published. */
    long published() {
        return published;
    }

    /** The latest event time published. */
    long lastTimeNanos() {
        return lastTimeNanos;
    }

    /** Times the producer found every slot in flight and waited. */
    long fullWaits() {
        return fullWaits;
    }

    /** Faults the stage guards recorded. */
    long faults() {
        long total = 0;
        for (StageRunner runner : runners) {
            total += runner.faults();
        }
        return total;
    }

    /** What stopped the pipeline, or null. */
    Throwable failure() {
        return failure;
    }
}
