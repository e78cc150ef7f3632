package io.quantagent.agents.indicator;

import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.CachedIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.num.Num;

/**
 * The raw (fast) stochastic %K: where the close sits in the highest-high to lowest-low range of the look-back,
 * in percent. Same formula as ta4j's {@code StochasticOscillatorKIndicator}, with two differences that matter
 * here: the highest and lowest values come from indicators created once and shared (ta4j's version creates
 * two new cached indicators on every evaluation), and a range of zero reads 50, the middle, instead of NaN,
 * because a NaN would poison the running sums of the smoothing SMAs for good.
 */
final class FastStochasticIndicator extends CachedIndicator<Num> {

    private final Indicator<Num> close;
    private final HighestValueIndicator highestHigh;
    private final LowestValueIndicator lowestLow;
    private final int period;
    private final Num hundred;
    private final Num fifty;

    FastStochasticIndicator(Indicator<Num> close, HighestValueIndicator highestHigh, LowestValueIndicator lowestLow,
            int period) {
        super(close);
        this.close = close;
        this.highestHigh = highestHigh;
        this.lowestLow = lowestLow;
        this.period = period;
        this.hundred = getBarSeries().numFactory().hundred();
        this.fifty = getBarSeries().numFactory().numOf(50);
    }

    @Override
    protected Num calculate(int index) {
        Num highest = highestHigh.getValue(index);
        Num lowest = lowestLow.getValue(index);
        Num range = highest.minus(lowest);
        if (range.isZero()) {
            return fifty;
        }
        return close.getValue(index).minus(lowest).dividedBy(range).multipliedBy(hundred);
    }

    @Override
    public int getCountOfUnstableBars() {
        return period - 1;
    }
}
