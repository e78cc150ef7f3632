package io.quantagent.engine.daemon.http;

import io.quantagent.engine.config.HttpConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** An {@link HttpService} on a free loopback port over a {@link FakeDaemonView}, and a client for it. */
final class ServiceFixture implements AutoCloseable {

    static final HttpConfig LOOPBACK = new HttpConfig("127.0.0.1", 8080, false, "QUANTAGENT_TOKEN");

    final FakeDaemonView view;
    final HttpService service;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ServiceFixture(FakeDaemonView view, Optional<String> token) {
        this.view = view;
        this.service = HttpService.startOnFreePort(LOOPBACK, view, token);
    }

    ServiceFixture(FakeDaemonView view, Optional<String> token, Duration heartbeat, Duration writeTimeout) {
        this.view = view;
        this.service = HttpService.startOnFreePort(LOOPBACK, view, token, heartbeat, writeTimeout);
    }

    URI uri(String path) {
        return service.url().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, Optional<String> authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        service.close();
        client.close();
    }
}
