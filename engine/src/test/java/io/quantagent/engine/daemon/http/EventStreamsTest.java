package io.quantagent.engine.daemon.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventStreamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeDaemonView view = new FakeDaemonView(SampleSnapshots.known());
    private final List<Stream<String>> open = new ArrayList<>();
    private ServiceFixture fixture = new ServiceFixture(view, Optional.empty(), Duration.ofMillis(50),
            Duration.ofMillis(300));

    @AfterEach
    void stop() {
        open.forEach(Stream::close);
        fixture.close();
    }

    @Test
    void aStreamStartsWithTheCurrentSnapshotAndSendsANewOneWhenTheVersionMoves() throws IOException {
        Iterator<String> lines = openStream();

        Event first = nextEvent(lines);
        assertThat(first.id()).isEqualTo(view.version());
        assertThat(first.json().at("/instruments/0/candles").size()).isEqualTo(1);
        assertThat(first.json().get("halted").asBoolean()).isTrue();

        view.publish(SampleSnapshots.session(25));
        Event second = nextEvent(lines);

        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.json().at("/instruments/0/candles").size()).isEqualTo(25);
        assertThat(second.json().get("halted").asBoolean()).isFalse();
    }

    @Test
    void aQuietStreamCarriesHeartbeatComments() throws IOException {
        Iterator<String> lines = openStream();
        nextEvent(lines);

        String line = lines.next();
        while (line.isEmpty()) {
            line = lines.next();
        }

        assertThat(line).isEqualTo(": heartbeat");
    }

    @Test
    void beyondTheLimitAStreamIs503UntilOneCloses() {
        for (int i = 0; i < HttpService.MAX_EVENT_STREAMS; i++) {
            openStream();
        }
        HttpResponse<String> refused = fixture.get("/api/events");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(refused.body()).contains("too many event streams");
        assertThat(fixture.service.openEventStreams()).isEqualTo(HttpService.MAX_EVENT_STREAMS);

        open.removeFirst().close();

        awaitTrue(() -> fixture.service.openEventStreams() < HttpService.MAX_EVENT_STREAMS);
        assertThat(fixture.get("/health").statusCode()).isEqualTo(200);
        assertThat(openStreamStatus()).isEqualTo(200);
    }

    @Test
    void aClientThatStopsReadingIsCutOffAndFreesItsSlot() throws IOException {
        try (Socket stuck = new Socket(InetAddress.getLoopbackAddress(), fixture.service.port())) {
            stuck.setReceiveBufferSize(4_096);
            OutputStream out = stuck.getOutputStream();
            out.write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            awaitTrue(() -> fixture.service.openEventStreams() == 1);

            int bars = 4_000;
            while (fixture.service.openEventStreams() > 0) {
                view.publish(SampleSnapshots.session(bars++));
                sleep(20);
            }

            assertThat(stuck.isClosed()).isFalse();
            InputStream in = stuck.getInputStream();
            assertThat(new String(in.readNBytes(15), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200 OK");
        }
        assertThat(openStreamStatus()).isEqualTo(200);
    }

    @Test
    void closingTheServiceEndsTheStreams() {
        Iterator<String> lines = openStream();
        nextEvent(lines);

        fixture.service.close();

        boolean ended;
        try {
            while (lines.hasNext()) {
                lines.next();
            }
            ended = true;
        } catch (UncheckedIOException e) {
            ended = true;
        }
        assertThat(ended).isTrue();
        assertThat(fixture.service.openEventStreams()).isZero();
    }

    private Iterator<String> openStream() {
        HttpResponse<Stream<String>> response = streamResponse();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        open.add(response.body());
        return response.body().iterator();
    }

    private int openStreamStatus() {
        HttpResponse<Stream<String>> response = streamResponse();
        open.add(response.body());
        return response.statusCode();
    }

    private HttpResponse<Stream<String>> streamResponse() {
        try {
            return fixture.client.send(HttpRequest.newBuilder(fixture.uri("/api/events")).GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One {@code snapshot} event: its id and its data as JSON (comments and the retry line are skipped). */
    private record Event(long id, JsonNode json) {
    }

    private static Event nextEvent(Iterator<String> lines) {
        long id = -1;
        String type = null;
        String data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (data != null) {
                    assertThat(type).isEqualTo("snapshot");
                    try {
                        return new Event(id, JSON.readTree(data));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else if (line.startsWith("id: ")) {
                id = Long.parseLong(line.substring(4));
            } else if (line.startsWith("event: ")) {
                type = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            }
        }
        throw new AssertionError("the stream ended before an event");
    }

    private static void awaitTrue(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
