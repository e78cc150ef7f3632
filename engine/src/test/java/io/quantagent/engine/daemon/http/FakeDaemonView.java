package io.quantagent.engine.daemon.http;

import io.quantagent.engine.daemon.DaemonControl;
import io.quantagent.engine.daemon.DaemonSnapshot;
import io.quantagent.engine.daemon.DaemonView;
import io.quantagent.engine.daemon.Health;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/** A daemon the tests drive by hand: they set the snapshot, health and latency, and read the commands it got. */
final class FakeDaemonView implements DaemonView, DaemonControl {

    private final AtomicLong version = new AtomicLong(1);
    private final Histogram latency = new Histogram(3);
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile DaemonSnapshot snapshot;
    private volatile Health health = new Health(true, List.of());
    private volatile ControlResult result = new ControlResult(true, "queued");

    FakeDaemonView(DaemonSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Publishes a new snapshot (the version moves). */
    void publish(DaemonSnapshot next) {
        snapshot = next;
        version.incrementAndGet();
    }

    void health(Health next) {
        health = next;
    }

    void answer(ControlResult next) {
        result = next;
    }

    synchronized void recordLatency(long nanos, long count) {
        latency.recordValueWithCount(nanos, count);
    }

    /** The commands received, as {@code halt:reason}, {@code resume}, {@code flatten}. */
    List<String> commands() {
        return List.copyOf(commands);
    }

    @Override
    public DaemonSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public Health health() {
        return health;
    }

    @Override
    public synchronized Histogram tickToOrderNanos() {
        return latency.copy();
    }

    @Override
    public DaemonControl control() {
        return this;
    }

    @Override
    public ControlResult halt(String reason) {
        commands.add("halt:" + reason);
        return result;
    }

    @Override
    public ControlResult resume() {
        commands.add("resume");
        return result;
    }

    @Override
    public ControlResult flatten() {
        commands.add("flatten");
        return result;
    }
}
