package io.quantagent.engine.daemon.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quantagent.engine.config.HttpConfig;
import io.quantagent.engine.daemon.DaemonView;
import io.quantagent.engine.daemon.Health;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper daemon's HTTP endpoint: the dashboard, its JSON state and live updates, Prometheus metrics, health,
 * and the operator's halt, resume and flatten. Everything it shows comes from a {@link DaemonView}; it never
 * touches the pipeline except through {@link DaemonView#control()}.
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>answer</th></tr>
 *   <tr><td>{@code GET /}</td><td>the dashboard (one self-contained page, no internet needed)</td></tr>
 *   <tr><td>{@code GET /api/state}</td><td>the {@link io.quantagent.engine.daemon.DaemonSnapshot} as JSON
 *       (see the package documentation for its fields)</td></tr>
 *   <tr><td>{@code GET /api/events}</td><td>{@code text/event-stream}: an {@code event: snapshot} with the JSON
 *       state whenever {@link DaemonView#version()} changes, a comment every 15 s; at most
 *       {@value #MAX_EVENT_STREAMS} at once, 503 beyond</td></tr>
 *   <tr><td>{@code GET /metrics}</td><td>Prometheus text format 0.0.4</td></tr>
 *   <tr><td>{@code GET /health}</td><td>200 {@code ok}, or 503 with one problem a line</td></tr>
 *   <tr><td>{@code POST /api/halt}, {@code /api/resume}, {@code /api/flatten}</td><td>with
 *       {@code Authorization: Bearer <token>}: 202 when the command was queued, 409 when refused, with the
 *       result as JSON {@code {"accepted":..,"message":".."}}; 401 without the right token; 403 when no token is
 *       configured (the control endpoints are off); the halt reason is the request body, if any</td></tr>
 * </table>
 *
 * <p>Safe by default: it listens on loopback unless {@link HttpConfig#allowNonLoopback()} says otherwise (and then
 * warns), and while it listens on loopback it answers only requests addressed to a loopback name (a web page
 * cannot reach it by DNS rebinding). Each request runs on a virtual thread of its own, and so does each event
 * stream: a client that stalls mid-request (the server waits to drain a body it never sends) holds only its own
 * virtual thread, never the others' answers or the control endpoints.
 */
public final class HttpService implements AutoCloseable {

    /** Event streams (open dashboards) served at once. */
    public static final int MAX_EVENT_STREAMS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final String DASHBOARD_POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    private static final String ENDPOINTS = "GET /, /api/state, /api/events, /metrics, /health; "
            + "POST /api/halt, /api/resume, /api/flatten";

    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final EventStreams eventStreams;
    private final SnapshotJson snapshotJson;
    private final DashboardPage dashboard;
    private final ControlEndpoints control;
    private final DaemonView view;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter metricsWriter = PrometheusTextFormatWriter.create();
    private final InetAddress bindAddress;
    private final boolean loopbackOnly;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpService(HttpServer server, InetAddress bindAddress, ExecutorService requestThreads, DaemonView view,
            HttpConfig config, Optional<String> controlToken, Duration heartbeat, Duration writeTimeout) {
        this.server = server;
        this.bindAddress = bindAddress;
        this.requestThreads = requestThreads;
        this.view = view;
        this.loopbackOnly = bindAddress.isLoopbackAddress();
        this.snapshotJson = new SnapshotJson(view);
        this.control = new ControlEndpoints(view, controlToken, config.controlTokenEnv());
        this.dashboard = new DashboardPage(snapshotJson, control.enabled(), config.controlTokenEnv());
        this.eventStreams = new EventStreams(snapshotJson, MAX_EVENT_STREAMS, POLL, heartbeat, writeTimeout);
        registry.register(new DaemonMetrics(view, eventStreams::openStreams));
        server.createContext("/", this::handle);
        server.setExecutor(requestThreads);
        server.start();
    }

    /**
     * Starts the service on {@link HttpConfig#host()} and the configured port, or {@code portOverride} when it
     * is not 0 (a command-line option).
     *
     * @param controlToken the bearer token of the control endpoints, read from the environment variable
     *     {@link HttpConfig#controlTokenEnv()} names; empty (or blank) turns the control endpoints off
     * @throws UncheckedIOException when the address cannot be bound (the message names it and the key)
     * @throws IllegalArgumentException when the host resolves to a non-loopback address that is not allowed
     */
    public static HttpService start(HttpConfig config, int portOverride, DaemonView view,
            Optional<String> controlToken) {
        if (portOverride < 0 || portOverride > 65_535) {
            throw new IllegalArgumentException("port must be 1 to 65535 (0 for the configured one), was "
                    + portOverride);
        }
        return bind(config, portOverride == 0 ? config.port() : portOverride, view, controlToken, HEARTBEAT,
                WRITE_TIMEOUT);
    }

    /**
     * Starts the service on {@link HttpConfig#host()} and a free port the system picks (tests, or several
     * daemons side by side); {@link #port()} tells which.
     */
    public static HttpService startOnFreePort(HttpConfig config, DaemonView view, Optional<String> controlToken) {
        return bind(config, 0, view, controlToken, HEARTBEAT, WRITE_TIMEOUT);
    }

    /** As {@link #startOnFreePort}, with the event streams' heartbeat and write timeout chosen by a test. */
    static HttpService startOnFreePort(HttpConfig config, DaemonView view, Optional<String> controlToken,
            Duration heartbeat, Duration writeTimeout) {
        return bind(config, 0, view, controlToken, heartbeat, writeTimeout);
    }

    private static HttpService bind(HttpConfig config, int port, DaemonView view, Optional<String> controlToken,
            Duration heartbeat, Duration writeTimeout) {
        Objects.requireNonNull(view, "view");
        InetAddress address = resolve(config);
        InetSocketAddress socket = new InetSocketAddress(address, port);
        HttpServer server;
        try {
            server = HttpServer.create(socket, 0);
        } catch (BindException e) {
            throw new UncheckedIOException("cannot listen on " + hostAndPort(address, port) + ": " + e.getMessage()
                    + " (set paper.http.host and paper.http.port, or stop what uses the port)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the HTTP service on " + hostAndPort(address, port) + ": "
                    + e.getMessage(), e);
        }
        ExecutorService threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("quantagent-http-", 1).factory());
        HttpService service;
        try {
            service = new HttpService(server, address, threads, view, config, controlToken, heartbeat, writeTimeout);
        } catch (RuntimeException e) {
            server.stop(0);
            threads.shutdownNow();
            throw e;
        }
        service.announce(config);
        return service;
    }

    private static InetAddress resolve(HttpConfig config) {
        InetAddress address;
        try {
            address = InetAddress.getByName(config.host());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("paper.http.host: cannot resolve '" + config.host() + "'", e);
        }
        if (!address.isLoopbackAddress() && !config.allowNonLoopback()) {
            throw new IllegalArgumentException("paper.http.host '" + config.host() + "' resolves to "
                    + address.getHostAddress() + ", which is not a loopback address; set "
                    + "paper.http.allowNonLoopback: true to listen there");
        }
        return address;
    }

    private void announce(HttpConfig config) {
        String controlState = control.enabled()
                ? "on (bearer token from $" + config.controlTokenEnv() + ")"
                : "off (set $" + config.controlTokenEnv() + " to enable them)";
        LOG.info("Dashboard on {} (also /api/state, /api/events, /metrics, /health); control endpoints {}",
                url(), controlState);
        if (!bindAddress.isLoopbackAddress()) {
            LOG.warn("The HTTP service listens on {}, which is NOT loopback (paper.http.allowNonLoopback is true): "
                    + "anyone who can reach this address can read the dashboard, state and metrics{}",
                    hostAndPort(bindAddress, port()),
                    control.enabled() ? "; the control endpoints still need the bearer token" : "");
        }
    }

    /** The address the service listens on (the actual port, also when the system picked it). */
    public InetSocketAddress address() {
        return new InetSocketAddress(bindAddress, port());
    }

    /** The port the service listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The dashboard's URL, such as {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return URI.create("http://" + hostAndPort(bindAddress, port()) + "/");
    }

    /** Whether the control endpoints are on (a token was given). */
    public boolean controlEnabled() {
        return control.enabled();
    }

    /** Event streams open now. */
    public int openEventStreams() {
        return eventStreams.openStreams();
    }

    /** Ends the event streams, stops listening and stops the request threads. Safe to call twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            eventStreams.close();
            server.stop(0);
            requestThreads.shutdownNow();
            LOG.info("HTTP service on {} stopped", url());
        }
    }

    private void handle(HttpExchange exchange) {
        boolean streaming = false;
        try {
            streaming = route(exchange);
        } catch (IOException e) {
            LOG.debug("{} {}: the client went away: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                    e.toString());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            try {
                Responses.text(exchange, 500, "internal error: " + e + "\n");
            } catch (IOException | RuntimeException ignored) {
                // the headers were sent already, or the client has gone: the close below ends the exchange
            }
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /** Answers a request; true when an event stream now owns the exchange (it must not be closed here). */
    private boolean route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (loopbackOnly && !loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
            Responses.text(exchange, 403, "this service answers requests addressed to a loopback name only (such "
                    + "as 127.0.0.1 or localhost), not to Host '" + exchange.getRequestHeaders().getFirst("Host")
                    + "'\n");
            return false;
        }
        switch (path) {
            case "/" -> {
                if (Responses.readOnly(exchange)) {
                    exchange.getResponseHeaders().set("Content-Security-Policy", DASHBOARD_POLICY);
                    Responses.send(exchange, 200, "text/html; charset=utf-8", dashboard.render());
                }
            }
            case "/api/state" -> {
                if (Responses.readOnly(exchange)) {
                    Responses.send(exchange, 200, Responses.JSON, snapshotJson.current().json());
                }
            }
            case "/api/events" -> {
                return Responses.readOnly(exchange) && eventStreams.open(exchange);
            }
            case "/metrics" -> {
                if (Responses.readOnly(exchange)) {
                    ByteArrayOutputStream body = new ByteArrayOutputStream(8_192);
                    metricsWriter.write(body, registry.scrape());
                    Responses.send(exchange, 200, metricsWriter.getContentType(), body.toByteArray());
                }
            }
            case "/health" -> {
                if (Responses.readOnly(exchange)) {
                    health(exchange);
                }
            }
            case "/api/halt" -> control.handle(exchange, ControlEndpoints.Command.HALT);
            case "/api/resume" -> control.handle(exchange, ControlEndpoints.Command.RESUME);
            case "/api/flatten" -> control.handle(exchange, ControlEndpoints.Command.FLATTEN);
            default -> Responses.text(exchange, 404, "no such endpoint: " + path + " (" + ENDPOINTS + ")\n");
        }
        return false;
    }

    private void health(HttpExchange exchange) throws IOException {
        Health health = view.health();
        if (health.healthy()) {
            Responses.text(exchange, 200, "ok\n");
        } else {
            StringBuilder body = new StringBuilder();
            for (String problem : health.problems()) {
                body.append(problem).append('\n');
            }
            if (health.problems().isEmpty()) {
                body.append("unhealthy\n");
            }
            Responses.text(exchange, 503, body.toString());
        }
    }

    /** Whether a Host header names a loopback address (a request without one comes from no browser). */
    static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host : host.substring(1, end);
        } else {
            int colon = host.indexOf(':');
            host = colon < 0 ? host : host.substring(0, colon);
        }
        return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
                || host.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
    }

    private static String hostAndPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

}
