package io.quantagent.engine.feed.live;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

/**
 * One WebSocket connection of a {@link LiveFeed}: the JDK client's listener, called on the HTTP client's
 * threads. It assembles each message from its fragments, sends the subscriptions once open, and hands whole
 * messages to the feed's thread through the bounded queue. Flow control: a message is asked for
 * ({@link WebSocket#request}) only while the queue has room, so a slow feed thread slows the socket (TCP
 * back-pressure to the exchange) and nothing is dropped; the feed thread calls {@link #resume} as it drains.
 * Everything else about the connection (health, reconnects) belongs to the feed's thread.
 */
final class Connection implements WebSocket.Listener {

    /** A message of a connection, as queued for the feed's thread. */
    record Inbound(long generation, int kind, String text) {
        static final int TEXT = 0;
        static final int BINARY = 1;
        static final int OVERSIZED = 2;
    }

    final long generation;
    private final ManyToOneConcurrentArrayQueue<Inbound> queue;
    private final int capacity;
    private final int maxMessageChars;
    private final List<String> subscriptions;
    private final StringBuilder fragments = new StringBuilder();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicReference<String> endReason = new AtomicReference<>();
    private final CompletableFuture<Void> peerClosed = new CompletableFuture<>();
    private boolean oversized;
    private volatile Inbound pending;
    private volatile WebSocket webSocket;
    private volatile boolean opened;
    private volatile CompletableFuture<WebSocket> opening;

    Connection(long generation, ManyToOneConcurrentArrayQueue<Inbound> queue, int maxMessageChars,
            List<String> subscriptions) {
        this.generation = generation;
        this.queue = queue;
        this.capacity = queue.capacity();
        this.maxMessageChars = maxMessageChars;
        this.subscriptions = subscriptions;
    }

    /** Remembers the pending handshake, so that a failed one ends the connection and {@link #abort} can cancel it. */
    void opening(CompletableFuture<WebSocket> future) {
        opening = future;
        future.whenComplete((ws, failure) -> {
            if (failure != null) {
                end("cannot connect: " + describe(failure));
            }
        });
    }

    /** True once the WebSocket is open (subscriptions on their way). */
    boolean opened() {
        return opened;
    }

    /** Why the connection ended, or {@code null} while it lasts. */
    String endReason() {
        return endReason.get();
    }

    /** Closes the connection at once (no closing handshake) and ignores anything it still delivers. */
    void abort(String reason) {
        end(reason);
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.abort();
        }
        CompletableFuture<WebSocket> future = opening;
        if (future != null) {
            future.cancel(true);
        }
    }

    /**
     * Closes the connection politely: sends a Close, waits (up to the timeout in all) for the server's Close in
     * reply, then lets go of the socket.
     */
    void close(long timeoutMillis) {
        WebSocket ws = webSocket;
        end("closed by the client");
        if (ws != null && !ws.isOutputClosed()) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "closing").get(timeoutMillis, TimeUnit.MILLISECONDS);
                peerClosed.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // The peer is gone or slow; aborting below is all that is left to do.
            }
        }
        abort("closed by the client");
    }

    /**
     * Asks for the next message if reading was paused for want of queue room and there is room now. Called by
     * the feed's thread after draining, and by the listener itself right after pausing (whichever finds room
     * first wins the {@code paused} flag, so exactly one request is made).
     */
    void resume() {
        if (!paused.get() || queue.size() >= capacity || !paused.compareAndSet(true, false)) {
            return;
        }
        Inbound waiting = pending;
        if (waiting != null) {
            pending = null;
            if (!queue.offer(waiting)) {
                pending = waiting;
                paused.set(true);
                return;
            }
        }
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.request(1);
        }
    }

    /**
     * The message that found the queue full, if reading is paused on it; for the feed's thread once the
     * connection has ended, so that nothing it received is lost.
     */
    Inbound takePending() {
        if (!paused.compareAndSet(true, false)) {
            return null;
        }
        Inbound waiting = pending;
        pending = null;
        return waiting;
    }

    @Override
    public void onOpen(WebSocket ws) {
        webSocket = ws;
        CompletableFuture<WebSocket> sent = CompletableFuture.completedFuture(ws);
        for (String subscription : subscriptions) {
            sent = sent.thenCompose(w -> w.sendText(subscription, true));
        }
        sent.whenComplete((w, failure) -> {
            if (failure != null) {
                abort("cannot subscribe: " + describe(failure));
            }
        });
        opened = true;
        ws.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        if (!oversized) {
            if (fragments.length() + data.length() > maxMessageChars) {
                oversized = true;
                fragments.setLength(0);
            } else if (!last || fragments.length() > 0) {
                fragments.append(data);
            }
        }
        if (!last) {
            ws.request(1);
            return null;
        }
        Inbound message;
        if (oversized) {
            message = new Inbound(generation, Inbound.OVERSIZED, null);
        } else if (fragments.length() > 0) {
            message = new Inbound(generation, Inbound.TEXT, fragments.toString());
        } else {
            message = new Inbound(generation, Inbound.TEXT, data.toString());
        }
        oversized = false;
        fragments.setLength(0);
        deliver(ws, message);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
        if (last) {
            deliver(ws, new Inbound(generation, Inbound.BINARY, null));
        } else {
            ws.request(1);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        end("closed by the server (" + statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
        peerClosed.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        end("connection failed: " + describe(error));
        peerClosed.complete(null);
    }

    private void deliver(WebSocket ws, Inbound message) {
        if (!queue.offer(message)) {
            pending = message;
            pause();
        } else if (queue.size() >= capacity) {
            pause();
        } else {
            ws.request(1);
        }
    }

    private void pause() {
        paused.set(true);
        resume();
    }

    private void end(String reason) {
        endReason.compareAndSet(null, reason);
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
