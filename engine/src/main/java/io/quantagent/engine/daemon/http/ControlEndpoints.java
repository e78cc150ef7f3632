package io.quantagent.engine.daemon.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.quantagent.engine.daemon.DaemonControl;
import io.quantagent.engine.daemon.DaemonControl.ControlResult;
import io.quantagent.engine.daemon.DaemonView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/halt}, {@code /api/resume} and {@code /api/flatten}. Off unless a bearer token was given; then
 * each request must carry {@code Authorization: Bearer <token>}, compared in constant time (as SHA-256 digests, so
 * not even the token's length leaks). The token is never logged nor echoed.
 */
final class ControlEndpoints {

    /** The three commands. */
    enum Command {
        HALT, RESUME, FLATTEN
    }

    private static final Logger LOG = LoggerFactory.getLogger(ControlEndpoints.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_REASON_BYTES = 1_024;
    private static final int MAX_REASON_CHARS = 200;
    private static final String DEFAULT_REASON = "operator halt over HTTP";

    private final DaemonView view;
    private final byte[] tokenDigest;
    private final String tokenEnv;

    ControlEndpoints(DaemonView view, Optional<String> token, String tokenEnv) {
        this.view = view;
        this.tokenEnv = tokenEnv;
        Optional<String> usable = token.map(String::strip).filter(t -> !t.isEmpty());
        if (token.isPresent() && usable.isEmpty()) {
            LOG.warn("${} is set but blank: the control endpoints stay off", tokenEnv);
        }
        this.tokenDigest = usable.map(ControlEndpoints::digest).orElse(null);
    }

    /** Whether the control endpoints are on. */
    boolean enabled() {
        return tokenDigest != null;
    }

    /** Answers one control request: 405, 403 (off), 401 (token), then 202 or 409 with the command's result. */
    void handle(HttpExchange exchange, Command command) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            json(exchange, 405, new ControlResult(false, exchange.getRequestMethod() + " is not allowed on " + path
                    + ": use POST with Authorization: Bearer <token>"));
            return;
        }
        if (!enabled()) {
            json(exchange, 403, new ControlResult(false, "the control endpoints are off: start the daemon with "
                    + "the environment variable " + tokenEnv + " set to a secret (paper.http.controlTokenEnv "
                    + "names the variable), then send it as Authorization: Bearer <token>"));
            return;
        }
        String refusal = authorise(exchange.getRequestHeaders().getFirst("Authorization"));
        if (refusal != null) {
            LOG.warn("POST {} from {} refused: {}", path, exchange.getRemoteAddress(), refusal);
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"quantagent\"");
            json(exchange, 401, new ControlResult(false, refusal + ": send Authorization: Bearer <token> with the "
                    + "token from $" + tokenEnv));
            return;
        }
        DaemonControl control = view.control();
        ControlResult result = switch (command) {
            case HALT -> control.halt(reason(exchange));
            case RESUME -> control.resume();
            case FLATTEN -> control.flatten();
        };
        LOG.info("POST {} from {}: {} ({})", path, exchange.getRemoteAddress(),
                result.accepted() ? "accepted" : "refused", result.message());
        json(exchange, result.accepted() ? 202 : 409, result);
    }

    private String authorise(String header) {
        if (header == null) {
            return "no Authorization header";
        }
        String prefix = "Bearer ";
        if (header.length() < prefix.length() || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return "the Authorization header is not a bearer token";
        }
        byte[] presented = digest(header.substring(prefix.length()).trim());
        return MessageDigest.isEqual(presented, tokenDigest) ? null : "wrong bearer token";
    }

    /** The halt reason: the request body as text (at most 200 characters, control characters removed). */
    private static String reason(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_REASON_BYTES);
        }
        String reason = new String(body, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}+", " ").strip();
        if (reason.isEmpty()) {
            return DEFAULT_REASON;
        }
        return reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) : reason;
    }

    private static void json(HttpExchange exchange, int status, ControlResult result) throws IOException {
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Responses.send(exchange, status, Responses.JSON, body);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
