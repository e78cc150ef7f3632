package io.quantagent.engine.feed.live;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebSocket server on 127.0.0.1 (ephemeral port) for tests, per RFC 6455: the opening handshake with
 * {@code Sec-WebSocket-Accept}, text, binary, ping, pong and close frames (masked from the client, unmasked to
 * it), fragmentation, and abrupt drops. Each accepted connection is a {@link Peer} the test scripts like an
 * exchange: what to send, when to stall, when to cut the line; and what the client sent is recorded.
 */
final class LoopbackWebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ServerSocket serverSocket;
    private final BlockingQueue<Peer> accepted = new LinkedBlockingQueue<>();
    private final List<Peer> peers = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    LoopbackWebSocketServer() throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "loopback-ws-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code ws://127.0.0.1:port} followed by the path (may be empty). */
    URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + serverSocket.getLocalPort() + path);
    }

    /** The next connection whose handshake completed, waiting up to ten seconds. */
    Peer nextPeer() throws InterruptedException {
        Peer peer = accepted.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (peer == null) {
            throw new AssertionError("no WebSocket connection within " + WAIT);
        }
        return peer;
    }

    /** How many WebSocket handshakes have completed. */
    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        for (Peer peer : peers) {
            peer.drop();
        }
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return;
            }
            Peer peer = new Peer(socket);
            peers.add(peer);
            Thread reader = new Thread(peer::run, "loopback-ws-peer");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** One client connection, seen from the server. */
    final class Peer {

        private final Socket socket;
        private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        private final BlockingQueue<byte[]> pongs = new LinkedBlockingQueue<>();
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile String requestTarget;
        private volatile Map<String, String> headers;
        private volatile int closeCodeReceived = -1;
        private OutputStream out;

        Peer(Socket socket) {
            this.socket = socket;
        }

        /** The request target of the handshake, such as {@code /stream?streams=btcusdt@trade}. */
        String requestTarget() {
            return requestTarget;
        }

        /** A request header of the handshake (lower-case name). */
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The next text message the client sent, waiting up to ten seconds. */
        String nextText() throws InterruptedException {
            String text = texts.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (text == null) {
                throw new AssertionError("the client sent no text message within " + WAIT);
            }
            return text;
        }

        /** The payload of the next pong the client sent, waiting up to ten seconds. */
        byte[] nextPong() throws InterruptedException {
            byte[] pong = pongs.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (pong == null) {
                throw new AssertionError("the client sent no pong within " + WAIT);
            }
            return pong;
        }

        /** Waits up to ten seconds for the connection to end; true when it did. */
        boolean awaitClosed() throws InterruptedException {
            return closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The status code of the client's close frame, or -1 if it sent none. */
        int closeCodeReceived() {
            return closeCodeReceived;
        }

        /** Sends one text message in one frame. */
        void sendText(String text) throws IOException {
            frame(true, 0x1, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Sends one text message split into {@code parts} frames (a text frame and continuations). */
        void sendFragmented(String text, int parts) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int step = (bytes.length + parts - 1) / parts;
            synchronized (this) {
                for (int i = 0, start = 0; start < bytes.length; i++, start += step) {
                    int end = Math.min(bytes.length, start + step);
                    byte[] part = java.util.Arrays.copyOfRange(bytes, start, end);
                    frame(end == bytes.length, i == 0 ? 0x1 : 0x0, part);
                }
            }
        }

        /** Sends a binary message. */
        void sendBinary(byte[] bytes) throws IOException {
            frame(true, 0x2, bytes);
        }

        /** Sends a ping. */
        void sendPing(byte[] payload) throws IOException {
            frame(true, 0x9, payload);
        }

        /** Starts the closing handshake. */
        void sendClose(int code, String reason) throws IOException {
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            byte[] payload = new byte[2 + text.length];
            payload[0] = (byte) (code >> 8);
            payload[1] = (byte) code;
            System.arraycopy(text, 0, payload, 2, text.length);
            frame(true, 0x8, payload);
        }

        /** Cuts the TCP connection without a closing handshake. */
        void drop() {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException e) {
                // Already gone.
            }
        }

        private synchronized void frame(boolean fin, int opcode, byte[] payload) throws IOException {
            ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
            frame.write((fin ? 0x80 : 0) | opcode);
            if (payload.length < 126) {
                frame.write(payload.length);
            } else if (payload.length < 65_536) {
                frame.write(126);
                frame.write(payload.length >> 8);
                frame.write(payload.length);
            } else {
                frame.write(127);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    frame.write((int) ((long) payload.length >> shift));
                }
            }
            frame.write(payload);
            out.write(frame.toByteArray());
            out.flush();
        }

        private void run() {
            try (socket) {
                InputStream in = socket.getInputStream();
                out = socket.getOutputStream();
                handshake(in);
                connections.incrementAndGet();
                accepted.add(this);
                readFrames(in);
            } catch (IOException e) {
                // The connection ended (dropped by either side).
            } finally {
                closed.countDown();
            }
        }

        private void handshake(InputStream in) throws IOException {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("handshake cut short");
                }
                request.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String[] lines = request.toString(StandardCharsets.ISO_8859_1).split("\r\n");
            requestTarget = lines[0].split(" ")[1];
            Map<String, String> fields = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    fields.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            headers = fields;
            String accept = accept(fields.get("sec-websocket-key"));
            String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n";
            synchronized (this) {
                out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        }

        private void readFrames(InputStream in) throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            int messageOpcode = 0;
            while (true) {
                int b0 = readByte(in);
                int b1 = readByte(in);
                boolean fin = (b0 & 0x80) != 0;
                int opcode = b0 & 0x0F;
                long length = b1 & 0x7F;
                if (length == 126) {
                    length = (readByte(in) << 8) | readByte(in);
                } else if (length == 127) {
                    length = 0;
                    for (int i = 0; i < 8; i++) {
                        length = (length << 8) | readByte(in);
                    }
                }
                byte[] mask = (b1 & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
                byte[] payload = in.readNBytes((int) length);
                if (payload.length != length) {
                    throw new EOFException("frame cut short");
                }
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i & 3];
                }
                switch (opcode) {
                    case 0x0, 0x1, 0x2 -> {
                        if (opcode != 0) {
                            messageOpcode = opcode;
                            message.reset();
                        }
                        message.write(payload);
                        if (fin && messageOpcode == 0x1) {
                            texts.add(message.toString(StandardCharsets.UTF_8));
                        }
                    }
                    case 0x8 -> {
                        closeCodeReceived = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                        try {
                            frame(true, 0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
                        } catch (IOException e) {
                            // The client may be gone already.
                        }
                        return;
                    }
                    case 0x9 -> frame(true, 0xA, payload);
                    case 0xA -> pongs.add(payload);
                    default -> throw new IOException("unknown opcode " + opcode);
                }
            }
        }

        private static int readByte(InputStream in) throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            return b;
        }
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
