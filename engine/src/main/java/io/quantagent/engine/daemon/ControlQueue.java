package io.quantagent.engine.daemon;

import io.quantagent.engine.pipeline.ControlCommand;
import io.quantagent.engine.pipeline.Publisher;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Operator commands on their way into the pipeline: any thread queues one ({@link DaemonControl}), and the feed
 * thread, the pipeline's single producer, publishes it as a journaled CONTROL input between market events, at
 * the latest event time published. The execution stage acts on it; a replay of the journal repeats it.
 */
final class ControlQueue implements DaemonControl, Agent {

    private static final Logger LOG = LoggerFactory.getLogger(ControlQueue.class);
    private static final int CAPACITY = 64;

    private final ManyToOneConcurrentArrayQueue<ControlCommand> queue = new ManyToOneConcurrentArrayQueue<>(CAPACITY);
    private final Publisher publisher;
    private volatile boolean open = true;

    ControlQueue(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public ControlResult halt(String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        ControlResult result = offer(ControlCommand.HALT);
        if (result.accepted()) {
            LOG.warn("Operator halt requested ({}): no new entries until resumed", why);
        }
        return result;
    }

    @Override
    public ControlResult resume() {
        ControlResult result = offer(ControlCommand.RESUME);
        if (result.accepted()) {
            LOG.warn("Operator resume requested");
        }
        return result;
    }

    @Override
    public ControlResult flatten() {
        ControlResult result = offer(ControlCommand.FLATTEN);
        if (result.accepted()) {
            LOG.warn("Operator flatten requested: working orders cancelled, positions closed at market");
        }
        return result;
    }

    private ControlResult offer(ControlCommand command) {
        if (!open) {
            return new ControlResult(false, "the daemon is stopping; " + name(command) + " not queued");
        }
        if (!queue.offer(command)) {
            return new ControlResult(false, "too many commands waiting; " + name(command) + " not queued, try again");
        }
        return new ControlResult(true, name(command) + " queued into the pipeline (journaled as a CONTROL input)");
    }

    private static String name(ControlCommand command) {
        return command.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Publishes the queued commands (on the feed thread). */
    @Override
    public int doWork() {
        int work = 0;
        ControlCommand command;
        while ((command = queue.poll()) != null) {
            publisher.control(publisher.lastTimeNanos(), command.code());
            work++;
        }
        return work;
    }

    /**
     * Refuses further commands (the daemon is stopping) and publishes those already accepted, which their callers
     * were told are queued (on the feed thread, as every input).
     */
    @Override
    public void onClose() {
        open = false;
        doWork();
    }

    @Override
    public String roleName() {
        return "control";
    }
}
