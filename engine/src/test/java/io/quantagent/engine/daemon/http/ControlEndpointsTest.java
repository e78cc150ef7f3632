package io.quantagent.engine.daemon.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quantagent.engine.daemon.DaemonControl.ControlResult;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ControlEndpointsTest {

    private static final String TOKEN = "correct-horse-battery-staple";
    private static final List<String> PATHS = List.of("/api/halt", "/api/resume", "/api/flatten");

    private final FakeDaemonView view = new FakeDaemonView(SampleSnapshots.known());
    private final Logger controlLog = (Logger) LoggerFactory.getLogger(ControlEndpoints.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private ServiceFixture fixture;

    ControlEndpointsTest() {
        logged.start();
        controlLog.addAppender(logged);
    }

    @AfterEach
    void stop() {
        controlLog.detachAppender(logged);
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void withTheRightTokenEachCommandReachesTheDaemonAndItsResultComesBack() throws IOException {
        fixture = new ServiceFixture(view, Optional.of(TOKEN));

        HttpResponse<String> halt = fixture.post("/api/halt", Optional.of("Bearer " + TOKEN), "news at 14:00\n");
        HttpResponse<String> resume = fixture.post("/api/resume", Optional.of("bearer " + TOKEN), "");
        HttpResponse<String> flatten = fixture.post("/api/flatten", Optional.of("Bearer " + TOKEN), "");

        assertThat(List.of(halt.statusCode(), resume.statusCode(), flatten.statusCode())).containsOnly(202);
        assertThat(view.commands()).containsExactly("halt:news at 14:00", "resume", "flatten");
        JsonNode body = new ObjectMapper().readTree(halt.body());
        assertThat(body.get("accepted").asBoolean()).isTrue();
        assertThat(body.get("message").asText()).isEqualTo("queued");
        assertThat(halt.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    }

    @Test
    void aHaltWithoutABodyGetsADefaultReason() {
        fixture = new ServiceFixture(view, Optional.of(TOKEN));

        fixture.post("/api/halt", Optional.of("Bearer " + TOKEN), "");

        assertThat(view.commands()).containsExactly("halt:operator halt over HTTP");
    }

    @Test
    void aCommandTheDaemonRefusesIs409WithItsMessage() throws IOException {
        fixture = new ServiceFixture(view, Optional.of(TOKEN));
        view.answer(new ControlResult(false, "not halted"));

        HttpResponse<String> resume = fixture.post("/api/resume", Optional.of("Bearer " + TOKEN), "");

        assertThat(resume.statusCode()).isEqualTo(409);
        assertThat(new ObjectMapper().readTree(resume.body()).get("message").asText()).isEqualTo("not halted");
    }

    @Test
    void withoutOrWithAWrongTokenEveryCommandIs401AndNothingReachesTheDaemon() {
        fixture = new ServiceFixture(view, Optional.of(TOKEN));
        List<Optional<String>> wrong = List.of(Optional.empty(), Optional.of("Bearer nope"),
                Optional.of("Bearer " + TOKEN + "x"), Optional.of("Bearer " + TOKEN.substring(1)),
                Optional.of("Basic " + TOKEN), Optional.of(TOKEN), Optional.of("Bearer "));

        for (String path : PATHS) {
            for (Optional<String> authorization : wrong) {
                HttpResponse<String> response = fixture.post(path, authorization, "");
                assertThat(response.statusCode()).as(path + " " + authorization).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"quantagent\"");
                assertThat(response.body()).contains("Authorization: Bearer").doesNotContain(TOKEN);
            }
        }
        assertThat(view.commands()).isEmpty();
        assertThat(logged.list).isNotEmpty().extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains(TOKEN.substring(1)));
    }

    @Test
    void withoutAConfiguredTokenTheEndpointsAreOffAndSayHowToTurnThemOn() throws IOException {
        for (Optional<String> token : List.of(Optional.<String>empty(), Optional.of("  "))) {
            fixture = new ServiceFixture(view, token);
            assertThat(fixture.service.controlEnabled()).isFalse();
            for (String path : PATHS) {
                HttpResponse<String> response = fixture.post(path, Optional.of("Bearer anything"), "");
                assertThat(response.statusCode()).as(path).isEqualTo(403);
                assertThat(new ObjectMapper().readTree(response.body()).get("message").asText())
                        .contains("control endpoints are off", "QUANTAGENT_TOKEN");
            }
            assertThat(fixture.get("/").body()).contains("\"controlEnabled\":false");
            fixture.close();
            fixture = null;
        }
        assertThat(view.commands()).isEmpty();
    }

    @Test
    void controlNeedsPost() {
        fixture = new ServiceFixture(view, Optional.of(TOKEN));

        for (String path : PATHS) {
            HttpResponse<String> get = fixture.send(HttpRequest.newBuilder(fixture.uri(path))
                    .header("Authorization", "Bearer " + TOKEN).GET());
            assertThat(get.statusCode()).as(path).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        }
        assertThat(view.commands()).isEmpty();
        assertThat(fixture.get("/").body()).contains("\"controlEnabled\":true");
    }
}
