package io.quantagent.backtest.research;

import io.quantagent.backtest.metrics.InstrumentBars;
import io.quantagent.backtest.metrics.PriceBar;
import io.quantagent.engine.bars.BarAggregator;
import io.quantagent.engine.bars.BarAlignment;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.feed.Feed;
import io.quantagent.engine.feed.FeedSink;
import io.quantagent.engine.feed.Instrument;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The bars of one instrument held in primitive arrays, built once from trades, so the same bars can be fed to the
 * engine (as a {@link Feed} of bar events) and to ta4j (as {@link InstrumentBars}) for a like-for-like timing.
 */
public final class BarTape {

    private final Instrument instrument;
    private final TimeFrame timeFrame;
    private final int size;
    private final long[] openTime;
    private final long[] closeTime;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;

    private BarTape(Instrument instrument, TimeFrame timeFrame, int size, long[][] columns) {
        this.instrument = instrument;
        this.timeFrame = timeFrame;
        this.size = size;
        this.openTime = Arrays.copyOf(columns[0], size);
        this.closeTime = Arrays.copyOf(columns[1], size);
        this.open = Arrays.copyOf(columns[2], size);
        this.high = Arrays.copyOf(columns[3], size);
        this.low = Arrays.copyOf(columns[4], size);
        this.close = Arrays.copyOf(columns[5], size);
        this.volume = Arrays.copyOf(columns[6], size);
    }

    /**
     * The UTC-aligned bars of {@code timeFrame} made from the trades of a one-instrument feed (intervals without
     * trades make no bar; the last bar is closed at the end of the data).
     *
     * @throws ResearchException if the feed has more than one instrument or no trades
     */
    public static BarTape fromTrades(Feed feed, TimeFrame timeFrame) throws IOException {
        if (feed.instruments().size() != 1) {
            throw new ResearchException("bars are built from one instrument's trades; the data has "
                    + feed.instruments().size() + " instruments");
        }
        long[][] columns = new long[7][1024];
        int[] count = {0};
        BarAggregator aggregator = new BarAggregator(BarAlignment.utc(timeFrame),
                (openNanos, closeNanos, o, h, l, c, v, trades) -> {
                    if (count[0] == columns[0].length) {
                        for (int k = 0; k < columns.length; k++) {
                            columns[k] = Arrays.copyOf(columns[k], columns[k].length * 2);
                        }
                    }
                    int i = count[0]++;
                    columns[0][i] = openNanos;
                    columns[1][i] = closeNanos;
                    columns[2][i] = o;
                    columns[3][i] = h;
                    columns[4][i] = l;
                    columns[5][i] = c;
                    columns[6][i] = v;
                });
        feed.run(new FeedSink() {
            @Override
            public void trade(int instrument, long timeNanos, long price, long quantity) {
                aggregator.onTrade(timeNanos, price, quantity);
            }

            @Override
            public void bar(int instrument, long openTimeNanos, long closeTimeNanos, long o, long h, long l, long c,
                    long v) {
                throw new ResearchException("bars are built from trades; this data is already bars");
            }

            @Override
            public void quote(int instrument, long timeNanos, long bid, long bidQuantity, long ask, long askQuantity) {
                // quotes make no bars
            }
        });
        aggregator.flush();
        if (count[0] == 0) {
            throw new ResearchException("the data has no trades to build bars from");
        }
        return new BarTape(feed.instruments().get(0), timeFrame, count[0], columns);
    }

    /** How many bars. */
    public int size() {
        return size;
    }

    /** The bar length. */
    public TimeFrame timeFrame() {
        return timeFrame;
    }

    /** The instrument. */
    public Instrument instrument() {
        return instrument;
    }

    /** The bars as a feed of bar events, for the engine. */
    public Feed feed() {
        return new Feed() {
            @Override
            public List<Instrument> instruments() {
                return List.of(new Instrument(0, instrument.name(), instrument.scales()));
            }

            @Override
            public void run(FeedSink sink) {
                for (int i = 0; i < size; i++) {
                    sink.bar(0, openTime[i], closeTime[i], open[i], high[i], low[i], close[i], volume[i]);
                }
            }
        };
    }

    /** A feed of the same instrument with no events: to time an engine's start-up and finish alone. */
    public Feed empty() {
        return new Feed() {
            @Override
            public List<Instrument> instruments() {
                return List.of(new Instrument(0, instrument.name(), instrument.scales()));
            }

            @Override
            public void run(FeedSink sink) {
                // no events
            }
        };
    }

    /** The bars as doubles at their close times, for ta4j and the metrics. */
    public InstrumentBars instrumentBars() {
        double priceUnit = instrument.scales().priceUnit();
        double quantityUnit = instrument.scales().quantityUnit();
        PriceBar[] bars = new PriceBar[size];
        for (int i = 0; i < size; i++) {
            bars[i] = new PriceBar(closeTime[i], open[i] / priceUnit, high[i] / priceUnit, low[i] / priceUnit,
                    close[i] / priceUnit, volume[i] / quantityUnit);
        }
        return new InstrumentBars(instrument.name(), List.of(bars));
    }
}
