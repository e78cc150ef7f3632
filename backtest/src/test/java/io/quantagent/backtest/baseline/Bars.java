package io.quantagent.backtest.baseline;

import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import java.util.ArrayList;
import java.util.List;

/** Made-up hourly bars with waves, for the baseline tests. */
final class Bars {

    static final long START = 1_700_000_000_000_000_000L - 1_700_000_000_000_000_000L % 3_600_000_000_000L;
    static final long HOUR = 3_600_000_000_000L;

    private Bars() {
    }

    /** {@code n} hourly bars of {@code name} whose closes wave around a drifting level. */
    static InstrumentBars waves(String name, int n, double level, double drift) {
        List<PriceBar> bars = new ArrayList<>();
        double previous = level;
        for (int i = 0; i < n; i++) {
            double close = level + drift * i + 0.08 * level * Math.sin(i / 7.0) + 0.02 * level * Math.cos(i * 1.3);
            bars.add(new PriceBar(START + (i + 1) * HOUR, previous, Math.max(previous, close) + 0.5,
                    Math.min(previous, close) - 0.5, close, 10 + i % 7));
            previous = close;
        }
        return new InstrumentBars(name, bars);
    }
}
