package io.quantagent.engine.pipeline;

import io.quantagent.engine.bars.BarAggregator;
import io.quantagent.engine.bars.BarAlignment;
import io.quantagent.engine.bars.BarListener;
import io.quantagent.engine.bars.BarResampler;
import io.quantagent.engine.bars.EmptyBarPolicy;
import io.quantagent.engine.bars.TimeFrame;
import io.quantagent.engine.config.BarsConfig;
import java.time.Duration;
import java.util.Arrays;

/**
 * Turns each instrument's trades into bars of the configured time frame, and bar inputs of a lower time frame
 * into bars of that one; writes the bars closed on each event into the slot's bar section. A bar closes on the
 * first trade at or after its close time (so bars of an instrument close on its own ticks) or on a flush at the
 * end of the data. A bar input as long as the time frame is a bar as it is, on its source's grid (hourly index
 * bars that open at half past, say). Quotes make no bars. An input that cannot be placed (a trade older than
 * the bar in progress, a bar off the grid or out of order) is not folded in and is counted in
 * {@link #rejectedInputs()}, which the run's summary and END record report. No allocation per tick.
 */
public final class BarStage implements Stage, BarListener {

    private final BarAlignment alignment;
    private final BarAggregator[] aggregators;
    private final BarResampler[] resamplers;
    private final long[] lastClose;
    private final long timeframeNanos;
    private BarSection current;
    private long barsClosed;
    private long rejectedInputs;

    /** A bar stage for {@code instruments} instruments. */
    public BarStage(BarsConfig config, int instruments) {
        this.alignment = BarAlignment.of(TimeFrame.of(config.timeframe()), config.zone(), config.sessionOffset());
        this.aggregators = new BarAggregator[instruments];
        this.resamplers = new BarResampler[instruments];
        this.lastClose = new long[instruments];
        Arrays.fill(lastClose, Long.MIN_VALUE);
        this.timeframeNanos = alignment.timeFrame().nanos();
        for (int i = 0; i < instruments; i++) {
            aggregators[i] = new BarAggregator(alignment, EmptyBarPolicy.SKIP, this);
        }
    }

    @Override
    public StageId id() {
        return StageId.BARS;
    }

    @Override
    public void onEvent(MarketEvent event) {
        BarSection bars = event.bars;
        bars.clear();
        current = bars;
        InputSection in = event.input;
        int instrument = in.instrument;
        switch (in.kind) {
            case TRADE -> {
                if (!aggregators[instrument].onTrade(in.timeNanos, in.price, in.quantity)) {
                    rejectedInputs++;
                }
            }
            case BAR -> bar(instrument, in);
            case FLUSH -> {
                aggregators[instrument].flush();
                if (resamplers[instrument] != null) {
                    resamplers[instrument].flush();
                }
            }
            case QUOTE -> {
            }
        }
    }

    /** A bar of the time frame is taken as it is (on whatever grid its source keeps); a shorter one is resampled. */
    private void bar(int instrument, InputSection in) {
        long close = in.closeTimeNanos == Long.MIN_VALUE ? in.openTimeNanos + timeframeNanos : in.closeTimeNanos;
        if (close - in.openTimeNanos == timeframeNanos && resamplers[instrument] == null) {
            if (in.openTimeNanos < lastClose[instrument]) {
                rejectedInputs++;
                return;
            }
            lastClose[instrument] = close;
            onBar(in.openTimeNanos, close, in.open, in.high, in.low, in.close, in.volume, 0);
            return;
        }
        if (!resampler(instrument, in).add(in.openTimeNanos, in.closeTimeNanos, in.open, in.high, in.low, in.close,
                in.volume, 0)) {
            rejectedInputs++;
        }
    }

    private BarResampler resampler(int instrument, InputSection in) {
        BarResampler resampler = resamplers[instrument];
        if (resampler == null) {
            TimeFrame target = alignment.timeFrame();
            TimeFrame source = in.closeTimeNanos == Long.MIN_VALUE ? target
                    : TimeFrame.of(Duration.ofNanos(in.closeTimeNanos - in.openTimeNanos));
            Duration offset = Duration.ofNanos(Math.floorMod(alignment.sessionOffset().toNanos(), source.nanos()));
            resampler = new BarResampler(BarAlignment.of(source, alignment.zone(), offset), alignment,
                    EmptyBarPolicy.SKIP, this);
            resamplers[instrument] = resampler;
        }
        return resampler;
    }

    @Override
    public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close, long volume,
            long tradeCount) {
        current.add(openTimeNanos, closeTimeNanos, open, high, low, close, volume, tradeCount);
        barsClosed++;
    }

    /** The grid bars are built on. */
    public BarAlignment alignment() {
        return alignment;
    }

    /** How many bars this stage closed. */
    public long barsClosed() {
        return barsClosed;
    }

    /** How many inputs were refused as out of order or misaligned. */
    public long rejectedInputs() {
        return rejectedInputs;
    }
}
