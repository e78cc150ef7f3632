package io.quantagent.backtest.metrics;

import io.quantagent.engine.bars.TimeFrame;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the metrics and the report need to know about one backtest run, as immutable values.
 *
 * <p>Money is in {@code double}s of the quote currency (analytics only). Times are epoch nanoseconds UTC, taken
 * from the data. The equity curve is sampled once per bar; its first point is the start of the run (normally
 * equal to {@code startingCash}, since nothing can be open before the first bar closes).
 *
 * @param title a name for the run, shown in the report
 * @param timeFrame the bar length of the run's bars
 * @param startingCash cash at the start, positive
 * @param instruments the bars of each instrument, names unique
 * @param equity the equity curve, strictly increasing in time
 * @param trades the closed trades, in any order
 * @param decisions the fused decisions with the agents' views, in any order
 * @param configuration the run's configuration as text (YAML or JSON), shown verbatim in the report; may be empty
 */
public record RunData(
        String title,
        TimeFrame timeFrame,
        double startingCash,
        List<InstrumentBars> instruments,
        List<EquityPoint> equity,
        List<TradeRecord> trades,
        List<DecisionRecord> decisions,
        String configuration) {

    /** Copies the lists and checks that they are consistent with one another. */
    public RunData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(configuration, "configuration (use an empty string for none)");
        if (!(startingCash > 0) || !Double.isFinite(startingCash)) {
            throw new IllegalArgumentException("starting cash must be positive and finite, was " + startingCash);
        }
        instruments = List.copyOf(instruments);
        equity = List.copyOf(equity);
        trades = List.copyOf(trades);
        decisions = List.copyOf(decisions);
        Set<String> names = new HashSet<>();
        for (InstrumentBars bars : instruments) {
            if (!names.add(bars.instrument())) {
                throw new IllegalArgumentException("instrument " + bars.instrument() + " is listed twice");
            }
        }
        for (int i = 1; i < equity.size(); i++) {
            if (equity.get(i).timeNanos() <= equity.get(i - 1).timeNanos()) {
                throw new IllegalArgumentException("equity point " + i + " (" + equity.get(i).timeNanos()
                        + " ns) is not after point " + (i - 1) + " (" + equity.get(i - 1).timeNanos() + " ns)");
            }
        }
        for (TradeRecord trade : trades) {
            if (!names.contains(trade.instrument())) {
                throw new IllegalArgumentException("a trade is in " + trade.instrument() + ", which has no bars in the run");
            }
        }
        for (DecisionRecord decision : decisions) {
            if (!names.contains(decision.instrument())) {
                throw new IllegalArgumentException("a decision is about " + decision.instrument()
                        + ", which has no bars in the run");
            }
        }
    }

    /**
     * The bars of the named instrument.
     *
     * @throws IllegalArgumentException if the run has no such instrument
     */
    public InstrumentBars bars(String instrument) {
        for (InstrumentBars bars : instruments) {
            if (bars.instrument().equals(instrument)) {
                return bars;
            }
        }
        throw new IllegalArgumentException("the run has no instrument " + instrument);
    }
}
