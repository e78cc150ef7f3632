package io.quantagent.engine.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bars from the 100,000 real Bitstamp BTC/USD trades bundled with ta4j-examples (from 2013-11-25). */
class BitstampBarsTest {

    private static final int DECIMALS = 8;
    /** Distinct UTC hours among the trade times (awk -F, 'NR>1{h[int($1/3600)]=1} END{print length(h)}'). */
    private static final int HOURS_WITH_TRADES = 161;
    private static long[] times;
    private static long[] prices;
    private static long[] amounts;

    @BeforeAll
    static void readTrades() throws IOException {
        Path file = Path.of(System.getProperty("qa.samples"), "bitstamp_trades_from_20131125_usd.csv");
        int n = 0;
        times = new long[120_000];
        prices = new long[120_000];
        amounts = new long[120_000];
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            assertThat(in.readLine()).isEqualTo("timestamp,price,amount");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                times[n] = Long.parseLong(f[0]) * 1_000_000_000L;
                prices[n] = fixed(f[1]);
                amounts[n] = fixed(f[2]);
                n++;
            }
        }
        times = Arrays.copyOf(times, n);
        prices = Arrays.copyOf(prices, n);
        amounts = Arrays.copyOf(amounts, n);
    }

    /** Exact: fails if the text has more than eight significant decimals. */
    private static long fixed(String decimal) {
        return new BigDecimal(decimal).setScale(DECIMALS, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static void aggregate(BarAlignment alignment, BarListener listener) {
        BarAggregator aggregator = new BarAggregator(alignment, listener);
        for (int i = 0; i < times.length; i++) {
            assertThat(aggregator.onTrade(times[i], prices[i], amounts[i])).isTrue();
        }
        aggregator.flush();
        assertThat(aggregator.rejectedTrades()).isZero();
    }

    @Test
    void oneMinuteBarsOfTheBitstampTradesPreserveVolumeAndTrades() {
        RecordingListener out = new RecordingListener();
        aggregate(BarAlignment.utc(TimeFrame.ONE_MINUTE), out);

        assertThat(times).hasSize(100_000);
        assertThat(out.bars).hasSize(9_399);
        assertThat(out.bars.stream().mapToLong(Bar::volume).sum()).isEqualTo(Arrays.stream(amounts).sum());
        assertThat(out.bars.stream().mapToLong(Bar::tradeCount).sum()).isEqualTo(100_000);
        Bar first = out.bars.get(0);
        assertThat(Instant.ofEpochSecond(first.openTimeNanos() / 1_000_000_000L)).isEqualTo(Instant.parse("2013-11-25T00:00:00Z"));
        assertThat(first.open()).isEqualTo(fixed("800.01"));
        for (Bar bar : out.bars) {
            assertThat(bar.isConsistent()).as("%s", bar).isTrue();
        }
    }

    @Test
    void hourlyAndDailyBarsResampledFromMinutesEqualThoseAggregatedStraight() {
        RecordingListener resampledHours = new RecordingListener();
        RecordingListener resampledDays = new RecordingListener();
        BarResampler toHours = new BarResampler(TimeFrame.ONE_MINUTE, TimeFrame.ONE_HOUR, resampledHours);
        BarResampler toDays = new BarResampler(TimeFrame.ONE_MINUTE, TimeFrame.ONE_DAY, resampledDays);
        aggregate(BarAlignment.utc(TimeFrame.ONE_MINUTE), (o, c, op, h, l, cl, v, n) -> {
            toHours.onBar(o, c, op, h, l, cl, v, n);
            toDays.onBar(o, c, op, h, l, cl, v, n);
        });
        toHours.flush();
        toDays.flush();

        RecordingListener straightHours = new RecordingListener();
        aggregate(BarAlignment.utc(TimeFrame.ONE_HOUR), straightHours);
        RecordingListener straightDays = new RecordingListener();
        aggregate(BarAlignment.utc(TimeFrame.ONE_DAY), straightDays);

        assertThat(straightHours.bars).hasSize(HOURS_WITH_TRADES);
        assertThat(straightDays.bars).hasSize(7);
        assertThat(resampledHours.bars).isEqualTo(straightHours.bars);
        assertThat(resampledDays.bars).isEqualTo(straightDays.bars);
    }
}
