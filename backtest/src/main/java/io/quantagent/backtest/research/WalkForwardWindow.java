package io.quantagent.backtest.research;

import io.quantagent.engine.bars.BarAlignment;
import io.quantagent.engine.bars.TimeFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk-forward window: an in-sample part where the grid is run and the best point chosen, followed directly
 * by the out-of-sample part where only that point runs. Times are epoch nanoseconds, each part
 * {@code [from, to)}.
 *
 * @param number the window's number, from 1
 * @param inSampleFrom first instant of the in-sample part
 * @param inSampleTo end of the in-sample part, and start of the out-of-sample part
 * @param outOfSampleTo end of the out-of-sample part
 * @param partial whether the out-of-sample part was cut short by the end of the data
 */
public record WalkForwardWindow(int number, long inSampleFrom, long inSampleTo, long outOfSampleTo, boolean partial) {

    /** First instant of the out-of-sample part. */
    public long outOfSampleFrom() {
        return inSampleTo;
    }

    /**
     * The rolling windows over a span of data. The first starts at the span's first event, rounded down to a bar
     * boundary of {@code timeFrame} (UTC); each next one starts {@code step} later. Windows go on while their
     * out-of-sample part starts before the data ends; the last one's out-of-sample part is cut at the end of the
     * data ({@code partial}). With {@code step} equal to the out-of-sample length (the default), the out-of-sample
     * parts tile the span from the end of the first in-sample part to the end of the data.
     *
     * @throws ResearchException when a duration is not positive, the step is shorter than the out-of-sample part
     *     (the out-of-sample parts would overlap) or the data is too short for one window
     */
    public static List<WalkForwardWindow> tile(FeedSpan span, TimeFrame timeFrame, Duration inSample,
            Duration outOfSample, Duration step) {
        if (inSample.isNegative() || inSample.isZero() || outOfSample.isNegative() || outOfSample.isZero()
                || step.isNegative() || step.isZero()) {
            throw new ResearchException("--in-sample, --out-of-sample and --step must be positive durations");
        }
        if (step.compareTo(outOfSample) < 0) {
            throw new ResearchException("--step (" + step + ") is shorter than --out-of-sample (" + outOfSample
                    + "): the out-of-sample parts would overlap and could not be stitched into one curve");
        }
        long start = BarAlignment.utc(timeFrame).barStart(span.firstNanos());
        long end = span.lastNanos() + 1;
        long is = inSample.toNanos();
        long oos = outOfSample.toNanos();
        long stepNanos = step.toNanos();
        List<WalkForwardWindow> windows = new ArrayList<>();
        for (long from = start; from + is < end; from += stepNanos) {
            long oosTo = from + is + oos;
            windows.add(new WalkForwardWindow(windows.size() + 1, from, from + is, Math.min(oosTo, end), oosTo > end));
        }
        if (windows.isEmpty()) {
            throw new ResearchException("the data spans " + Duration.ofNanos(end - start) + ", not more than one"
                    + " in-sample part (" + inSample + "); shorten --in-sample or give more data");
        }
        return windows;
    }
}
