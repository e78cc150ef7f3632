package io.quantagent.engine.daemon.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard drawn by headless Chromium through {@code bin/screenshot-dashboard} (skipped without Chromium). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DashboardScreenshotTest {

    private static final Path SCRIPT = Path.of("..", "bin", "screenshot-dashboard").toAbsolutePath().normalize();

    private final FakeDaemonView view = new FakeDaemonView(SampleSnapshots.session(90));
    private final ServiceFixture fixture = new ServiceFixture(view, Optional.of("token"));

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void theDashboardRendersInHeadlessChromium() throws Exception {
        assumeTrue(chromiumInstalled(), "Chromium is not installed (apt-get install chromium)");
        Path png = folder.resolve("dashboard.png");

        Result result = run(fixture.service.url().toString(), png.toString());

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("1 chart canvas(es), render status ok");
        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        assertThat(bytes.length).isGreaterThan(20_000);
    }

    @Test
    void aPageThatDidNotRenderFails() throws Exception {
        assumeTrue(chromiumInstalled(), "Chromium is not installed (apt-get install chromium)");

        Result result = run(fixture.uri("/health").toString(), folder.resolve("health.png").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.output()).contains("the dashboard did not render: no #render-status element");
    }

    @Test
    void badArgumentsExitWith2() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), SCRIPT + " is missing");

        Result result = run("127.0.0.1:8080", folder.resolve("x.png").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.output()).contains("URL must start with http://");
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of(SCRIPT.toString()), Arrays.stream(arguments)).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static boolean chromiumInstalled() {
        if (!Files.isExecutable(SCRIPT)) {
            return false;
        }
        String chromium = System.getenv("CHROMIUM");
        if (chromium != null && !chromium.isBlank()) {
            return true;
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "chromium"))
                        || Files.isExecutable(Path.of(dir, "chromium-browser")));
    }
}
