package io.quantagent.engine.daemon.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quantagent.engine.daemon.http.PrometheusText.Family;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private final FakeDaemonView view = new FakeDaemonView(SampleSnapshots.known());
    private final ServiceFixture fixture = new ServiceFixture(view, Optional.empty());

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Map<String, Family> scrape() {
        HttpResponse<String> response = fixture.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        return PrometheusText.parse(response.body());
    }

    @Test
    void countersAndGaugesAreTheSnapshotsNumbers() {
        Map<String, Family> metrics = scrape();

        Map<String, Double> expected = Map.ofEntries(
                Map.entry("quantagent_events_total", 1_001.0), Map.entry("quantagent_bars_total", 17.0),
                Map.entry("quantagent_decisions_total", 16.0), Map.entry("quantagent_orders_total", 5.0),
                Map.entry("quantagent_rejections_total", 2.0), Map.entry("quantagent_fills_total", 3.0),
                Map.entry("quantagent_cancels_total", 1.0), Map.entry("quantagent_faults_total", 4.0),
                Map.entry("quantagent_malformed_messages_total", 6.0),
                Map.entry("quantagent_ring_remaining_slots", 1_000.0), Map.entry("quantagent_ring_slots", 1_024.0),
                Map.entry("quantagent_kill_switch", 0.0), Map.entry("quantagent_halted", 1.0),
                Map.entry("quantagent_daily_loss_limit_reached", 1.0), Map.entry("quantagent_equity", 100_000.5),
                Map.entry("quantagent_cash", 99_799.0), Map.entry("quantagent_realised_pnl", -1.5),
                Map.entry("quantagent_drawdown", 9.5),
                Map.entry("quantagent_event_time_seconds", (SampleSnapshots.START_MILLIS + 60_000) / 1e3),
                Map.entry("quantagent_http_event_streams", 0.0));
        expected.forEach((sample, value) -> {
            assertThat(metrics).as(sample).containsKey(sample);
            assertThat(metrics.get(sample).value(sample, Map.of())).as(sample).isEqualTo(value);
        });
        assertThat(metrics.get("quantagent_events_total").type()).isEqualTo("counter");
        assertThat(metrics.get("quantagent_equity").type()).isEqualTo("gauge");
        assertThat(metrics.get("quantagent_position").value("quantagent_position", Map.of("instrument", "BTC/USD")))
                .isEqualTo(0.25);
    }

    @Test
    void feedsAreLabelledAndStalenessIsOneUnlessLiveOrPlaying() {
        Map<String, Family> metrics = scrape();

        Family stale = metrics.get("quantagent_feed_stale");
        assertThat(stale.value("quantagent_feed_stale", Map.of("feed", "replay-1"))).isZero();
        assertThat(stale.value("quantagent_feed_stale", Map.of("feed", "binance-1"))).isEqualTo(1);
        Family age = metrics.get("quantagent_feed_last_message_age_seconds");
        assertThat(age.value("quantagent_feed_last_message_age_seconds", Map.of("feed", "binance-1"))).isEqualTo(42);
        assertThat(age.value("quantagent_feed_last_message_age_seconds", Map.of("feed", "replay-1"))).isEqualTo(0.25);
        assertThat(metrics.get("quantagent_feed_reconnects_total")
                .value("quantagent_feed_reconnects_total", Map.of("feed", "binance-1"))).isEqualTo(3);
    }

    @Test
    void aScrapeReadsTheViewAgain() {
        scrape();
        view.publish(SampleSnapshots.session(60));

        Map<String, Family> metrics = scrape();

        assertThat(metrics.get("quantagent_events_total").value("quantagent_events_total", Map.of())).isEqualTo(184_233);
        assertThat(metrics.get("quantagent_halted").value("quantagent_halted", Map.of())).isZero();
    }

    @Test
    void latencyIsAHistogramOfTheViewsTickToOrderNanos() {
        view.recordLatency(800, 3);          // <= 1 us
        view.recordLatency(3_000, 5);        // <= 5 us
        view.recordLatency(40_000, 2);       // <= 50 us
        view.recordLatency(2_000_000, 1);    // <= 2.5 ms
        view.recordLatency(2_000_000_000L, 1);  // beyond 1 s: +Inf only

        Family latency = scrape().get("quantagent_tick_to_order_latency_seconds");

        assertThat(latency.type()).isEqualTo("histogram");
        Map<String, Double> cumulative = Map.ofEntries(
                Map.entry("1.0E-6", 3.0), Map.entry("2.5E-6", 3.0), Map.entry("5.0E-6", 8.0),
                Map.entry("1.0E-5", 8.0), Map.entry("2.5E-5", 8.0), Map.entry("5.0E-5", 10.0),
                Map.entry("0.001", 10.0), Map.entry("0.0025", 11.0), Map.entry("1.0", 11.0),
                Map.entry("+Inf", 12.0));
        cumulative.forEach((le, count) -> assertThat(latency.samples()).as("le=" + le)
                .anyMatch(s -> s.name().endsWith("_bucket") && PrometheusText.parseFloat(s.labels().get("le"))
                        == PrometheusText.parseFloat(le) && s.value() == count));
        assertThat(latency.samples().stream().filter(s -> s.name().endsWith("_bucket"))).hasSize(20);
        assertThat(latency.value("quantagent_tick_to_order_latency_seconds_count", Map.of())).isEqualTo(12);
        double sum = 3 * 800e-9 + 5 * 3e-6 + 2 * 40e-6 + 2e-3 + 2.0;
        assertThat(latency.value("quantagent_tick_to_order_latency_seconds_sum", Map.of()))
                .isCloseTo(sum, org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    @Test
    void anEmptyHistogramStillParses() {
        Family latency = scrape().get("quantagent_tick_to_order_latency_seconds");

        assertThat(latency.value("quantagent_tick_to_order_latency_seconds_count", Map.of())).isZero();
    }

    @Test
    void theParserRejectsWhatPrometheusWould() {
        String good = "# TYPE a_total counter\na_total 1\n";
        assertThat(PrometheusText.parse(good)).containsKey("a_total");
        for (String bad : new String[] {
                "a_total 1\n",                                   // no TYPE
                "# TYPE a_total counter\na 1\n",                 // a sample of another family
                "# TYPE a gauge\na{x=\"1\"} one\n",              // not a number
                "# TYPE a gauge\na{x=1} 1\n",                    // unquoted label
                "# TYPE a gauge\na 1\na 2\n",                    // repeated series
                "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\nh_sum 0\n",
                "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_count 2\nh_sum 0\n",
                "# TYPE a gauge\na 1"}) {                       // no final newline
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PrometheusText.parse(bad)).as(bad)
                    .isInstanceOf(AssertionError.class);
        }
    }
}
