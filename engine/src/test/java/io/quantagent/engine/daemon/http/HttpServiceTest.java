package io.quantagent.engine.daemon.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.engine.config.ConfigException;
import io.quantagent.engine.config.HttpConfig;
import io.quantagent.engine.daemon.Health;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HttpServiceTest {

    private final ServiceFixture fixture = new ServiceFixture(new FakeDaemonView(SampleSnapshots.known()),
            Optional.empty());
    private final Logger serviceLog = (Logger) LoggerFactory.getLogger(HttpService.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    HttpServiceTest() {
        logged.start();
        serviceLog.addAppender(logged);
    }

    @AfterEach
    void stop() {
        serviceLog.detachAppender(logged);
        fixture.close();
    }

    @Test
    void clientsThatNeverSendTheBodyTheyAnnouncedDoNotHoldUpOtherRequests() throws IOException {
        List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.service.port());
                socket.getOutputStream().write(("GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            assertThat(fixture.get("/health").statusCode()).isEqualTo(200);
            assertThat(fixture.get("/api/state").statusCode()).isEqualTo(200);
            assertThat(fixture.post("/api/halt", Optional.empty(), "").statusCode()).isEqualTo(403);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void listensOnLoopbackOnAFreePortAndSaysWhere() {
        assertThat(fixture.service.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(fixture.service.port()).isPositive();
        assertThat(fixture.service.url().toString()).isEqualTo("http://127.0.0.1:" + fixture.service.port() + "/");
        HttpService second = HttpService.startOnFreePort(ServiceFixture.LOOPBACK, fixture.view, Optional.empty());
        try {
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(m -> m.contains("Dashboard on " + second.url()) && m.contains("control endpoints off")
                            && m.contains("$QUANTAGENT_TOKEN"));
            assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.WARN);
        } finally {
            second.close();
        }
    }

    @Test
    void stateIsTheSnapshotAsJsonUnderTheRecordsNames() throws IOException {
        HttpResponse<String> response = fixture.get("/api/state");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode state = new ObjectMapper().readTree(response.body());
        assertThat(state.get("halted").asBoolean()).isTrue();
        assertThat(state.get("eventTimeMillis").asLong()).isEqualTo(SampleSnapshots.START_MILLIS + 60_000);
        assertThat(state.at("/account/equity").asDouble()).isEqualTo(100_000.5);
        assertThat(state.at("/risk/dailyLossLimitReached").asBoolean()).isTrue();
        assertThat(state.at("/counters/ringRemaining").asLong()).isEqualTo(1_000);
        assertThat(state.at("/latency/p999Micros").asDouble()).isEqualTo(31);
        assertThat(state.at("/instruments/0/name").asText()).isEqualTo("BTC/USD");
        assertThat(state.at("/instruments/0/candles/0/close").asDouble()).isEqualTo(804);
        assertThat(state.at("/instruments/0/orders/0/status").asText()).isEqualTo("FILLED");
        assertThat(state.at("/instruments/0/signals/0/detail").asText()).isEqualTo("RSI 28.1 <script>");
        assertThat(state.at("/feeds/1/lastMessageAgeMillis").asLong()).isEqualTo(42_000);
        assertThat(fieldNames(state)).containsExactly("wallTimeMillis", "eventTimeMillis", "halted",
                "controlEnabled", "account", "risk", "counters", "latency", "instruments", "feeds");
        assertThat(fieldNames(state.at("/instruments/0"))).containsExactly("name", "candles", "orders", "signals",
                "position", "averagePrice", "mark", "unrealisedPnl");
    }

    @Test
    void stateFollowsTheViewsVersion() throws IOException {
        fixture.get("/api/state");
        fixture.view.publish(SampleSnapshots.session(30));

        JsonNode state = new ObjectMapper().readTree(fixture.get("/api/state").body());

        assertThat(state.at("/instruments/0/candles").size()).isEqualTo(30);
    }

    @Test
    void healthIsOkWhileTheDaemonIsHealthyElse503WithTheProblems() {
        HttpResponse<String> healthy = fixture.get("/health");
        assertThat(healthy.statusCode()).isEqualTo(200);
        assertThat(healthy.body()).isEqualTo("ok\n");

        fixture.view.health(new Health(false, List.of("feed binance-1 is STALE (42 s without a message)",
                "the pipeline has not moved for 30 s")));
        HttpResponse<String> sick = fixture.get("/health");

        assertThat(sick.statusCode()).isEqualTo(503);
        assertThat(sick.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(sick.body()).isEqualTo("feed binance-1 is STALE (42 s without a message)\n"
                + "the pipeline has not moved for 30 s\n");
    }

    @Test
    void dashboardIsOnePageWithTheStateAndSettingsBuiltIn() {
        HttpResponse<String> page = fixture.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "connect-src 'self'");
        assertThat(page.body()).contains("id=\"render-status\"", "new EventSource(\"/api/events\")",
                "const SETTINGS = {\"controlEnabled\":false,\"controlTokenEnv\":\"QUANTAGENT_TOKEN\"};",
                "\"name\":\"BTC/USD\"");
        assertThat(page.body()).doesNotContain("/*QA_STATE*/", "/*QA_CONFIG*/", "http://", "https://");
        assertThat(page.body()).contains("RSI 28.1 \\u003cscript\\u003e").doesNotContain("RSI 28.1 <script>");
    }

    @Test
    void unknownPathsAre404AndWritesToReadOnlyEndpointsAre405() {
        HttpResponse<String> missing = fixture.get("/admin");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no such endpoint: /admin", "/api/state", "/metrics");

        for (String path : List.of("/", "/api/state", "/api/events", "/metrics", "/health")) {
            HttpResponse<String> post = fixture.post(path, Optional.empty(), "");
            assertThat(post.statusCode()).as(path).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow")).as(path).hasValue("GET, HEAD");
        }
    }

    @Test
    void headAnswersHeadersOnly() {
        HttpResponse<String> head = fixture.send(HttpRequest.newBuilder(fixture.uri("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void requestsAddressedToAnotherHostAreRefusedWhileOnLoopback() throws IOException {
        assertThat(rawGet("/api/state", "attacker.example:8080")).startsWith("HTTP/1.1 403");
        assertThat(rawGet("/api/state", "localhost:" + fixture.service.port())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("/api/state", "127.0.0.1")).startsWith("HTTP/1.1 200");
        assertThat(HttpService.loopbackHost("[::1]:8080")).isTrue();
        assertThat(HttpService.loopbackHost("127.0.0.1.nip.io")).isFalse();
        assertThat(HttpService.loopbackHost("localhost.attacker.example")).isFalse();
    }

    @Test
    void aNonLoopbackHostIsRefusedUnlessAllowedAndThenWarned() {
        assertThatThrownBy(() -> new HttpConfig("0.0.0.0", 8080, false, "QUANTAGENT_TOKEN"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("allowNonLoopback");

        HttpConfig open = new HttpConfig("0.0.0.0", 8080, true, "QUANTAGENT_TOKEN");
        try (HttpService service = HttpService.startOnFreePort(open, fixture.view, Optional.of("s3cret-token"))) {
            assertThat(service.address().getAddress().isAnyLocalAddress()).isTrue();
            assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .anyMatch(m -> m.contains("0.0.0.0:" + service.port()) && m.contains("NOT loopback"));
            assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(m -> m.contains("s3cret-token"));
        }
    }

    @Test
    void aPortInUseIsReportedWithTheAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> HttpService.start(ServiceFixture.LOOPBACK, taken.getLocalPort(), fixture.view,
                    Optional.empty()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("paper.http.port");
        }
    }

    @Test
    void closeStopsListening() {
        fixture.service.close();
        fixture.service.close();

        assertThatThrownBy(() -> fixture.get("/health")).isInstanceOf(UncheckedIOException.class);
    }

    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.service.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
    }
}
