package io.quantagent.engine.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.agrona.collections.Long2LongHashMap;

/**
 * Reads a whole file, skipping and reporting bad rows, and describes it: rows, time range, bar interval
 * (the most common step between bars), gaps, duplicates and anomalies.
 *
 * <p>Anomalies are accepted rows that look suspicious: a price more than {@link #PRICE_JUMP} away from the
 * previous one (a bar's open against the previous close, a trade against the previous trade), a bar with
 * zero volume in a file whose other bars have volume (index series with no volume at all are not flagged),
 * a trade with zero amount, and bars closer together than the bar interval. At most
 * {@link ReadOptions#maxProblems()} anomalies and rejections are kept; the rest are counted.
 */
public final class DataInspector {

    /** A relative move between consecutive prices above which the row is an anomaly (10 %). */
    public static final double PRICE_JUMP = 0.10;

    private static final int MAX_DISTINCT_STEPS = 100_000;

    private final ReadOptions options;

    /** An inspector reading with these options (the policy is always {@link BadRowPolicy#SKIP}). */
    public DataInspector(ReadOptions options) {
        this.options = options.withPolicy(BadRowPolicy.SKIP);
    }

    /**
     * Inspects one file.
     *
     * @throws BadRowException when the whole file is unusable (empty, binary, wrong header)
     * @throws IOException when it cannot be read
     */
    public InspectionReport inspect(Path file) throws IOException {
        MarketDataReader reader = new MarketDataReader(options);
        Statistics statistics = new Statistics(reader, file.toString(), options);
        ReadSummary summary = reader.read(file, statistics);
        return statistics.report(summary, DataFileNames.instrument(file).orElse(null));
    }

    /** One anomaly: where it is and what it is. */
    private record Anomaly(long line, String text) {
    }

    /** Gathers the statistics of the accepted rows as the reader delivers them. */
    private static final class Statistics implements MarketDataHandler {
        private final MarketDataReader reader;
        private final String file;
        private final int limit;
        private final int priceDecimals;
        private final Long2LongHashMap steps = new Long2LongHashMap(0);
        private final List<Anomaly> anomalies = new ArrayList<>();
        private final long[] zeroVolumeLines;
        private long anomalyCount;
        private long rows;
        private long previousTime = Long.MIN_VALUE;
        private long previousPrice;
        private long previousQuantity;
        private long largestGap;
        private long largestGapAfter = Long.MIN_VALUE;
        private long identicalTrades;
        private long zeroVolumeBars;
        private long unbinnedSteps;

        Statistics(MarketDataReader reader, String file, ReadOptions options) {
            this.reader = reader;
            this.file = file;
            this.limit = options.maxProblems();
            this.priceDecimals = options.scales().priceDecimals();
            this.zeroVolumeLines = new long[limit];
        }

        @Override
        public void onBar(long openTimeNanos, long closeTimeNanos, long open, long high, long low, long close,
                long volume) {
            if (rows++ > 0) {
                long step = openTimeNanos - previousTime;
                gap(step);
                if (steps.containsKey(step) || steps.size() < MAX_DISTINCT_STEPS) {
                    steps.put(step, steps.get(step) + 1);
                } else {
                    unbinnedSteps++;
                }
                jump(open, "open", "the previous close");
            }
            if (volume == 0) {
                if (zeroVolumeBars < limit) {
                    zeroVolumeLines[(int) zeroVolumeBars] = reader.lineNumber();
                }
                zeroVolumeBars++;
            }
            previousTime = openTimeNanos;
            previousPrice = close;
        }

        @Override
        public void onTrade(long timeNanos, long price, long quantity) {
            if (rows++ > 0) {
                gap(timeNanos - previousTime);
                if (timeNanos == previousTime && price == previousPrice && quantity == previousQuantity) {
                    identicalTrades++;
                }
                jump(price, "price", "the previous trade");
            }
            if (quantity == 0) {
                anomaly(reader.lineNumber(), "trade with zero amount");
            }
            previousTime = timeNanos;
            previousPrice = price;
            previousQuantity = quantity;
        }

        private void gap(long step) {
            if (step > largestGap) {
                largestGap = step;
                largestGapAfter = previousTime;
            }
        }

        private void jump(long price, String what, String reference) {
            double move = Math.abs((double) (price - previousPrice)) / previousPrice;
            if (move > PRICE_JUMP) {
                anomaly(reader.lineNumber(), String.format(Locale.ROOT, "%s %s is %.1f%% away from %s %s", what,
                        FixedPoint.format(price, priceDecimals), 100 * move, reference,
                        FixedPoint.format(previousPrice, priceDecimals)));
            }
        }

        private void anomaly(long line, String text) {
            anomalyCount++;
            if (anomalies.size() < limit) {
                anomalies.add(new Anomaly(line, text));
            }
        }

        InspectionReport report(ReadSummary summary, String instrument) {
            boolean bars = summary.format().bars();
            long interval = 0;
            long gaps = 0;
            long shortSteps = 0;
            if (bars && !steps.isEmpty()) {
                long[] mode = {0, 0};
                steps.forEachLong((step, count) -> {
                    if (count > mode[1] || (count == mode[1] && step < mode[0])) {
                        mode[0] = step;
                        mode[1] = count;
                    }
                });
                interval = mode[0];
                long[] counts = {0, 0};
                long modeStep = interval;
                steps.forEachLong((step, count) -> {
                    if (step > modeStep) {
                        counts[0] += count;
                    } else if (step < modeStep) {
                        counts[1] += count;
                    }
                });
                gaps = counts[0];
                shortSteps = counts[1];
            }
            if (bars && zeroVolumeBars > 0 && zeroVolumeBars < summary.accepted()) {
                for (int k = 0; k < Math.min(zeroVolumeBars, limit); k++) {
                    anomaly(zeroVolumeLines[k], "volume is 0");
                }
                anomalyCount += Math.max(0, zeroVolumeBars - limit);
            }
            List<String> texts = new ArrayList<>();
            if (shortSteps > 0) {
                anomalyCount++;
                texts.add(file + ": " + shortSteps + " bars start less than the bar interval ("
                        + IntervalText.format(interval) + ") after the previous bar");
            }
            if (unbinnedSteps > 0) {
                anomalyCount++;
                texts.add(file + ": more than " + MAX_DISTINCT_STEPS + " distinct steps between bars; " + unbinnedSteps
                        + " steps are left out of the interval and gap counts");
            }
            anomalies.sort(Comparator.comparingLong(Anomaly::line));
            for (Anomaly anomaly : anomalies) {
                if (texts.size() >= limit) {
                    break;
                }
                texts.add(file + ":" + anomaly.line() + ": " + anomaly.text());
            }
            while (texts.size() > limit) {
                texts.remove(texts.size() - 1);
            }
            long duplicates = bars ? summary.rejected(RowProblem.DUPLICATE_TIMESTAMP) : identicalTrades;
            return new InspectionReport(file, summary.format(), instrument, summary.rows(), summary.accepted(),
                    summary.rejected(), summary.firstTimeNanos(), summary.lastTimeNanos(), interval, gaps, largestGap,
                    largestGapAfter, duplicates, texts, anomalyCount - texts.size(), summary.problems(),
                    summary.problemsNotShown());
        }
    }
}
