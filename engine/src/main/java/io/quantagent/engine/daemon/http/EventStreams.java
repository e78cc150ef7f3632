package io.quantagent.engine.daemon.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-sent event streams behind {@code /api/events}. Each stream runs on a virtual thread of its own: it
 * sends the snapshot at once, then again whenever the daemon's version moves (checked every {@code poll}), and a
 * comment line after {@code heartbeat} of silence so proxies and browsers keep the connection. A client that stops
 * reading cannot hold a stream for ever: a watchdog ends any stream whose write has been blocked longer than
 * {@code writeTimeout}. At most {@code maxStreams} streams run at once; one more gets 503.
 */
final class EventStreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);
    private static final long CLOSE_WAIT_NANOS = 1_000_000_000L;
    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

    private final SnapshotJson snapshots;
    private final int maxStreams;
    private final long pollNanos;
    private final long heartbeatNanos;
    private final long writeTimeoutNanos;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final Thread watchdog;
    private volatile boolean closed;

    EventStreams(SnapshotJson snapshots, int maxStreams, Duration poll, Duration heartbeat, Duration writeTimeout) {
        this.snapshots = snapshots;
        this.maxStreams = maxStreams;
        this.pollNanos = poll.toNanos();
        this.heartbeatNanos = heartbeat.toNanos();
        this.writeTimeoutNanos = writeTimeout.toNanos();
        // A platform thread: on a JDK where a blocked write pins its carrier, the watchdog must still run.
        this.watchdog = Thread.ofPlatform().daemon().name("quantagent-sse-watchdog").start(this::watch);
    }

    /** Streams open now. */
    int openStreams() {
        return streams.size();
    }

    /**
     * Answers an event-stream request: 503 when closed or full, else the stream's headers, and the stream carries
     * on on its own thread.
     *
     * @return true when a stream now owns the exchange (and will close it), false when the answer is complete
     */
    boolean open(HttpExchange exchange) throws IOException {
        Stream stream = new Stream(exchange);
        synchronized (streams) {
            if (closed || streams.size() >= maxStreams) {
                exchange.getResponseHeaders().set("Retry-After", "10");
                Responses.text(exchange, 503, closed ? "the service is stopping\n"
                        : "too many event streams open (" + maxStreams + "); close a dashboard and retry\n");
                return false;
            }
            streams.add(stream);
        }
        Responses.headers(exchange, "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        if (exchange.getRequestMethod().equals("HEAD")) {
            streams.remove(stream);
            exchange.sendResponseHeaders(200, -1);
            return false;
        }
        exchange.sendResponseHeaders(200, 0);
        stream.thread = Thread.ofVirtual().name("quantagent-sse-" + exchange.getRemoteAddress()).unstarted(stream);
        stream.thread.start();
        return true;
    }

    /** Ends every stream and refuses new ones; waits up to a second for the streams to close. */
    @Override
    public void close() {
        synchronized (streams) {
            closed = true;
        }
        watchdog.interrupt();
        for (Stream stream : streams) {
            stream.end();
        }
        long deadline = System.nanoTime() + CLOSE_WAIT_NANOS;
        for (Stream stream : streams) {
            Thread running = stream.thread;
            long left = deadline - System.nanoTime();
            if (running != null && left > 0) {
                try {
                    running.join(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void watch() {
        while (!closed) {
            long now = System.nanoTime();
            for (Stream stream : streams) {
                long since = stream.writingSince;
                if (since != 0 && now - since > writeTimeoutNanos) {
                    LOG.warn("Event stream to {} ended: the client has not read for {} ms",
                            stream.exchange.getRemoteAddress(), (now - since) / 1_000_000);
                    stream.end();
                }
            }
            LockSupport.parkNanos(Math.max(writeTimeoutNanos / 4, 1_000_000));
            if (Thread.interrupted()) {
                return;
            }
        }
    }

    /** One client's stream: its loop, and how it is ended. */
    private final class Stream implements Runnable {

        private final HttpExchange exchange;
        private volatile Thread thread;
        private volatile long writingSince;

        Stream(HttpExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void run() {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                write(out, "retry: 2000\n\n".getBytes(StandardCharsets.US_ASCII));
                long sent = Long.MIN_VALUE;
                long lastWrite = System.nanoTime();
                while (!closed && !Thread.currentThread().isInterrupted()) {
                    SnapshotJson.Rendered rendered = snapshots.current();
                    if (rendered.version() != sent) {
                        write(out, event(rendered));
                        sent = rendered.version();
                        lastWrite = System.nanoTime();
                    } else if (System.nanoTime() - lastWrite >= heartbeatNanos) {
                        write(out, HEARTBEAT);
                        lastWrite = System.nanoTime();
                    }
                    LockSupport.parkNanos(pollNanos);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Event stream to {} ended: {}", exchange.getRemoteAddress(), e.toString());
            } finally {
                streams.remove(this);
            }
        }

        private void write(OutputStream out, byte[] bytes) throws IOException {
            writingSince = System.nanoTime();
            out.write(bytes);
            out.flush();
            writingSince = 0;
        }

        /** Interrupts the stream's thread: a blocked socket write then fails and the stream closes. */
        void end() {
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
        }

        private static byte[] event(SnapshotJson.Rendered rendered) {
            byte[] head = ("id: " + rendered.version() + "\nevent: snapshot\ndata: ")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] json = rendered.json();
            byte[] event = new byte[head.length + json.length + 2];
            System.arraycopy(head, 0, event, 0, head.length);
            System.arraycopy(json, 0, event, head.length, json.length);
            event[event.length - 2] = '\n';
            event[event.length - 1] = '\n';
            return event;
        }
    }
}
