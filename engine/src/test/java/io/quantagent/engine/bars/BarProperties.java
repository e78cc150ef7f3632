package io.quantagent.engine.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Invariants of bars built from arbitrary sorted tick streams (with clock advances in between) on arbitrary
 * grids: UTC with session offsets, and zones with daylight saving time.
 */
class BarProperties {

    private static final long NANOS = 1_000_000_000L;
    private static final long YEAR_1900 = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond() * NANOS;
    private static final long YEAR_2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond() * NANOS;
    private static final long YEAR_2200 = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond() * NANOS;
    private static final List<Long> DAY_DIVISORS = new ArrayList<>();
    private static final List<String> ZONES = List.of("America/New_York", "Europe/London", "Europe/Dublin",
            "Europe/Amsterdam", "Europe/Moscow", "Australia/Lord_Howe", "Australia/Sydney", "Asia/Kolkata",
            "Asia/Kathmandu", "Asia/Tehran", "Pacific/Apia", "Pacific/Chatham", "America/Sao_Paulo",
            "America/St_Johns", "Antarctica/Troll", "UTC");

    static {
        for (long s = 1; s <= 86_400; s++) {
            if (86_400 % s == 0) {
                DAY_DIVISORS.add(s);
            }
        }
    }

    /** One input event: a trade, or the clock advanced with no trade. */
    record Event(boolean trade, long time, long price, long quantity) {
        @Override
        public String toString() {
            return (trade ? "trade " : "advanceTo ") + ReferenceGrid.instant(time) + (trade ? " " + price + " x " + quantity : "");
        }
    }

    /** How a generated stream moves the clock: by a gap, or to the k-th next boundary of one of the grids. */
    record Step(boolean snap, long amount, boolean trade, long price, long quantity, int grid) {
    }

    /** A tick stream and the grid it is aggregated on. */
    record Scenario(BarAlignment alignment, ReferenceGrid grid, EmptyBarPolicy policy, List<Event> events) {
    }

    /** A tick stream aggregated to the source grid and resampled to the target grid, or straight to the target. */
    record ResampleScenario(BarAlignment source, BarAlignment target, ReferenceGrid targetGrid, EmptyBarPolicy policy,
            List<Event> events) {
    }

    /** A time to locate: random, or close to a transition of the zone. */
    record TimeSeed(long epochSecond, boolean nearTransition, long deltaNanos) {
    }

    // ---------------------------------------------------------------- UTC grids

    @Property(tries = 300)
    void everyBarsHighIsAtLeastItsOpenAndCloseAndItsLowAtMost(@ForAll("utcScenarios") Scenario s) {
        for (Bar bar : aggregate(s.alignment(), s.policy(), s.events()).bars) {
            assertThat(bar.high()).as("%s", bar).isGreaterThanOrEqualTo(Math.max(bar.open(), bar.close()));
            assertThat(bar.low()).as("%s", bar).isLessThanOrEqualTo(Math.min(bar.open(), bar.close()));
        }
    }

    @Property(tries = 300)
    void volumeAndTradeCountArePreserved(@ForAll("utcScenarios") Scenario s) {
        RecordingListener out = aggregate(s.alignment(), s.policy(), s.events());
        long volume = 0;
        long trades = 0;
        for (Event e : s.events()) {
            if (e.trade()) {
                volume += e.quantity();
                trades++;
            }
        }
        assertThat(out.bars.stream().mapToLong(Bar::volume).sum()).isEqualTo(volume);
        assertThat(out.bars.stream().mapToLong(Bar::tradeCount).sum()).isEqualTo(trades);
    }

    @Property(tries = 300)
    void everyTickLandsInExactlyOneBarWhoseIntervalContainsItsTime(@ForAll("utcScenarios") Scenario s) {
        List<Bar> bars = aggregate(s.alignment(), s.policy(), s.events()).bars;
        for (Event e : s.events()) {
            if (e.trade()) {
                long containing = bars.stream()
                        .filter(b -> b.openTimeNanos() <= e.time() && e.time() < b.closeTimeNanos()).count();
                assertThat(containing).as("bars containing %s", e).isEqualTo(1);
            }
        }
    }

    @Property(tries = 300)
    void noBarHoldsDataFromItsCloseTimeOnAndEachIsEmittedByTheFirstEventAtOrAfterIt(
            @ForAll("utcScenarios") Scenario s) {
        checkEmissionTiming(s.events(), aggregate(s.alignment(), s.policy(), s.events()));
    }

    @Property(tries = 300)
    void barsAreStrictlyIncreasingAlignedAndOneTimeFrameLong(@ForAll("utcScenarios") Scenario s) {
        List<Bar> bars = aggregate(s.alignment(), s.policy(), s.events()).bars;
        long step = s.alignment().timeFrame().nanos();
        long offset = s.alignment().sessionOffset().toNanos();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            assertThat(bar.closeTimeNanos() - bar.openTimeNanos()).isEqualTo(step);
            assertThat(Math.floorMod(bar.openTimeNanos() - offset, step)).as("offset from the grid").isZero();
            if (i > 0) {
                assertThat(bar.openTimeNanos()).isGreaterThanOrEqualTo(bars.get(i - 1).closeTimeNanos());
            }
        }
    }

    @Property(tries = 600)
    void barsEqualAnIndependentModelAndAreEmittedWhenItSays(@ForAll("utcScenarios") Scenario s) {
        checkAgainstModel(s);
    }

    @Property(tries = 400)
    void resampledBarsEqualBarsAggregatedStraightFromTheTicks(@ForAll("utcResampleScenarios") ResampleScenario s) {
        checkResampling(s);
    }

    // ---------------------------------------------------------------- zoned grids

    @Property(tries = 300)
    void windowFollowsTheReferenceGridInZones(@ForAll("zones") ZoneId zone, @ForAll("dayDivisors") long seconds,
            @ForAll("sessionOffsets") long offsetSeconds, @ForAll("timeSeeds") List<TimeSeed> seeds) {
        BarAlignment alignment = BarAlignment.of(TimeFrame.ofSeconds(seconds), zone, Duration.ofSeconds(offsetSeconds));
        ReferenceGrid grid = new ReferenceGrid(seconds * NANOS, offsetSeconds * NANOS, zone);
        List<Long> times = new ArrayList<>();
        for (TimeSeed seed : seeds) {
            times.add(time(zone, seed));
        }
        BarWindow inGivenOrder = alignment.newWindow();
        for (long t : times) {
            inGivenOrder.moveTo(t);
            assertWindow(inGivenOrder, grid, t);
        }
        Collections.sort(times);
        BarWindow forwards = alignment.newWindow();
        for (long t : times) {
            forwards.moveTo(t);
            assertWindow(forwards, grid, t);
        }
    }

    @Property(tries = 300)
    void barsInAZoneEqualTheModel(@ForAll("zoneScenarios") Scenario s) {
        checkAgainstModel(s);
    }

    @Property(tries = 200)
    void resamplingInAZoneEqualsAggregatingStraightFromTheTicks(@ForAll("zoneResampleScenarios") ResampleScenario s) {
        checkResampling(s);
    }

    // ---------------------------------------------------------------- checks

    private static void assertWindow(BarWindow window, ReferenceGrid grid, long t) {
        assertThat(window.start()).as("start of the bar containing %s", ReferenceGrid.instant(t))
                .isEqualTo(grid.start(t));
        assertThat(window.end()).as("end of the bar containing %s", ReferenceGrid.instant(t))
                .isEqualTo(grid.end(t));
        assertThat(window.contains(t)).isTrue();
    }

    private static void checkEmissionTiming(List<Event> events, RecordingListener out) {
        for (int j = 0; j < out.bars.size(); j++) {
            Bar bar = out.bars.get(j);
            int at = out.emittedAtEvent.get(j);
            // Events are sorted, so the last one before the release is the latest seen before it.
            if (at > 0) {
                assertThat(events.get(at - 1).time()).as("event %d, before %s was emitted", at - 1, bar)
                        .isLessThan(bar.closeTimeNanos());
            }
            if (at < events.size()) {
                assertThat(events.get(at).time()).as("event %d, that released %s", at, bar)
                        .isGreaterThanOrEqualTo(bar.closeTimeNanos());
            }
            long volumeSeenBeforeRelease = 0;
            long tradesSeenBeforeRelease = 0;
            for (int i = at - 1; i >= 0 && events.get(i).time() >= bar.openTimeNanos(); i--) {
                Event e = events.get(i);
                if (e.trade()) {
                    volumeSeenBeforeRelease += e.quantity();
                    tradesSeenBeforeRelease++;
                }
            }
            assertThat(bar.volume()).as("volume of %s", bar).isEqualTo(volumeSeenBeforeRelease);
            assertThat(bar.tradeCount()).as("trades of %s", bar).isEqualTo(tradesSeenBeforeRelease);
        }
    }

    private static void checkAgainstModel(Scenario s) {
        RecordingListener out = aggregate(s.alignment(), s.policy(), s.events());
        List<Integer> expectedRelease = new ArrayList<>();
        List<Bar> expected = model(s.events(), s.grid(), s.policy(), expectedRelease);
        assertThat(out.bars).isEqualTo(expected);
        assertThat(out.emittedAtEvent).isEqualTo(expectedRelease);
    }

    private static void checkResampling(ResampleScenario s) {
        RecordingListener straight = aggregate(s.target(), s.policy(), s.events());

        RecordingListener resampled = new RecordingListener();
        BarResampler resampler = new BarResampler(s.source(), s.target(), s.policy(), resampled);
        BarAggregator source = new BarAggregator(s.source(), s.policy(), resampler);
        List<Event> events = s.events();
        for (int i = 0; i < events.size(); i++) {
            resampled.currentEvent = i;
            Event e = events.get(i);
            if (e.trade()) {
                source.onTrade(e.time(), e.price(), e.quantity());
            } else {
                source.advanceTo(e.time());
            }
        }
        resampled.currentEvent = events.size();
        source.flush();
        resampler.flush();

        assertThat(resampler.rejectedBars()).as("rejected: %s", resampler.lastRejection()).isZero();
        assertThat(resampled.bars).isEqualTo(straight.bars);
        assertThat(resampled.emittedAtEvent).isEqualTo(straight.emittedAtEvent);
        List<Bar> expected = model(events, s.targetGrid(), s.policy(), new ArrayList<>());
        assertThat(straight.bars).isEqualTo(expected);
    }

    static RecordingListener aggregate(BarAlignment alignment, EmptyBarPolicy policy, List<Event> events) {
        RecordingListener out = new RecordingListener();
        BarAggregator aggregator = new BarAggregator(alignment, policy, out);
        for (int i = 0; i < events.size(); i++) {
            out.currentEvent = i;
            Event e = events.get(i);
            if (e.trade()) {
                assertThat(aggregator.onTrade(e.time(), e.price(), e.quantity())).as("%s accepted", e).isTrue();
            } else {
                aggregator.advanceTo(e.time());
            }
        }
        out.currentEvent = events.size();
        aggregator.flush();
        return out;
    }

    /**
     * The bars the events should produce, straight from the definition: group the trades by the grid interval
     * containing them; with FLAT, fill the intervals between bars, and after the last one those that ended by
     * the last event; each bar is released by the first event at or after its close time, else by the flush.
     */
    static List<Bar> model(List<Event> events, ReferenceGrid grid, EmptyBarPolicy policy, List<Integer> release) {
        List<Bar> traded = new ArrayList<>();
        Bar current = null;
        for (Event e : events) {
            if (!e.trade()) {
                continue;
            }
            long start = grid.start(e.time());
            if (current == null || current.openTimeNanos() != start) {
                current = new Bar().set(start, grid.end(e.time()), e.price(), e.price(), e.price(), e.price(),
                        e.quantity(), 1);
                traded.add(current);
            } else {
                current.set(start, current.closeTimeNanos(), current.open(), Math.max(current.high(), e.price()),
                        Math.min(current.low(), e.price()), e.price(), current.volume() + e.quantity(),
                        current.tradeCount() + 1);
            }
        }
        long lastTime = events.isEmpty() ? Long.MIN_VALUE : events.get(events.size() - 1).time();
        List<Bar> all = new ArrayList<>();
        for (int i = 0; i < traded.size(); i++) {
            Bar bar = traded.get(i);
            all.add(bar);
            if (policy != EmptyBarPolicy.FLAT) {
                continue;
            }
            long c = bar.close();
            long x = bar.closeTimeNanos();
            if (i + 1 < traded.size()) {
                while (x < traded.get(i + 1).openTimeNanos()) {
                    long end = grid.end(x);
                    all.add(new Bar().set(x, end, c, c, c, c, 0, 0));
                    x = end;
                }
            } else {
                while (grid.end(x) <= lastTime) {
                    long end = grid.end(x);
                    all.add(new Bar().set(x, end, c, c, c, c, 0, 0));
                    x = end;
                }
            }
        }
        for (Bar bar : all) {
            int at = 0;
            while (at < events.size() && events.get(at).time() < bar.closeTimeNanos()) {
                at++;
            }
            release.add(at);
        }
        return all;
    }

    static List<Event> materialize(List<Step> steps, long base, ReferenceGrid... grids) {
        List<Event> events = new ArrayList<>();
        long t = base;
        for (Step step : steps) {
            if (step.snap()) {
                ReferenceGrid grid = grids[step.grid() % grids.length];
                for (long k = 0; k < step.amount(); k++) {
                    t = grid.end(t);
                }
            } else {
                t += step.amount();
            }
            events.add(new Event(step.trade(), t, step.price(), step.quantity()));
        }
        return events;
    }

    private static long time(ZoneId zone, TimeSeed seed) {
        Instant base = Instant.ofEpochSecond(seed.epochSecond());
        if (seed.nearTransition()) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(base);
            if (next != null) {
                return ReferenceGrid.nanos(next.getInstant()) + seed.deltaNanos();
            }
        }
        return seed.epochSecond() * NANOS + seed.deltaNanos();
    }

    // ---------------------------------------------------------------- generators

    static Arbitrary<List<Step>> steps(long scaleNanos, long bigGapMultiple) {
        Arbitrary<Boolean> snap = Arbitraries.integers().between(0, 9).map(i -> i == 0);
        Arbitrary<Long> amount = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(10, Arbitraries.longs().between(0, scaleNanos / 2)),
                Tuple.of(6, Arbitraries.longs().between(0, 3 * scaleNanos)),
                Tuple.of(1, Arbitraries.longs().between(0, bigGapMultiple * scaleNanos)));
        Arbitrary<Long> boundaries = Arbitraries.longs().between(1, 3);
        Arbitrary<Boolean> trade = Arbitraries.integers().between(0, 4).map(i -> i != 0);
        Arbitrary<Long> price = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.longs().between(1, 5)),
                Tuple.of(3, Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000_000L)));
        Arbitrary<Long> quantity = Arbitraries.longs().between(0, 1_000_000_000_000L);
        Arbitrary<Integer> grid = Arbitraries.integers().between(0, 1);
        return Combinators.combine(snap, amount, boundaries, trade, price, quantity, grid)
                .as((s, gap, k, t, p, q, g) -> new Step(s, s ? k : gap, t, p, q, g))
                .list().ofMaxSize(150).withSizeDistribution(RandomDistribution.uniform())
                .withoutEdgeCases();
    }

    @Provide
    Arbitrary<Long> dayDivisors() {
        return Arbitraries.of(DAY_DIVISORS);
    }

    @Provide
    Arbitrary<Long> sessionOffsets() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(0, 23).map(h -> h * 3_600)),
                Tuple.of(1, Arbitraries.longs().between(0, 86_399)));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES).map(ZoneId::of);
    }

    @Provide
    Arbitrary<List<TimeSeed>> timeSeeds() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(YEAR_1900 / NANOS, YEAR_2100 / NANOS);
        Arbitrary<Boolean> near = Arbitraries.integers().between(0, 4).map(i -> i != 0);
        Arbitrary<Long> delta = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0L, -1L, 1L)),
                Tuple.of(4, Arbitraries.longs().between(-2 * 3_600 * NANOS, 2 * 3_600 * NANOS)),
                Tuple.of(2, Arbitraries.longs().between(-3 * 86_400 * NANOS, 3 * 86_400 * NANOS)));
        return Combinators.combine(seconds, near, delta).as(TimeSeed::new).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Scenario> utcScenarios() {
        Arbitrary<Long> bases = Arbitraries.longs().between(YEAR_1900, YEAR_2200);
        return Combinators.combine(dayDivisors(), sessionOffsets(), Arbitraries.of(EmptyBarPolicy.class), bases)
                .flatAs((seconds, offsetSeconds, policy, base) -> {
                    BarAlignment alignment = BarAlignment.utc(TimeFrame.ofSeconds(seconds), Duration.ofSeconds(offsetSeconds));
                    ReferenceGrid grid = ReferenceGrid.utc(seconds * NANOS, offsetSeconds * NANOS);
                    return steps(seconds * NANOS, policy == EmptyBarPolicy.FLAT ? 5 : 40)
                            .map(steps -> new Scenario(alignment, grid, policy, materialize(steps, base, grid)));
                });
    }

    @Provide
    Arbitrary<Scenario> zoneScenarios() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(YEAR_1900 / NANOS, YEAR_2100 / NANOS);
        Arbitrary<Long> barsBefore = Arbitraries.longs().between(0, 100);
        return Combinators.combine(zones(), dayDivisors(), sessionOffsets(), Arbitraries.of(EmptyBarPolicy.class),
                        seconds, barsBefore)
                .flatAs((zone, tfSeconds, offsetSeconds, policy, epochSecond, before) -> {
                    long step = tfSeconds * NANOS;
                    long base = nearTransition(zone, epochSecond, before * step);
                    BarAlignment alignment = BarAlignment.of(TimeFrame.ofSeconds(tfSeconds), zone,
                            Duration.ofSeconds(offsetSeconds));
                    ReferenceGrid grid = new ReferenceGrid(step, offsetSeconds * NANOS, zone);
                    return steps(step, policy == EmptyBarPolicy.FLAT ? 5 : 40)
                            .map(steps -> new Scenario(alignment, grid, policy, materialize(steps, base, grid)));
                });
    }

    @Provide
    Arbitrary<ResampleScenario> utcResampleScenarios() {
        return resampleScenarios(Arbitraries.just(ZoneId.of("Z")));
    }

    @Provide
    Arbitrary<ResampleScenario> zoneResampleScenarios() {
        return resampleScenarios(zones());
    }

    /** Source and target time frames in seconds, the target a multiple of the source. */
    record TimeFramePair(long source, long target) {
    }

    private Arbitrary<ResampleScenario> resampleScenarios(Arbitrary<ZoneId> zones) {
        Arbitrary<Long> seconds = Arbitraries.longs().between(YEAR_1900 / NANOS, YEAR_2100 / NANOS);
        Arbitrary<Long> barsBefore = Arbitraries.longs().between(0, 20);
        // With FLAT, keep the target within 120 source bars so that empty stretches stay small.
        Arbitrary<EmptyBarPolicy> policies = Arbitraries.of(EmptyBarPolicy.class);
        Arbitrary<TimeFramePair> pairs = dayDivisors().flatMap(source -> Arbitraries.of(multiplesWithinADay(source))
                .map(target -> new TimeFramePair(source, target)));
        return Combinators.combine(zones, pairs, sessionOffsets(), policies, seconds, barsBefore)
                .filter((zone, pair, offset, policy, epochSecond, before) ->
                        policy == EmptyBarPolicy.SKIP || pair.target() / pair.source() <= 120)
                .flatAs((zone, pair, targetOffset, policy, epochSecond, before) -> {
                    long targetStep = pair.target() * NANOS;
                    long sourceOffset = targetOffset % pair.source();
                    long base = nearTransition(zone, epochSecond, before * targetStep);
                    BarAlignment target = BarAlignment.of(TimeFrame.ofSeconds(pair.target()), zone,
                            Duration.ofSeconds(targetOffset));
                    BarAlignment source = BarAlignment.of(TimeFrame.ofSeconds(pair.source()), zone,
                            Duration.ofSeconds(sourceOffset));
                    ReferenceGrid targetGrid = grid(pair.target(), targetOffset, zone);
                    ReferenceGrid sourceGrid = grid(pair.source(), sourceOffset, zone);
                    return steps(targetStep, policy == EmptyBarPolicy.FLAT ? 4 : 40)
                            .map(steps -> new ResampleScenario(source, target, targetGrid, policy,
                                    materialize(steps, base, targetGrid, sourceGrid)));
                });
    }

    private static ReferenceGrid grid(long seconds, long offsetSeconds, ZoneId zone) {
        if (zone.getRules().isFixedOffset()) {
            long zoneOffset = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
            return ReferenceGrid.utc(seconds * NANOS, (offsetSeconds - zoneOffset) * NANOS);
        }
        return new ReferenceGrid(seconds * NANOS, offsetSeconds * NANOS, zone);
    }

    private static List<Long> multiplesWithinADay(long source) {
        List<Long> out = new ArrayList<>();
        for (long d : DAY_DIVISORS) {
            if (d % source == 0) {
                out.add(d);
            }
        }
        return out;
    }

    /** A start shortly before the zone's next transition after {@code epochSecond} (or that time if none). */
    private static long nearTransition(ZoneId zone, long epochSecond, long before) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(epochSecond));
        long at = next == null ? epochSecond * NANOS : ReferenceGrid.nanos(next.getInstant());
        return Math.min(at, YEAR_2200) - before;
    }
}
