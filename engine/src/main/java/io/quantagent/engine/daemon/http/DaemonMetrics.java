package io.quantagent.engine.daemon.http;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import io.quantagent.engine.daemon.DaemonSnapshot;
import io.quantagent.engine.daemon.DaemonSnapshot.Counters;
import io.quantagent.engine.daemon.DaemonSnapshot.FeedState;
import io.quantagent.engine.daemon.DaemonSnapshot.InstrumentState;
import io.quantagent.engine.daemon.DaemonView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The daemon's Prometheus metrics, read from one {@link DaemonView#snapshot()} per scrape so that a scrape is
 * consistent. Names and meanings:
 *
 * <ul>
 *   <li>counters {@code quantagent_events_total}, {@code _bars_total}, {@code _decisions_total},
 *       {@code _orders_total}, {@code _fills_total}, {@code _rejections_total}, {@code _cancels_total},
 *       {@code _faults_total}, {@code _malformed_messages_total} (since the journal began);</li>
 *   <li>gauges {@code quantagent_ring_remaining_slots}, {@code _ring_slots}, {@code _kill_switch},
 *       {@code _halted}, {@code _daily_loss_limit_reached} (0 or 1), {@code _equity}, {@code _cash},
 *       {@code _realised_pnl}, {@code _unrealised_pnl}, {@code _fees}, {@code _drawdown},
 *       {@code _gross_exposure} (account currency), {@code _position{instrument}} (signed quantity),
 *       {@code _event_time_seconds} (the event time the pipeline has reached), {@code _http_event_streams};</li>
 *   <li>per feed: {@code quantagent_feed_stale{feed}} (1 unless the feed is LIVE or PLAYING),
 *       {@code _feed_last_message_age_seconds{feed}} (absent before the first message),
 *       {@code _feed_messages_total}, {@code _feed_malformed_total}, {@code _feed_gaps_total},
 *       {@code _feed_reconnects_total};</li>
 *   <li>the histogram {@code quantagent_tick_to_order_latency_seconds} from
 *       {@link DaemonView#tickToOrderNanos()}, with buckets from 1 µs to 1 s (each value counted in the bucket
 *       of its HdrHistogram sub-bucket's lower bound, so within the HdrHistogram's precision).</li>
 * </ul>
 */
final class DaemonMetrics implements MultiCollector {

    /** Upper bounds of the latency buckets, in nanoseconds (a last, infinite one is implied). */
    static final long[] LATENCY_BOUNDS_NANOS = {
            1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
            1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000, 250_000_000,
            500_000_000, 1_000_000_000};

    private static final double NANOS_PER_SECOND = 1e9;

    private final DaemonView view;
    private final IntSupplier eventStreams;

    DaemonMetrics(DaemonView view, IntSupplier eventStreams) {
        this.view = view;
        this.eventStreams = eventStreams;
    }

    @Override
    public MetricSnapshots collect() {
        DaemonSnapshot snapshot = view.snapshot();
        Counters counters = snapshot.counters();
        List<MetricSnapshot> metrics = new ArrayList<>();
        counter(metrics, "quantagent_events", "Market events taken into the pipeline.", counters.events());
        counter(metrics, "quantagent_bars", "Bars closed.", counters.bars());
        counter(metrics, "quantagent_decisions", "Decisions the aggregator made.", counters.decisions());
        counter(metrics, "quantagent_orders", "Orders sent to the paper broker.", counters.orders());
        counter(metrics, "quantagent_fills", "Fills.", counters.fills());
        counter(metrics, "quantagent_rejections", "Orders rejected by pre-trade risk or the broker.",
                counters.rejections());
        counter(metrics, "quantagent_cancels", "Orders cancelled.", counters.cancels());
        counter(metrics, "quantagent_faults", "Faults caught in the pipeline.", counters.faults());
        counter(metrics, "quantagent_malformed_messages", "Malformed feed messages, all feeds.",
                counters.malformedMessages());

        gauge(metrics, "quantagent_ring_remaining_slots", "Free slots in the ring buffer.",
                counters.ringRemaining());
        gauge(metrics, "quantagent_ring_slots", "Slots in the ring buffer.", counters.ringSize());
        gauge(metrics, "quantagent_kill_switch", "1 when the kill switch has tripped (no new orders).",
                flag(snapshot.risk().killSwitch()));
        gauge(metrics, "quantagent_halted", "1 while an operator halt is in force (no new entries).",
                flag(snapshot.halted()));
        gauge(metrics, "quantagent_daily_loss_limit_reached", "1 while the daily loss limit holds the account "
                + "reduce-only.", flag(snapshot.risk().dailyLossLimitReached()));
        gauge(metrics, "quantagent_equity", "Account equity.", snapshot.account().equity());
        gauge(metrics, "quantagent_cash", "Account cash.", snapshot.account().cash());
        gauge(metrics, "quantagent_realised_pnl", "Realised profit and loss.", snapshot.account().realisedPnl());
        gauge(metrics, "quantagent_unrealised_pnl", "Unrealised profit and loss.",
                snapshot.account().unrealisedPnl());
        gauge(metrics, "quantagent_fees", "Fees paid.", snapshot.account().fees());
        gauge(metrics, "quantagent_drawdown", "Drawdown from the equity high-water mark.",
                snapshot.account().drawdown());
        gauge(metrics, "quantagent_gross_exposure", "Gross exposure.", snapshot.account().grossExposure());
        gauge(metrics, "quantagent_event_time_seconds", "Event time the pipeline has reached (Unix time).",
                snapshot.eventTimeMillis() / 1e3);
        gauge(metrics, "quantagent_http_event_streams", "Dashboards receiving live updates.",
                eventStreams.getAsInt());
        metrics.add(positions(snapshot.instruments()));

        List<FeedState> feeds = snapshot.feeds();
        metrics.add(perFeed(GaugeSnapshot.builder().name("quantagent_feed_stale")
                .help("1 unless the feed is LIVE or PLAYING."), feeds, f -> flag(stale(f))));
        GaugeSnapshot.Builder age = GaugeSnapshot.builder().name("quantagent_feed_last_message_age_seconds")
                .unit(Unit.SECONDS).help("Local time since the feed's last message.");
        for (FeedState feed : feeds) {
            if (feed.lastMessageAgeMillis() >= 0) {
                age.dataPoint(GaugeDataPointSnapshot.builder().labels(Labels.of("feed", feed.name()))
                        .value(feed.lastMessageAgeMillis() / 1e3).build());
            }
        }
        metrics.add(age.build());
        metrics.add(perFeedCounter("quantagent_feed_messages", "Messages from the feed.", feeds,
                FeedState::messages));
        metrics.add(perFeedCounter("quantagent_feed_malformed", "Malformed messages from the feed.", feeds,
                FeedState::malformed));
        metrics.add(perFeedCounter("quantagent_feed_gaps", "Sequence gaps seen on the feed.", feeds,
                FeedState::gaps));
        metrics.add(perFeedCounter("quantagent_feed_reconnects", "Reconnections of the feed.", feeds,
                FeedState::reconnects));

        metrics.add(latency(view.tickToOrderNanos()));
        return new MetricSnapshots(metrics);
    }

    /** The tick-to-order histogram in seconds, with the classic buckets of {@link #LATENCY_BOUNDS_NANOS}. */
    static HistogramSnapshot latency(Histogram nanos) {
        long[] counts = new long[LATENCY_BOUNDS_NANOS.length + 1];
        double sumNanos = 0;
        for (HistogramIterationValue value : nanos.recordedValues()) {
            long count = value.getCountAtValueIteratedTo();
            long lowest = nanos.lowestEquivalentValue(value.getValueIteratedTo());
            counts[bucket(lowest)] += count;
            sumNanos += count * (double) nanos.medianEquivalentValue(value.getValueIteratedTo());
        }
        double[] bounds = new double[counts.length];
        for (int i = 0; i < LATENCY_BOUNDS_NANOS.length; i++) {
            bounds[i] = LATENCY_BOUNDS_NANOS[i] / NANOS_PER_SECOND;
        }
        bounds[counts.length - 1] = Double.POSITIVE_INFINITY;
        return HistogramSnapshot.builder()
                .name("quantagent_tick_to_order_latency_seconds")
                .unit(Unit.SECONDS)
                .help("Wall-clock time from a tick's arrival at the publisher to the order leaving execution.")
                .dataPoint(HistogramDataPointSnapshot.builder()
                        .classicHistogramBuckets(ClassicHistogramBuckets.of(bounds, counts))
                        .sum(sumNanos / NANOS_PER_SECOND)
                        .build())
                .build();
    }

    private static int bucket(long nanos) {
        for (int i = 0; i < LATENCY_BOUNDS_NANOS.length; i++) {
            if (nanos <= LATENCY_BOUNDS_NANOS[i]) {
                return i;
            }
        }
        return LATENCY_BOUNDS_NANOS.length;
    }

    /** Whether a feed is not delivering: anything but LIVE (a socket) or PLAYING (a replay). */
    static boolean stale(FeedState feed) {
        return !feed.state().equals("LIVE") && !feed.state().equals("PLAYING");
    }

    private static MetricSnapshot positions(List<InstrumentState> instruments) {
        GaugeSnapshot.Builder positions = GaugeSnapshot.builder().name("quantagent_position")
                .help("Signed position (negative when short).");
        for (InstrumentState instrument : instruments) {
            positions.dataPoint(GaugeDataPointSnapshot.builder().labels(Labels.of("instrument", instrument.name()))
                    .value(instrument.position()).build());
        }
        return positions.build();
    }

    private static MetricSnapshot perFeed(GaugeSnapshot.Builder builder, List<FeedState> feeds,
            ToDoubleFunction<FeedState> value) {
        for (FeedState feed : feeds) {
            builder.dataPoint(GaugeDataPointSnapshot.builder().labels(Labels.of("feed", feed.name()))
                    .value(value.applyAsDouble(feed)).build());
        }
        return builder.build();
    }

    private static MetricSnapshot perFeedCounter(String name, String help, List<FeedState> feeds,
            ToLongFunction<FeedState> value) {
        CounterSnapshot.Builder builder = CounterSnapshot.builder().name(name).help(help);
        for (FeedState feed : feeds) {
            builder.dataPoint(CounterDataPointSnapshot.builder().labels(Labels.of("feed", feed.name()))
                    .value(value.applyAsLong(feed)).build());
        }
        return builder.build();
    }

    private static void counter(List<MetricSnapshot> metrics, String name, String help, long value) {
        metrics.add(CounterSnapshot.builder().name(name).help(help)
                .dataPoint(CounterDataPointSnapshot.builder().value(value).build()).build());
    }

    private static void gauge(List<MetricSnapshot> metrics, String name, String help, double value) {
        metrics.add(GaugeSnapshot.builder().name(name).help(help)
                .dataPoint(GaugeDataPointSnapshot.builder().value(value).build()).build());
    }

    private static double flag(boolean value) {
        return value ? 1 : 0;
    }
}
