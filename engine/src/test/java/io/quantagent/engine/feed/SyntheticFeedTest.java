package io.quantagent.engine.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seeded random-walk ticks: reproducible, round-robin over the instruments, bounded steps. */
class SyntheticFeedTest {

    @Test
    void theSameSeedGivesTheSameTicksAndAnotherSeedOthers() {
        RecordingSink one = new RecordingSink();
        RecordingSink two = new RecordingSink();
        RecordingSink other = new RecordingSink();

        SyntheticFeed.of(3, 5_000, 11).run(one);
        SyntheticFeed.of(3, 5_000, 11).run(two);
        SyntheticFeed.of(3, 5_000, 12).run(other);

        assertThat(one.events).hasSize(5_000).isEqualTo(two.events);
        assertThat(other.events).isNotEqualTo(one.events);
    }

    @Test
    void ticksGoRoundTheInstrumentsAtTheIntervalWithinTheStep() {
        SyntheticFeed feed = new SyntheticFeed(2, 10_000, 5, 1_000L, 250L, 5);
        long[] last = {100_00000000L, 110_00000000L};
        int[] count = new int[1];
        feed.run(new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
                int k = count[0]++;
                assertThat(instrument).isEqualTo(k % 2);
                assertThat(timeNanos).isEqualTo(1_000L + 250L * k);
                long span = Math.max(1, last[instrument] / 10_000 * 5);
                assertThat(Math.abs(price - last[instrument])).isLessThanOrEqualTo(span);
                assertThat(price).isPositive();
                assertThat(quantity).isBetween(1_000_000L, 100_000_000L);
                last[instrument] = price;
            }

            @Override
            public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long open, long high, long low,
                    long close, long volume) {
                throw new AssertionError("no bars");
            }

            @Override
            public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask,
                    long askQuantity) {
                throw new AssertionError("no quotes");
            }
        });
        assertThat(count[0]).isEqualTo(10_000);
        assertThat(feed.instruments()).extracting(Instrument::name).containsExactly("SYN-0", "SYN-1");
    }
}
